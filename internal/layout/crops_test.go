package layout

import (
	"context"
	"image"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/ocr"
)

// TestReadSheetOneCall cuts the lines of a rendered page (tableForm's:
// header, title, table cells, closing) into crops and reads them all with
// readSheet: one Tesseract call, and each crop's words, in the crop's own
// pixels, read as the line printed there.
func TestReadSheetOneCall(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a sheet with Tesseract")
	}
	form := tableForm()
	grey, marks := greyForm(t, form, 300)
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	xh := int(typeSizeInch * 300)
	var crops []*image.Gray
	var want []string
	for k, line := range marks.Lines {
		// The box runs from the cap height to the baseline: descenders
		// and marks above capitals lie outside it.
		b := marks.LineBoxes[k]
		b.Min.Y -= xh / 3
		b.Max.Y += xh / 3
		crop, _ := greyCrop(grey, b, xh/2)
		crops, want = append(crops, crop), append(want, line)
	}
	r := &countingReader{r: e}
	read, err := readSheet(context.Background(), r, 300, xh, crops)
	if err != nil {
		t.Fatal(err)
	}
	if r.n != 1 {
		t.Errorf("%d Tesseract calls for %d crops, want 1", r.n, len(crops))
	}
	for k, ws := range read {
		var texts []string
		for _, w := range ws {
			texts = append(texts, w.Text)
			if b := toRect(w.Box); !b.In(crops[k].Bounds().Inset(-1)) {
				t.Errorf("crop %d: word %q at %v, outside the crop %v", k, w.Text, b, crops[k].Bounds())
			}
		}
		got := strings.Join(texts, " ")
		if editdist.Runes([]rune(got), []rune(want[k])) > len([]rune(want[k]))/6 {
			t.Errorf("crop %d: read %q, printed %q", k, got, want[k])
		}
	}
}

// TestCropOf: a word is given to the crop that holds its box, one pixel of
// slack aside; a word across the gutter between two crops is neither's.
func TestCropOf(t *testing.T) {
	at := []image.Rectangle{image.Rect(20, 20, 220, 80), image.Rect(20, 120, 320, 200)}
	for _, c := range []struct {
		box  image.Rectangle
		want int
	}{
		{image.Rect(30, 30, 100, 70), 0},
		{image.Rect(19, 119, 321, 150), 1}, // a pixel past the crop
		{image.Rect(30, 60, 100, 130), -1}, // across the gutter
		{image.Rect(230, 30, 260, 70), -1}, // beside the first crop, on the sheet's white
	} {
		if got := cropOf(at, c.box); got != c.want {
			t.Errorf("cropOf(%v) = %d, want %d", c.box, got, c.want)
		}
	}
}
