package layout

import (
	"context"
	"errors"
	"fmt"
	"image"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Many crops read in one Tesseract call: pasted one under another on a
// white sheet, with white gutters between them that keep Tesseract from
// joining a crop's line to the next one's, and each word read given back to
// the crop its box lies in.
//
// It was meant to save the cost of a call per crop (issue #11: a table
// page's cell re-reads cost 36-52 % of its OCR). Measured on the tuning
// set's ruled-table pages (epu__DHDL_01 p4-p8, p10: 18-31 cells each) it
// saves nothing: 26 cells read on one sheet took 0.409 s of CPU, one by
// one 0.404 s; Tesseract's time goes into recognising the letters, not
// into a call. And it reads worse: one grey threshold for the whole sheet
// (Tesseract's Otsu) in place of one per crop lost accents ("phần" read
// "phân", "cần" "cân"), raising two of those pages' CER (1.83 -> 2.58 %,
// 10.55 -> 10.93 %) while three fell a little; thresholding each crop
// before pasting was worse still (3.66 %). So re-reads read each crop on
// its own (sheetReads off), and readSheet stays for a recogniser whose
// calls cost more than their letters.
const (
	// sheetReads: readCrops pastes crops onto sheets.
	sheetReads = false
	// sheetGutter is the white between two crops on the sheet, in type
	// sizes (p.xh): twice a line's spacing, so no text line, block or
	// paragraph of Tesseract's runs from one crop into the next (five
	// read the same as two).
	sheetGutter = 2.0
	// sheetMaxHeight bounds a sheet's height in pixels: Leptonica and
	// Tesseract take images up to 32767 pixels a side; crops beyond it
	// go onto another sheet.
	sheetMaxHeight = 30000
)

// readCrops reads the crops, each a grey image in its own pixels starting
// at (0, 0), and returns for each the words read in it, their boxes in the
// crop's pixels: each crop read on its own, or with sheetReads on sheets
// (readSheet). A crop that fails to read has no words and its error is
// returned with the others' words (the caller keeps that crop's first
// reading); a cancelled ctx returns ctx.Err() alone.
func readCrops(ctx context.Context, r Reader, dpi, xh int, crops []*image.Gray) ([][]ocr.Word, error) {
	if sheetReads && len(crops) > 1 {
		out, err := readSheet(ctx, r, dpi, xh, crops)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if out == nil {
			out = make([][]ocr.Word, len(crops)) // the first readings kept
		}
		return out, err
	}
	out := make([][]ocr.Word, len(crops))
	var errs []error
	for k, c := range crops {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res, err := r.RecognizeImage(ctx, c, dpi)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			errs = append(errs, fmt.Errorf("layout: reading crop %d (%d×%d): %w", k, c.Bounds().Dx(), c.Bounds().Dy(), err))
			continue
		}
		out[k] = res.Words
	}
	return out, errors.Join(errs...)
}

// readSheet reads the crops with as few Tesseract calls as fit (one sheet
// in all but giant cases) and returns for each crop the words read in it,
// their boxes in the crop's pixels, as RecognizeImage on the crop alone
// would place them. A word whose box is not wholly inside one crop (it
// straddles a gutter) is no crop's. xh is the page's type size, which sets
// the gutters.
func readSheet(ctx context.Context, r Reader, dpi, xh int, crops []*image.Gray) ([][]ocr.Word, error) {
	out := make([][]ocr.Word, len(crops))
	gutter := max(16, int(sheetGutter*float64(xh)))
	for start := 0; start < len(crops); {
		// The crops of one sheet, stacked top to bottom at the left
		// gutter.
		var at []image.Rectangle
		y, w := gutter, 0
		end := start
		for end < len(crops) {
			b := crops[end].Bounds()
			if end > start && y+b.Dy()+gutter > sheetMaxHeight {
				break
			}
			at = append(at, image.Rect(gutter, y, gutter+b.Dx(), y+b.Dy()))
			y += b.Dy() + gutter
			w = max(w, b.Dx())
			end++
		}
		sheet := image.NewGray(image.Rect(0, 0, w+2*gutter, y))
		for i := range sheet.Pix {
			sheet.Pix[i] = 255
		}
		for k, c := range crops[start:end] {
			b := c.Bounds()
			for row := range b.Dy() {
				copy(sheet.Pix[(at[k].Min.Y+row)*sheet.Stride+at[k].Min.X:], c.Pix[row*c.Stride:row*c.Stride+b.Dx()])
			}
		}
		res, err := r.RecognizeImage(ctx, sheet, dpi)
		if err != nil {
			return nil, fmt.Errorf("layout: reading %d crops on one %d×%d sheet: %w", end-start, sheet.Bounds().Dx(), sheet.Bounds().Dy(), err)
		}
		for _, wd := range res.Words {
			k := cropOf(at, toRect(wd.Box))
			if k < 0 {
				continue
			}
			o := at[k].Min
			wd.Box = ocr.Box{X0: wd.Box.X0 - o.X, Y0: wd.Box.Y0 - o.Y, X1: wd.Box.X1 - o.X, Y1: wd.Box.Y1 - o.Y}
			out[start+k] = append(out[start+k], wd)
		}
		start = end
	}
	return out, nil
}

// cropOf is the index of the crop placed at one of at that holds box b
// whole, or -1 when none does: a word read across a gutter joins two
// crops' ink and is no reading of either. Tesseract's boxes may reach a
// pixel past the ink, so a crop holds a box that pokes out by a pixel.
func cropOf(at []image.Rectangle, b image.Rectangle) int {
	for k, a := range at {
		if b.In(a.Inset(-1)) {
			return k
		}
	}
	return -1
}

// greyCrop is the part r of the page image in grey on a white margin of
// pad pixels, its pixels starting at (0, 0); r is clipped to the image.
// It returns the crop and where its (0, 0) lies on the page.
func greyCrop(img image.Image, r image.Rectangle, pad int) (*image.Gray, image.Point) {
	b := img.Bounds()
	in := r.Intersect(b)
	crop := image.NewGray(image.Rect(0, 0, in.Dx()+2*pad, in.Dy()+2*pad))
	for i := range crop.Pix {
		crop.Pix[i] = 255
	}
	if in.Empty() {
		return crop, in.Min.Sub(image.Pt(pad, pad))
	}
	row := make([]uint8, b.Dx())
	for y := in.Min.Y; y < in.Max.Y; y++ {
		greyRow(img, y, row)
		copy(crop.Pix[(y-in.Min.Y+pad)*crop.Stride+pad:], row[in.Min.X-b.Min.X:in.Max.X-b.Min.X])
	}
	return crop, in.Min.Sub(image.Pt(pad, pad))
}
