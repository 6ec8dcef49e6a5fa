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
	for i := range out.Regions {
		r := &out.Regions[i]
		r.Box = res.Shrink(r.Box)
		for j := range r.Lines {
			r.Lines[j].Box = res.Shrink(r.Lines[j].Box)
		}
		for j := range r.Cells {
			r.Cells[j].Box = res.Shrink(r.Cells[j].Box)
		}
	}
	for i := range out.Dropped {
		d := &out.Dropped[i]
		d.Box = res.Shrink(d.Box)
		for j := range d.Words {
			d.Words[j].Box = res.Shrink(d.Words[j].Box)
		}
	}
	for i := range out.Handwritten {
		out.Handwritten[i].Box = res.Shrink(out.Handwritten[i].Box)
	}
	for i := range out.Snapped {
		out.Snapped[i].Box = res.Shrink(out.Snapped[i].Box)
	}
	res.Unscale()
}
