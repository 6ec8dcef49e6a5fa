package token_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/token"
)

func ExampleAppendUnit() {
	text := "Huyện uỷ ban hành Kế hoạch số 344-KH/TU ngày 18 tháng 3 năm 2022."
	var unit []byte
	s := token.NewScanner(text)
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		unit = token.AppendUnit(unit[:0], text, t)
		fmt.Printf("%s %s %s\n", t.Kind, t.Text(text), unit)
	}
	// Output:
	// word Huyện huyện
	// word uỷ ủy
	// word ban ban
	// word hành hành
	// word Kế kế
	// word hoạch hoạch
	// word số số
	// code 344-KH/TU <code>
	// word ngày ngày
	// number 18 <num>
	// word tháng tháng
	// number 3 <num>
	// word năm năm
	// number 2022 <num>
	// punct . <punct-.>
}
