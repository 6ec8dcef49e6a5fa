package layout

import (
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// TestStampedLinesHeld: lines of print a stamp or a seal crosses, on
// generated pages (internal/formgen, tuning seeds), are held though the
// drop rules take the words the stamp garbles.
//   - Seed 5's first page cut at the top (a colour JPEG at 170 dpi): a
//     receiving office's stamp over the place and date line; Tesseract
//     reads the day and month as "ÌÖ}háng 12năm" at confidence 0 and 18,
//     dropped as garbage, and "Tiền Giang, ngày 2016" is left of it.
//   - Seed 15's last page (1-bit, 300 dpi): the seal, stamped high, lays
//     its own letters over "T/M ỦY BAN" of the signer's title; Tesseract
//     reads one word of both ("HUƯWÊÑWUBAN"), dropped inside the ring, and
//     "KIỂM TRA" is left.
//   - Seed 69's first page (a colour JPEG at 170 dpi): a red seal over
//     "T/M BAN THƯỜNG VỤ" leaves "ƒM BAN", a column gap's hole, then
//     "ïÙNG" at confidence 14 dropped as garbage and "VỤ" standing alone
//     past it, dropped as a speck.
func TestStampedLinesHeld(t *testing.T) {
	e := formgenEngine(t)
	for _, c := range []struct {
		seed uint64
		last bool
		cut  float64
		want func(f *render.Form) string
	}{
		{5, false, 0.4, func(f *render.Form) string { return render.FormText(f.HeaderRight[len(f.HeaderRight)-1]) }},
		{15, true, 0, func(f *render.Form) string { return f.ClosingRight[0] }},
		{69, false, 0, func(f *render.Form) string { return f.ClosingRight[0] }},
	} {
		fp := formgenPage(t, c.seed, c.last)
		fp.Damage.TopCut = c.cut
		p := analyzeFormgen(t, e, fp)
		want := c.want(&fp.Form)
		if !heldAlone(want, strings.Split(p.Text, "\n")) {
			t.Errorf("%s: line %q lost:\n%s\ndropped: %+v", fp.Name, want, p.Text, p.Dropped)
		}
	}
}

// A stretch of print that the drop rules would leave under three quarters of
// its letters gets back the words read on its row, and the garbage filter
// keeps it; a tall mark centred on the row counts among what it lost but
// stays dropped. A run that keeps no print read well (a stamp's own line),
// one that loses little, and coloured ink are left as the rules made them.
func TestHeldLineRestored(t *testing.T) {
	w := func(text string, x0, x1, y0, y1 int, conf float64, drop string) word {
		return word{Word: ocr.Word{Text: text, Confidence: conf, Box: ocr.Box{X0: x0, Y0: y0, X1: x1, Y1: y1}}, drop: drop}
	}
	red := func(x word) word { x.inked, x.colour, x.red = true, 1, true; return x }
	for _, c := range []struct {
		name  string
		words []word
		want  string
	}{
		{"date line under a stamp", []word{w("Hà", 700, 740, 100, 120, 96, ""), w("Nội,", 750, 800, 100, 122, 95, ""),
			w("ngày", 810, 850, 100, 122, 93, ""), w("ÌÖ}háng", 870, 960, 80, 140, 0, ReasonGarbage),
			w("12năm", 970, 1040, 106, 114, 18, ReasonGarbage), w("2016", 1050, 1100, 100, 120, 97, "")},
			"Hà Nội, ngày 12năm 2016"},
		{"title under a seal's letters", []word{w("HUƯWÊÑWUBAN", 1360, 1640, 100, 125, 45, ReasonStamp),
			w("KIỂM", 1660, 1760, 100, 122, 92, ""), w("TRA", 1770, 1840, 100, 122, 92, "")},
			"HUƯWÊÑWUBAN KIỂM TRA"},
		{"a title's end dropped past the hole", []word{w("ƒM", 834, 862, 100, 117, 89, ""), w("BAN", 870, 918, 100, 117, 93, ""),
			w("ïÙNG", 977, 1034, 95, 117, 14, ReasonGarbage), w("VỤ", 1041, 1076, 100, 121, 97, ReasonSpeck)},
			"ƒM BAN ïÙNG VỤ"},
		{"a stamp's own line", []word{w("CÔNG", 700, 760, 100, 120, 40, ReasonStamp), w("VĂN", 770, 820, 100, 120, 80, ""),
			w("ĐẾN", 830, 880, 100, 120, 30, ReasonStamp)}, "VĂN"},
		{"a small loss", []word{w("Các", 100, 140, 100, 120, 95, ""), w("cơ", 150, 180, 100, 120, 95, ""), w("quan,", 190, 250, 100, 122, 95, ""),
			w("đơn", 260, 300, 100, 120, 95, ""), w("vị", 310, 330, 100, 120, 95, ""), w("ẫ~", 340, 360, 100, 120, 10, ReasonGarbage),
			w("thực", 370, 420, 100, 120, 95, ""), w("hiện", 430, 480, 100, 120, 95, "")}, "Các cơ quan, đơn vị thực hiện"},
		{"red ink", []word{w("TM.", 700, 740, 100, 120, 90, ""), w("ỦY", 750, 790, 100, 120, 90, ""),
			red(w("BQNHÂN", 800, 900, 100, 120, 40, ReasonStamp)), red(w("DÂNZ", 910, 980, 100, 120, 30, ReasonStamp))}, "TM. ỦY"},
	} {
		got := splitOneLine(c.words)
		if strings.Join(got, "|") != c.want {
			t.Errorf("%s: parts %q, want %q", c.name, got, c.want)
		}
	}
}
