package layout

import (
	"context"
	"image"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/viet"
)

// An e-signed copy carries the signing system's banner above the header
// ("SAO Y" / "Ký bởi: …" / "Thời gian ký: 2024-09-16T11:29:01+07:00", or
// "Người ký: …" / "Email: …" / "Cơ quan: …" / "Thời gian ký: 04.05.2026
// 09:44:21 +07:00"), a few lines of small type left-aligned beside the
// signing body's emblem at the top of the page. ND 30/2020 Phụ lục I
// prints nothing of the document above the header's first row (the
// national title, or the Party's) but, at times, a form's label, so the
// lines there that read as a banner's own words, and those in their span,
// are the banner's. A viewer shows it first, and the transcriptions read
// it first: it is a region of its own, emitted before the header.
//
// Its type is half the body's or less: on a 1-bit copy at 200 dpi
// Tesseract reading the whole page skips all of its lines but one, which
// it reads well on the banner's own crop.

// bannerWordRe is what a banner's lines hold that no printed line above
// the header does: the signing time (a clock "11:29", an ISO "T11" or the
// zone "+07"), or the labels "Ký bởi", "Người ký", "Thời gian ký", "SAO Y",
// as OCR folds them without marks and often garbles their second word.
var bannerWordRe = regexp.MustCompile(`\d\s?[:.]\s?\d\d[:.]\d\d|\dT\d\d|[+<]0?7[:.]00|^(sao ?v?y|ky b\S*|nguoi k\S*|th\S* gi\S* ky)\b`)

// bannerReach is how far right of its widest line read the banner's crop
// reaches, as a share of that line's width: the lines Tesseract skipped
// may be longer ("Địa chỉ: …" under "Ký bởi: …").
const bannerReach = 0.5

// bannerBox finds the banner: the box of the runs of lines (cut at column
// gaps) above the header's first fixed line (markFixed) that read as a
// banner's (bannerWordRe), and of those above that line within their
// span. It reports false when there is none, or no fixed line to measure
// from.
func (p *page) bannerBox() (image.Rectangle, int, bool) {
	top := -1
	for _, w := range p.words {
		if w.fixed && (top < 0 || w.Box.Y0 < top) {
			top = w.Box.Y0
		}
	}
	if top < 0 {
		return image.Rectangle{}, 0, false
	}
	var runs []image.Rectangle
	var span image.Rectangle
	for _, line := range p.tlines {
		// Tesseract may read the banner's row with a label beside it as
		// one line: its runs, cut at column gaps, are judged apart.
		for _, run := range p.gapRuns(line, int(columnGap*float64(p.xh))) {
			var box image.Rectangle
			var text []string
			for _, i := range run {
				if w := p.words[i]; p.kept(i) {
					box = box.Union(toRect(w.Box))
					text = append(text, w.Text)
				}
			}
			if box.Empty() || box.Max.Y > top {
				continue
			}
			runs = append(runs, box)
			fold := strings.ToLower(viet.StripDiacritics(strings.Join(text, " ")))
			if bannerWordRe.MatchString(strings.TrimLeft(fold, "[|({ ")) {
				span = span.Union(box)
			}
		}
	}
	if span.Empty() {
		return image.Rectangle{}, 0, false
	}
	box := span
	for _, r := range runs {
		if r.Max.X >= span.Min.X-p.xh && r.Min.X <= span.Max.X+p.xh {
			box = box.Union(r)
		}
	}
	return box, top, true
}

// markBanner finds the banner (bannerBox), reads its crop again when r is
// set, from its first line down to the header's first row and on to the
// right (bannerReach), its new words standing in for the first reading's
// when they hold more confident print, and marks its words: they make the
// banner's region. Only a cancelled ctx is an error.
func (p *page) markBanner(ctx context.Context, r Reader, dpi int, file string, page int) error {
	box, top, ok := p.bannerBox()
	if !ok {
		return nil
	}
	if r != nil && p.img != nil {
		crop := image.Rect(box.Min.X-p.xh, box.Min.Y-p.xh, box.Max.X+int(bannerReach*float64(box.Dx())), top-p.xh/4).
			Intersect(image.Rect(0, 0, p.w, p.h))
		if !crop.Empty() {
			img, _ := greyCrop(p.img, crop, 0)
			read, err := readCrops(ctx, r, dpi, []*image.Gray{img}, file, page, "the e-signature banner")
			if err != nil {
				return err
			}
			n := len(p.words)
			p.replace(crop, &ocr.Result{Words: read[0]}, true)
			box = box.Union(crop)
			// The emblem beside the banner, read as marks before
			// its lines: dropped and listed.
			left := bannerLeft(read[0]) + crop.Min.X - p.xh/2
			for i := n; i < len(p.words); i++ {
				if p.words[i].Box.X1 < left {
					p.words[i].drop = ReasonGarbage
				}
			}
		}
	}
	for i := range p.words {
		w := &p.words[i]
		b := w.Box
		if w.drop == "" && !w.fixed && image.Pt((b.X0+b.X1)/2, (b.Y0+b.Y1)/2).In(box) {
			w.banner = true
			// Read first, wherever Tesseract put it.
			p.reordered = true
		}
	}
	return nil
}

// bannerSure is the confidence of a word of print that shows where a
// banner's line starts.
const bannerSure = 80

// bannerLeft is where the banner's lines start in words read on its crop:
// the median over its lines of the left edge of the line's first word of
// confident print (two letters or digits or more). The signing body's
// emblem stands left of the lines, and what Tesseract reads in it opens
// them ("SN, TRUNG TÂM…", "(à lv, \ Thời gian ký: …"). Without such a
// word, the crop's left edge.
func bannerLeft(words []ocr.Word) int {
	var starts []int
	prev := [3]int{-1, -1, -1}
	found := false
	for _, w := range words {
		key := [3]int{w.Block, w.Par, w.Line}
		if key != prev {
			prev, found = key, false
		}
		n := 0
		for _, r := range w.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
		if !found && w.Confidence >= bannerSure && n >= 2 {
			starts = append(starts, w.Box.X0)
			found = true
		}
	}
	if len(starts) == 0 {
		return 0
	}
	slices.Sort(starts)
	return starts[len(starts)/2]
}
