package layout

import (
	"context"
	"errors"
	"fmt"
	"image"
	"log/slog"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Re-reads read each crop in a Tesseract call of its own. Pasting many
// crops onto one sheet with white gutters and reading it once was tried
// (issue #11: a table page's cell re-reads cost 36-52 % of its OCR) and
// measured on the tuning set's ruled-table pages (epu__DHDL_01 p4-p8,
// p10: 18-31 cells each): it saved nothing (26 cells on one sheet took
// 0.409 s of CPU, one by one 0.404 s; Tesseract's time goes into
// recognising the letters, not into a call), and it read worse: one grey
// threshold for the whole sheet (Tesseract's Otsu) in place of one per crop
// lost accents ("phần" read "phân"), raising two of those pages' CER
// (1.83 -> 2.58 %, 10.55 -> 10.93 %). It was removed (branch tables11b,
// commit cff17c4, holds it).

// readCrops reads the crops, each a grey image in its own pixels starting
// at (0, 0), each on its own, and returns for each the words read in it,
// their boxes in the crop's pixels. The page was read once already, so a
// crop that fails to read costs that crop's better reading, not the page:
// it has no words (its caller keeps its first reading), and the failures
// are logged once, naming the file, the page and what the crops are
// (what: "table cells", say). Only a cancelled ctx is an error.
func readCrops(ctx context.Context, r Reader, dpi int, crops []*image.Gray, file string, page int, what string) ([][]ocr.Word, error) {
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
	if len(errs) > 0 {
		slog.Warn("layout: reading "+what+" again failed; their first reading is kept",
			"file", file, "page", page, "crops", len(crops), "err", errors.Join(errs...))
	}
	return out, nil
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
