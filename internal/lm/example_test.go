package lm_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/lm"
)

// A decoder keeps one State per hypothesis and extends it word by word.
func ExampleModel_Score() {
	m, err := lm.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s := m.Begin()
	var total float32
	for _, w := range []string{"Ban", "Thường", "vụ", "Huyện", "uỷ"} {
		var lp float32
		lp, s = m.Score(s, m.WordID(w))
		total += lp
	}
	end, _ := m.Score(s, m.EOS())
	fmt.Println(total+end < 0)

	good := m.SentenceLogProb([]string{"kế", "hoạch", "thực", "hiện"})
	bad := m.SentenceLogProb([]string{"kê", "hoach", "thục", "hiên"})
	fmt.Println(good > bad)
	// Output:
	// true
	// true
}
