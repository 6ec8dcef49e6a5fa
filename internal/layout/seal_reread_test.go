package layout

import (
	"bytes"
	"context"
	"image"
	_ "image/jpeg" // formgen's colour scans
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/formgen"
	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/ocr"
)

// TestSealOverSignerTitleKept: on generated last pages (internal/formgen,
// seeds of its tuning range) with a Nơi nhận list long enough to run
// beside the signer block, a seal found by its ring crosses the signer's
// title. Tesseract reads the title badly through the ring ("TIM
// BANTĐHƯỜNG VỤ"), its words inside the ring were dropped with the seal's
// and the line was lost. The line's band is read again on its own and
// stands in for them: every line of the list and the title is held, and
// the seal's words stay listed as dropped. Only a band that lost a large
// share of its letters to the ring is read again (sealRereadShare).
func TestSealOverSignerTitleKept(t *testing.T) {
	e := formgenEngine(t)
	for _, c := range []struct {
		seed    uint64
		closing []string
		alone   bool // the title must be held on a line of its own
	}{
		// A 1-bit scan at 300 dpi, and a colour JPEG whose seal reads
		// as too little red to be told by its colour.
		{19, []string{"Nơi nhận:", "- Như Điều 3;", "- Ban Tổ chức Tỉnh ủy;", "- Các phòng chuyên môn;", "- Đảng ủy các xã;", "- Lưu VP, TH."}, false},
		{13, []string{"Nơi nhận:", "- Như trên;", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
			"- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thị xã;", "- Lưu: VT, P.TCHC (02)."}, false},
		// formgen's own last pages (scripts/bench_lostlines.sh), 1-bit
		// scans whose seal, stamped high, holds the title: "TM. ỦY BAN
		// NHÂN DÂN" (10, 62: read again with the ring's arcs in the crop,
		// at a lower confidence than the words the first reading kept)
		// and "T/M BAN TUYÊN GIÁO" (65: a quarter of its letters dropped).
		// A colour JPEG at 180 dpi whose seal's ring is found (63): the
		// band read again gives "/MỦY BAN'KIỂM TRA" at low confidence,
		// its words kept only if the garbage filter reads "BAN'KIỂM" in
		// its pieces as the band's criterion does.
		{10, nil, false}, {62, nil, false}, {65, nil, false}, {63, nil, true},
	} {
		fp := formgenPage(t, c.seed, c.closing == nil)
		f := &fp.Form
		if c.closing != nil {
			// The document's last page: its last paragraph and the closing.
			f.HeaderLeft, f.HeaderRight, f.Title, f.Banner = nil, nil, nil, nil
			f.PageNumber = "2"
			f.Body = f.Body[len(f.Body)-1:]
			f.ClosingLeft = c.closing
		}
		p := analyzeFormgen(t, e, fp)
		got := strings.Split(p.Text, "\n")
		for _, want := range append(append([]string{}, f.ClosingLeft...), f.ClosingRight[0]) {
			if !heldIn(want, got) {
				t.Errorf("%s: line %q lost:\n%s\ndropped: %+v", fp.Name, want, p.Text, p.Dropped)
			}
		}
		// The title on a line of its own: joined to the line above, the
		// spaces and a lone "TRA" would make up 60 % of it.
		if title := f.ClosingRight[0]; c.alone && !heldAlone(title, got) {
			t.Errorf("%s: the signer's title %q is not held on a line of its own:\n%s\ndropped: %+v", fp.Name, title, p.Text, p.Dropped)
		}
		stamp := false
		for _, d := range p.Dropped {
			stamp = stamp || d.Reason == ReasonStamp
		}
		if !stamp {
			t.Errorf("%s: the seal's words are not listed as dropped: %+v", fp.Name, p.Dropped)
		}
	}
}

