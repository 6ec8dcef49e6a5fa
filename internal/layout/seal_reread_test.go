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
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, c := range []struct {
		seed    uint64
		closing []string
	}{
		// A 1-bit scan at 300 dpi, and a colour JPEG whose seal reads
		// as too little red to be told by its colour.
		{19, []string{"Nơi nhận:", "- Như Điều 3;", "- Ban Tổ chức Tỉnh ủy;", "- Các phòng chuyên môn;", "- Đảng ủy các xã;", "- Lưu VP, TH."}},
		{13, []string{"Nơi nhận:", "- Như trên;", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
			"- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thị xã;", "- Lưu: VT, P.TCHC (02)."}},
		// formgen's own last page (scripts/bench_lostlines.sh): a 1-bit
		// scan whose seal, stamped high, holds "TM. ỦY BAN NHÂN DÂN".
		{10, nil},
	} {
		var fp formgen.Page
		if c.closing == nil {
			fp, err = formgen.MakeLast(c.seed)
		} else {
			fp, err = formgen.Make(c.seed)
		}
		if err != nil {
			t.Fatal(err)
		}
		f := &fp.Form
		if c.closing != nil {
			// The document's last page: its last paragraph and the closing.
			f.HeaderLeft, f.HeaderRight, f.Title, f.Banner = nil, nil, nil, nil
			f.PageNumber = "2"
			f.Body = f.Body[len(f.Body)-1:]
			f.ClosingLeft = c.closing
		}
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
		p, err := Analyze(context.Background(), res, res.Image, Options{Reader: e})
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Split(p.Text, "\n")
		for _, want := range append(append([]string{}, f.ClosingLeft...), f.ClosingRight[0]) {
			if !heldIn(want, got) {
				t.Errorf("%s: line %q lost:\n%s\ndropped: %+v", fp.Name, want, p.Text, p.Dropped)
			}
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
