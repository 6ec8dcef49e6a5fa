package repair_test

import (
	"context"
	"fmt"

	"github.com/vidoc/vidoc/internal/repair"
)

func ExampleRepairer_Repair() {
	r, err := repair.New(repair.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := r.Repair(context.Background(), "KE HOACH\nthirc hin Chi thi so 28- CT/lW cua Bo Chinh tri\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(res.Text)
	for _, c := range res.Changes[:3] {
		fmt.Printf("%q → %q\n", c.Original, c.Replacement)
	}
	// Output:
	// KẾ HOẠCH
	// thực hiện Chỉ thị số 28-CT/TW của Bộ Chính trị
	// "KE" → "KẾ"
	// "HOACH" → "HOẠCH"
	// "thirc" → "thực"
}
