package layout

import "github.com/vidoc/vidoc/internal/ocr"

// unscale brings the boxes of a page that OCR read enlarged (small print,
// upscale.go in internal/ocr) back to the page's own pixels, and then res itself:
// layout works on the enlarged pixels, where its rules see print of the
// size they were made for, and its outputs are placed over the page as it
// is (ocr.Result.Shrink).
func (out *Page) unscale(res *ocr.Result) {
	if res.Enlarged() == 1 {
		return
	}
	for _, b := range out.boxes() {
		*b = res.Shrink(*b)
	}
	res.Unscale()
}

// boxes points at every box the page places over the image: regions with
// their lines and cells, dropped clusters with their words, handwriting,
// snapped lines and the text's words. Whatever moves the page's boxes moves them all through
// it, so that a box added to Page is not forgotten in one of them.
func (out *Page) boxes() []*ocr.Box {
	var bs []*ocr.Box
	for i := range out.Regions {
		r := &out.Regions[i]
		bs = append(bs, &r.Box)
		for j := range r.Lines {
			bs = append(bs, &r.Lines[j].Box)
		}
		for j := range r.Cells {
			bs = append(bs, &r.Cells[j].Box)
		}
	}
	for i := range out.Dropped {
		d := &out.Dropped[i]
		bs = append(bs, &d.Box)
		for j := range d.Words {
			bs = append(bs, &d.Words[j].Box)
		}
	}
	for i := range out.Handwritten {
		bs = append(bs, &out.Handwritten[i].Box)
	}
	for i := range out.Snapped {
		bs = append(bs, &out.Snapped[i].Box)
	}
	for i := range out.Words {
		bs = append(bs, &out.Words[i].Box)
	}
	return bs
}