// formgenEngine is the engine as vidoc ocr sets it (upright, deskewed,
// table rules painted white) for the tests that read formgen's pages with
// Tesseract; they are skipped in -short runs. It is closed with the test.
func formgenEngine(t *testing.T) *ocr.Engine {
	t.Helper()
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	e, err := ocr.NewEngine(ocr.Options{KeepImage: true, Clean: TableRules})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// formgenPage is formgen's first page of seed, or with last its last page.
func formgenPage(t *testing.T, seed uint64, last bool) formgen.Page {
	t.Helper()
	makePage := formgen.Make
	if last {
		makePage = formgen.MakeLast
	}
	fp, err := makePage(seed)
	if err != nil {
		t.Fatal(err)
	}
	return fp
}

// analyzeFormgen draws a generated page as formgen scans it, OCRs it with
// e and finds its layout.
func analyzeFormgen(t *testing.T, e *ocr.Engine, fp formgen.Page) *Page {
	t.Helper()
	res := recognizeFormgen(t, e, fp)
	p, err := Analyze(context.Background(), res, res.Image, Options{Reader: e})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// recognizeFormgen draws a generated page as formgen scans it and OCRs it
// with e.
func recognizeFormgen(t *testing.T, e *ocr.Engine, fp formgen.Page) *ocr.Result {
	t.Helper()
	data, ext, err := formgen.Draw(fp)
	if err != nil {
		t.Fatal(err)
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.Recognize(context.Background(), input.Page{Source: fp.Name, Number: 1, Count: 1,
		Encoding: map[string]string{".png": "png", ".jpg": "jpeg"}[ext], Image: data, Width: img.Bounds().Dx(), Height: img.Bounds().Dy(), DPI: fp.Damage.DPI})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// heldIn is scripts/lost_lines.py's test: some line, or two neighbours
// joined, holds 60 % of want's letters in order (lower case).
func heldIn(want string, lines []string) bool {
	w := []rune(strings.ToLower(want))
	for i, l := range lines {
		cands := []string{l}
		if i+1 < len(lines) {
			cands = append(cands, l+" "+lines[i+1])
		}
		for _, c := range cands {
			if 10*commonRunes(w, []rune(strings.ToLower(c))) >= 6*len(w) {
				return true
			}
		}
	}
	return false
}

// heldAlone is heldIn without joining neighbours.
func heldAlone(want string, lines []string) bool {
	for _, l := range lines {
		if heldIn(want, []string{l}) {
			return true
		}
	}
	return false
}

// commonRunes is the length of the longest common subsequence of a and b.
func commonRunes(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			default:
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// A seal's band read again is judged by the print it holds, not by mean
// confidence: the ring's arcs in the crop lower Tesseract's confidence in
// words it reads right, and the first reading kept only its best words.
// Marks read in the band (a scribble's loops) hold no print; an arc read
// as a quote between two words does not spoil them.
func TestSealBandReadsBetter(t *testing.T) {
	w := func(text string, conf float64) ocr.Word { return ocr.Word{Text: text, Confidence: conf} }
	p := &page{words: []word{
		{Word: w("ỦY", 97)}, {Word: w("NHÂN", 61)}, {Word: w("DÂN", 96)}, // kept
		{Word: w("TM", 55), drop: ReasonStamp}, {Word: w("BAN", 61), drop: ReasonStamp},
	}}
	old, stamp := []int{0, 1, 2}, []int{3, 4}
	again := []ocr.Word{w("“TM.ỦY", 66), w("BAN", 66), w("NHÂN", 66), w("DÂN", 66)}
	if !p.readsBetter(old, stamp, again, true) {
		t.Error("the title read whole through the ring does not replace its kept words")
	}
	if p.readsBetter(old, stamp, again, false) {
		t.Error("by mean confidence (a coloured stamp's crop) the new reading should lose: the test tests nothing")
	}
	if p.readsBetter(old, stamp, []ocr.Word{w("0", 88), w("9ọ", 40), w("J", 30), w("ƯỚNG", 20)}, true) {
		t.Error("a scribble's marks replace print")
	}
	if got := printWeight(w("BAN'KIỂM", 50)); got != 3.5 {
		t.Errorf("printWeight(BAN'KIỂM at 50) = %v, want 3.5", got)
	}
}

// The garbage filter reads a word in its pieces around a quote as the
// band's criterion does: two words of print joined by an arc read as an
// apostrophe are print; marks around one are not.
func TestPlausiblePieces(t *testing.T) {
	for text, want := range map[string]bool{
		"BAN'KIỂM": true, "nhân’dân": true, "“TM.ỦY": true, "KIỂM": true,
		"zzEE'HI£U": false, "b'": false, "l'x9q": false, "BAN'9ọ": false, "'": true,
	} {
		if got := plausiblePieces(text); got != want {
			t.Errorf("plausiblePieces(%q) = %v, want %v", text, got, want)
		}
	}
}

// A band is read again only when the ring took a quarter of its letters:
// a Nơi nhận line that lost a garbled word of many keeps its line and
// costs no second reading; a signer's title that lost a third is read
// again, once, though two of its runs lost words.
func TestSealRunsReadAgainWhenMuchLost(t *testing.T) {
	p := &page{w: 2000, h: 3000, xh: 30}
	gap := 75
	p.noteSealRuns([]sealRun{
		{box: image.Rect(100, 500, 900, 540), out: true, kept: 60},
		{box: image.Rect(950, 500, 1100, 540), dropped: true, kept: 12, lost: 8},
	}, gap)
	if len(p.sealRuns) != 0 {
		t.Errorf("a list line that lost 8 letters of 80 is read again: %v", p.sealRuns)
	}
	p.noteSealRuns([]sealRun{
		{box: image.Rect(1400, 560, 1630, 590), dropped: true, kept: 2, lost: 5},
		{box: image.Rect(1700, 550, 1950, 590), dropped: true, out: true, kept: 7, lost: 1},
	}, gap)
	if len(p.sealRuns) != 1 {
		t.Errorf("a title that lost 6 letters of 15 is read %d times, want once: %v", len(p.sealRuns), p.sealRuns)
	}
}
