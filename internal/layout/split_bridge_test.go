package layout

import (
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/formgen"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// A word dropped as garbage inside a line, a word's space from its
// neighbours, leaves a hole that is no column gap: the line stays one part.
// A wide gap stays a column gap, and so does a stamp's word in it.
func TestSplitBridgesGarbageWord(t *testing.T) {
	w := func(text string, x0, x1 int, drop string) word {
		return word{Word: ocr.Word{Text: text, Confidence: 90, Box: ocr.Box{X0: x0, Y0: 100, X1: x1, Y1: 120}}, drop: drop}
	}
	// A receiving office's word, in its frame (dropInFrame).
	framed := func(x word) word { x.framed = true; return x }
	for _, c := range []struct {
		name  string
		words []word
		want  []string
	}{
		// A long enough line that losing the wreck does not lose it
		// (markHeldLines gives a line losing more its words back).
		{"garbage between words", []word{w("Thành", 600, 660, ""), w("phố", 670, 710, ""), w("Tiền", 720, 770, ""), w("Giang,", 780, 850, ""),
			w("ngày", 860, 900, ""), w("Ì9!háng", 925, 1015, ReasonGarbage), w("12", 1030, 1050, ""), w("năm", 1060, 1100, "")},
			[]string{"Thành phố Tiền Giang, ngày 12 năm"}},
		{"a stamp's word in a hole", []word{w("ngày", 860, 900, ""), framed(w("ĐẾN", 925, 1015, ReasonStamp)), w("12", 1030, 1050, "")},
			[]string{"ngày", "12"}},
		{"garbage in a gutter", []word{w("-CTr/TU", 360, 450, ""), w("x", 520, 540, ReasonGarbage), w("Tiền", 610, 650, "")},
			[]string{"-CTr/TU", "Tiền"}},
	} {
		got := splitOneLine(c.words)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: parts %q, want %q", c.name, got, c.want)
		}
	}
}

// TestStampedDateLineKept: on a generated first page (formgen tuning seed
// 5, a colour JPEG at 170 dpi) a receiving office's stamp lies over the
// place and date line; Tesseract reads its day and month as one wreck
// ("Ì9!háng"), dropped as garbage. The line must be held whole in the
// header's right column, not cut in two at the hole with its first half
// taken for the left column's.
func TestStampedDateLineKept(t *testing.T) {
	e := formgenEngine(t)
	fp, err := formgen.Make(5)
	if err != nil {
		t.Fatal(err)
	}
	if !fp.Damage.Received {
		t.Fatal("seed 5 has no receiving office's stamp: the test tests nothing")
	}
	p := analyzeFormgen(t, e, fp)
	date := render.FormText(fp.Form.HeaderRight[len(fp.Form.HeaderRight)-1])
	var right []string
	for _, r := range p.Regions {
		if r.Kind == HeaderRight {
			for _, l := range r.Lines {
				right = append(right, l.Text)
			}
		}
	}
	if !heldAlone(date, right) {
		t.Errorf("the date line %q is not held in the header's right column %q:\n%s", date, right, p.Text)
	}
}

// splitOneLine lays words out as one Tesseract line of a page and gives
// the texts of the parts split cuts it into.
func splitOneLine(words []word) []string {
	p := &page{w: 2000, h: 3000, xh: 20, words: words, tlines: [][]int{{}}, tpar: [][2]int{{1, 1}}}
	for i := range words {
		p.tlines[0] = append(p.tlines[0], i)
	}
	p.split()
	var got []string
	for _, pt := range p.parts {
		got = append(got, pt.text)
	}
	return got
}
