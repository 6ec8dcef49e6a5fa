package layout

import (
	"regexp"
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// An e-signed copy carries the signing system's banner above the header
// ("SAO Y" / "Ký bởi: …" / "Thời gian ký: 2024-09-16T11:29:01+07:00", or
// "Người ký: …" / "Cơ quan: …" / "Thời gian ký: 16.09.2024 11:29:01
// +07:00"): small type in a box at the top right, no part of the document.
// On a colour scan its blue is dropped as a stamp's (markInk); on a grey
// or 1-bit copy it has no colour and its lines came out in the text,
// before the header. ND 30/2020 Phụ lục I prints nothing of the document
// above the header's first row (the national title, or the Party's) but,
// at times, a form's label, so the lines above that row that read as a
// banner's own words, and those in their span, are the banner's.

// bannerWordRe is what a banner's lines hold that no printed line above
// the header does: the signing time (a clock "11:29", an ISO "T11" or the
// zone "+07"), or the labels "Ký bởi", "Người ký", "Thời gian ký", "SAO Y",
// as OCR folds them without marks and often garbles their second word.
var bannerWordRe = regexp.MustCompile(`\d\s?[:.]\s?\d\d[:.]\d\d|\dT\d\d|[+<]0?7[:.]00|^(sao ?v?y|ky b\S*|nguoi k\S*|th\S* gi\S* ky)\b`)

// markBanner drops as a stamp the lines of an e-signature banner standing
// above the header's first fixed line (markFixed): the lines there that
// read as a banner's (bannerWordRe) and those above the fixed line beside
// them, within the span they cover. Lines above the header elsewhere (a
// form's "Mẫu số" at the other side) are left. A page without a fixed line
// found has no header row to measure from and is left as it is.
func (p *page) markBanner() {
	top := -1
	for _, w := range p.words {
		if w.fixed && (top < 0 || w.Box.Y0 < top) {
			top = w.Box.Y0
		}
	}
	if top < 0 {
		return
	}
	type aboveLine struct {
		words  []int
		x0, x1 int
	}
	var above []aboveLine
	x0, x1 := -1, -1 // the span of the lines that read as a banner's
	var runs [][]int
	for _, line := range p.tlines {
		// Tesseract may read the banner's row with a label beside it as
		// one line: its runs, cut at column gaps, are judged apart.
		runs = append(runs, p.gapRuns(line, int(columnGap*float64(p.xh)))...)
	}
	for _, line := range runs {
		if len(line) == 0 {
			continue
		}
		a := aboveLine{words: line, x0: p.words[line[0]].Box.X0, x1: p.words[line[0]].Box.X1}
		y1 := 0
		var text []string
		for _, i := range line {
			w := p.words[i]
			a.x0, a.x1, y1 = min(a.x0, w.Box.X0), max(a.x1, w.Box.X1), max(y1, w.Box.Y1)
			text = append(text, w.Text)
		}
		if y1 > top {
			continue
		}
		above = append(above, a)
		fold := strings.ToLower(viet.StripDiacritics(strings.Join(text, " ")))
		if bannerWordRe.MatchString(strings.TrimLeft(fold, "[|({ ")) {
			if x0 < 0 {
				x0, x1 = a.x0, a.x1
			}
			x0, x1 = min(x0, a.x0), max(x1, a.x1)
		}
	}
	if x0 < 0 {
		return
	}
	for _, a := range above {
		if a.x1 < x0-p.xh || a.x0 > x1+p.xh {
			continue // beside the banner, not in it
		}
		for _, i := range a.words {
			if p.words[i].drop == "" && !p.words[i].fixed {
				p.words[i].drop = ReasonStamp
				p.words[i].banner = true // not given back with a label beside it (markHeldLines)
			}
		}
	}
}
