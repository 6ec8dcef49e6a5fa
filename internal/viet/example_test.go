package viet_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/viet"
)

func ExampleParse() {
	s, ok := viet.Parse("Nghiêng")
	fmt.Println(ok, s.Initial, s.Medial == "", s.Nucleus, s.Final, s.Tone)
	s, _ = viet.Parse("quyết")
	fmt.Println(s.Initial, s.Medial, s.Nucleus, s.Final, s.Tone)
	// Output:
	// true ngh true iê ng ngang
	// q u yê t sắc
}

func ExampleConvertTone() {
	fmt.Println(viet.ConvertTone("Ban Thường vụ Huyện ủy, hòa giải", viet.StyleNew))
	fmt.Println(viet.ConvertTone("Thành uỷ Hà Nội, khoẻ, quý", viet.StyleOld))
	// Output:
	// Ban Thường vụ Huyện uỷ, hoà giải
	// Thành ủy Hà Nội, khỏe, quý
}

func ExampleValid() {
	for _, w := range []string{"nghiêng", "khuyếch", "gì", "tht", "hoácc", "hòc"} {
		fmt.Println(w, viet.Valid(w))
	}
	// Output:
	// nghiêng true
	// khuyếch true
	// gì true
	// tht false
	// hoácc false
	// hòc false
}

func ExampleStripDiacritics() {
	fmt.Println(viet.StripDiacritics("Đảng ủy xã Phước Thái"))
	fmt.Println(viet.StripTone("Đảng ủy xã Phước Thái"))
	// Output:
	// Dang uy xa Phuoc Thai
	// Đang uy xa Phươc Thai
}

func ExampleCarryCase() {
	fmt.Println(viet.CarryCase("KE", "kế"), viet.CarryCase("Huyn", "huyện"), viet.CarryCase("chInh", "chính"))
	// Output:
	// KẾ Huyện chính
}
