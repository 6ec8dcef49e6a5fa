package repair

import (
	"context"
	"maps"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestDefinedAcronyms(t *testing.T) {
	for text, want := range map[string]map[string]string{
		"sinh viên đăng ký môn học (BKMH) theo lịch": {"DKMH": "ĐKMH"},
		"các đơn vị đăng ký thi đua (DKTD) hằng năm": {"DKTD": "ĐKTĐ"},
		"ban chấp hành (BCH) họp":                    nil, // as defined
		"đăng ký môn học (BKHM) lại":                 nil, // letters out of order: no definition
		"kế hoạch (BKMH) mới":                        nil, // too few words
		"Ủy ban nhân dân (UBND) tỉnh":                nil,
	} {
		if got := definedAcronyms(text); !maps.Equal(got, want) {
			t.Errorf("definedAcronyms(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestAcronymDefsIsTheRegexp: acronymDefs finds what acronymDef finds
// scanning the whole text, on texts made of the pieces that make or break
// a definition: words, capitals, spaces, tabs, parentheses, line breaks,
// digits and punctuation, in random order.
func TestAcronymDefsIsTheRegexp(t *testing.T) {
	pieces := []string{"đăng ", "ký ", "môn ", "học ", "Ủy ", "ban\t", "x", "ab", " ", "\t", "(", "( ", ")", " )",
		"ĐKMH", "BKMH", "UBND", "AB", "A", "ABCDEFGHI", "\n", "1", "-", ",", "(UBND)", "(ĐKMH)", "( AB )", "é"}
	rng := rand.New(rand.NewPCG(12, 0))
	found := 0
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for n := rng.IntN(40); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		want := acronymDef.FindAllStringSubmatch(text, -1)
		if got := acronymDefs(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("acronymDefs(%q) = %q, want %q", text, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("only %d definitions in the made-up texts: the test says little", found)
	}
}

// A document that defines an acronym whose Đ its engine read as B or D gets
// the acronym as defined wherever it recurs, once adaptation has read the
// definition; an acronym it defines rightly, or one starting with B it
// never defined otherwise, stays. The text is made for the test.
func TestAdaptWritesDefinedAcronyms(t *testing.T) {
	r := realRepairer(t, Options{})
	in := strings.Join([]string{
		"Nhà trường hướng dẫn sinh viên các khoa đăng ký môn học (BKMH) học kỳ mới.",
		"Sinh viên phải BKMH đúng thời hạn theo kế hoạch của ban chấp hành (BCH) khoa.",
		"Kết quả DKMH chỉ được công nhận khi sinh viên nộp đủ học phí.",
		"Mọi vướng mắc trong quá trình BKMH được BCH giải quyết kịp thời.",
	}, "\n") + "\n"
	ar, ad, err := r.Adapt(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	got := repairText(t, ar, in).Text
	if n := strings.Count(got, "ĐKMH"); n != 4 || strings.Count(got, "BCH") != 2 {
		t.Errorf("%d of 4 ĐKMH (learned %v), BCH %d of 2:\n%s", n, ad.Acronyms, strings.Count(got, "BCH"), got)
	}
	if base := repairText(t, r, in).Text; strings.Contains(base, "ĐKMH") {
		t.Errorf("ĐKMH written without the document's definition:\n%s", base)
	}
}
