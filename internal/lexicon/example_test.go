package lexicon_test

import (
	"fmt"

	"github.com/vidoc/vidoc/internal/lexicon"
	"github.com/vidoc/vidoc/internal/viet"
)

func ExampleLexicon_Variants() {
	l, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	vs := l.Variants("Ke")
	fmt.Println(viet.CarryCase("Ke", vs[0].Syllable))
	for _, v := range l.Variants("uy")[:2] {
		fmt.Println(v.Syllable)
	}
	// Output:
	// Kế
	// ủy
	// uy
}

func ExampleSearcher_Near() {
	l, err := lexicon.Default()
	if err != nil {
		panic(err)
	}
	s := l.NewSearcher(nil) // one per goroutine; nil means lexicon.OCRCost
	s.Limit = 3
	for _, c := range s.Near("Huyn", 1, nil) {
		fmt.Printf("%s %.1f\n", c.Syllable, c.Cost)
	}
	// Output:
	// huyện 0.6
	// huyền 0.6
	// huyên 0.6
}
