package layout

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/viet"
)

// fixedLines are the header lines whose wording is fixed: the national
// title and the motto (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the Party
// title (Hướng dẫn 36-HD/VPTW). Variants differ only in what a document
// may legitimately print: the old or new tone placement of HÒA, and a
// hyphen or an en dash in the motto. The closest variant to what was read
// is written.
var fixedLines = [][]string{
	{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
	{"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"},
	{"ĐẢNG CỘNG SẢN VIỆT NAM"},
}

// snapShare bounds the letter edit distance of a match: one letter in six
// may be misread (or cut off at the page's edge) and the line still be the
// known one; no two fixed lines are that close to each other, nor to any
// other header line.
const snapShare = 6

// snapFixed writes the fixed lines of the header zone in their known forms.
func (p *page) snapFixed() {
	for _, pt := range p.parts {
		if pt.kind != HeaderLeft && pt.kind != HeaderRight && (pt.kind != Body || pt.box.Y0 > int(headerShare*float64(p.h))) {
			continue
		}
		if form, ok := snapLine(pt.text); ok && form != pt.text {
			p.snaps = append(p.snaps, Snapped{Read: pt.text, Form: form, Box: pt.box})
			pt.text = form
		}
	}
}

// snapLine returns the known form of a fixed line that text is a misread
// of, comparing letters only, with marks and case dropped.
func snapLine(text string) (string, bool) {
	read := letters(text)
	if len(read) < 8 {
		return "", false
	}
	for _, forms := range fixedLines {
		want := letters(forms[0])
		if editdist.Runes(read, want) > len(want)/snapShare {
			continue
		}
		best, bestD := forms[0], -1
		for _, f := range forms {
			if d := editdist.Runes([]rune(text), []rune(f)); bestD < 0 || d < bestD {
				best, bestD = f, d
			}
		}
		return best, true
	}
	return "", false
}

// letters is the upper-case letters of s without marks (viet strips Đ to D).
func letters(s string) []rune {
	var out []rune
	for _, r := range strings.ToUpper(viet.StripDiacritics(s)) {
		if unicode.IsLetter(r) {
			out = append(out, r)
		}
	}
	return out
}
