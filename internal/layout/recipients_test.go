package layout

import (
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/formgen"
	"github.com/vidoc/vidoc/internal/ocr"
)

// A list line under the "Nơi nhận:" label (its dash read "~" as on scans)
// that the drop rules took most of gets its words back; one that lost a little keeps its drops; a line
// beside the list (the signer's column) and a line under a blank are no
// list lines.
func TestListLinesKeepTheirWords(t *testing.T) {
	w := func(text string, x0, y0, x1 int, conf float64, drop string) word {
		return word{Word: ocr.Word{Text: text, Confidence: conf, Box: ocr.Box{X0: x0, Y0: y0, X1: x1, Y1: y0 + 20}}, drop: drop}
	}
	p := &page{w: 1600, h: 2200, xh: 20, words: []word{
		w("Nơi", 150, 400, 190, 90, ""), w("nhận:", 198, 400, 260, 90, ""),
		w("-", 150, 430, 158, 90, ""), w("Như", 170, 430, 210, 90, ""), w("trên;", 218, 430, 270, 90, ""),
		w("-", 150, 460, 158, 90, ""), w("Các", 170, 460, 210, 90, ""), w("sở,", 218, 460, 250, 90, ""), w("ban,", 258, 460, 300, 90, ""),
		w("ngành,", 308, 460, 380, 90, ""), w("đoàn", 388, 460, 440, 90, ""), w("thể;", 448, 460, 490, 40, ReasonStamp),
		w("~", 150, 490, 158, 60, ""), w("Lưu:", 170, 490, 220, 93, ""), w("VL|TH", 245, 490, 320, 16, ReasonGarbage),
		w("(0Ở", 356, 490, 446, 42, ReasonStamp),
		w("GIÁM", 980, 490, 1050, 20, ReasonGarbage),                             // beside it, a column gap away
		w("-", 150, 600, 158, 90, ""), w("xy", 170, 600, 200, 10, ReasonGarbage), // under a blank: no list line
	}}
	for _, line := range [][]int{{0, 1}, {2, 3, 4}, {5, 6, 7, 8, 9, 10, 11}, {12, 13, 14, 15, 16}, {17, 18}} {
		p.tlines = append(p.tlines, line)
		p.tpar = append(p.tpar, [2]int{1, 1})
	}
	p.markListLines()
	for i, want := range map[int]string{11: ReasonStamp, 14: "", 15: "", 16: ReasonGarbage, 18: ReasonGarbage} {
		if got := p.words[i].drop; got != want {
			t.Errorf("%q: drop %q, want %q", p.words[i].Text, got, want)
		}
	}
	if !p.words[13].listed || p.words[16].listed || p.words[17].listed {
		t.Error("listed: want the archive line's run, not the signer's word nor the line under a blank")
	}
}

// TestListLinesUnderSealKept: on generated last pages (formgen tuning
// seeds, colour JPEGs) whose seal is stamped low over the Nơi nhận list,
// the drop rules took most of a line: the archive line "- Lưu: VT, TH
// (07)." kept only "- Lưu:" (36: its codes read "VL|TH (0Ở" through the
// ring, dropped as garbage and as the seal's), and, read by vidoc ocr, "-
// Chủ tịch, các PCT UBND tỉnh;" lost its middle to the seal (32). Every
// line of the list must be held, as raw Tesseract holds them.
func TestListLinesUnderSealKept(t *testing.T) {
	e := formgenEngine(t)
	for _, seed := range []uint64{36, 32} {
		fp, err := formgen.MakeLast(seed)
		if err != nil {
			t.Fatal(err)
		}
		if s := fp.Form.SealShift; fp.Damage.Bilevel || s[0] > -2.3 || s[1] < 0.3 {
			t.Fatalf("seed %d is no colour page with its seal low over the list: the test tests nothing", seed)
		}
		p := analyzeFormgen(t, e, fp)
		got := strings.Split(p.Text, "\n")
		for _, want := range fp.Form.ClosingLeft {
			if !heldIn(want, got) {
				t.Errorf("%s: list line %q lost:\n%s\ndropped: %+v", fp.Name, want, p.Text, p.Dropped)
			}
		}
	}
}

// The archive line's dash, short and thin, is lost on a 1-bit copy or read
// into a speck, and a speck or a seal's stroke may be read before the
// "Nơi nhận:" label: the list's lines are found all the same, and the
// archive line whose codes the drop rules took gets them back.
func TestListFoundPastLostMarks(t *testing.T) {
	w := func(text string, x0, y0, x1 int, conf float64, drop string) word {
		return word{Word: ocr.Word{Text: text, Confidence: conf, Box: ocr.Box{X0: x0, Y0: y0, X1: x1, Y1: y0 + 20}}, drop: drop}
	}
	for _, c := range []struct {
		name  string
		label []word
		last  []word
	}{
		{"dash lost", []word{w("Nơi", 150, 400, 190, 90, ""), w("nhận:", 198, 400, 260, 90, "")},
			[]word{w("Lưu:", 172, 460, 220, 91, ""), w("VT;,", 245, 460, 290, 20, ReasonGarbage), w("TCCB.", 300, 460, 370, 22, ReasonGarbage)}},
		{"speck before the label", []word{w("'", 120, 395, 126, 30, ""), w("Nơi", 150, 400, 190, 90, ""), w("nhận:", 198, 400, 260, 90, "")},
			[]word{w("-", 150, 460, 158, 90, ""), w("Lưu:", 170, 460, 220, 91, ""), w("VT;,", 245, 460, 290, 20, ReasonGarbage), w("TCCB.", 300, 460, 370, 22, ReasonGarbage)}},
	} {
		words := append(append(slices.Clone(c.label), w("-", 150, 430, 158, 90, ""), w("Như", 170, 430, 210, 90, ""), w("trên;", 218, 430, 270, 90, "")), c.last...)
		p := &page{w: 1600, h: 2200, xh: 20, words: words}
		n := len(c.label)
		for _, line := range [][2]int{{0, n}, {n, n + 3}, {n + 3, len(words)}} {
			var l []int
			for i := line[0]; i < line[1]; i++ {
				l = append(l, i)
			}
			p.tlines = append(p.tlines, l)
			p.tpar = append(p.tpar, [2]int{1, 1})
		}
		p.markListLines()
		for i := n + 3; i < len(words); i++ {
			if p.words[i].drop != "" || !p.words[i].listed {
				t.Errorf("%s: %q drop %q, listed %v: want it kept on the archive line", c.name, p.words[i].Text, p.words[i].drop, p.words[i].listed)
			}
		}
	}
}

// The archive line is known by its first word "Lưu", however read, and
// not by a word that only begins with those letters.
func TestArchiveLine(t *testing.T) {
	for text, want := range map[string]bool{"Lưu:": true, "Luu:": true, ".Lưu": true, "Lưu:VT,": true, "Lưuý": false, "Lúa": false, "Như": false} {
		ws := []word{{Word: ocr.Word{Text: text}}, {Word: ocr.Word{Text: "VT."}}}
		if got := archiveLine([]int{0, 1}, ws); got != want {
			t.Errorf("archiveLine(%q) = %v, want %v", text, got, want)
		}
	}
}
