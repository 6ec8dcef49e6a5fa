package eval_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/eval"
)

func ExampleCompare() {
	truth := "Kế hoạch thực hiện Chỉ thị số 28-CT/TW hằng|hàng năm."
	hyp := "Ke hoạch thực hiện chỉ thị số 28-CT/TW hàng năm."
	r := eval.Compare(truth, hyp)
	fmt.Printf("words %d, accuracy %.3f, ignoring case %.3f\n", r.Words, r.SylAcc, r.SylAccCI)
	for _, e := range r.Errors {
		fmt.Printf("%s -> %s\n", e.Truth, e.Hyp)
	}
	// Output:
	// words 10, accuracy 0.800, ignoring case 0.900
	// Kế -> Ke
	// Chỉ -> chỉ
}
