package layout

import (
	"image"
	"image/draw"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/structure"
)

// TestFramedStampDropped: a receiving office's stamp pressed in a frame
// in the blank left of the title, as on real copies, on a grey copy at 150
// dpi and a 1-bit one at 200 dpi, where it has no colour to be told by. Its
// lines are dropped as stamp and listed; every line of the header, the
// title and the body is kept. Also as real 1-bit copies show it ruled: a
// rule under the office's name from side to side and, after each label,
// a dotted line the clerk writes the number, date and hour on; those are
// the stamp's blanks, not a table's rows. The stamp's text is written for
// this test.
func TestFramedStampDropped(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	form := testForm()
	stamp := []string{"TRUNG TÂM LƯU TRỮ THỬ", "ĐẾN Số: 458 Ngày: 16/2"}
	ruled := []string{"TRUNG TÂM LƯU TRỮ THỬ", "ĐẾN Số: 458", "Ngày: 16/2", "Giờ: 9"}
	e := renderedPageEngine(t)
	for _, c := range []struct {
		name    string
		dpi     int
		bilevel bool
		ruled   bool
	}{
		{"grey 150 dpi", 150, false, false},
		{"1-bit 200 dpi", 200, true, false},
		{"ruled grey 200 dpi", 200, false, true},
		{"ruled 1-bit 200 dpi", 200, true, true},
	} {
		page, _ := greyForm(t, form, c.dpi)
		if c.ruled {
			ruleStampBlanks(page, withFramedStamp(t, page, ruled, c.dpi), c.dpi)
		} else {
			withFramedStamp(t, page, stamp, c.dpi)
		}
		var img image.Image = page
		if c.bilevel {
			img = render.Binarize(page, 128)
		}
		_, _, p := analyzeImage(t, e, c.name, img, c.dpi)
		got := strings.Split(p.Text, "\n")
		// The stamp's words a line of the form never holds.
		for _, w := range []string{"TRUNG", "TÂM", "LƯU TRỮ", "458", "16/2"} {
			if strings.Contains(p.Text, w) {
				t.Errorf("%s: the stamp's %q is in the text:\n%s", c.name, w, p.Text)
			}
		}
		for _, l := range slicesConcat(form.HeaderLeft, form.HeaderRight, form.Title) {
			if !heldIn(l, got) {
				t.Errorf("%s: line %q lost:\n%s\ndropped: %+v", c.name, l, p.Text, p.Dropped)
			}
		}
		checkBody(t, p.Text, form)
		listed := false
		for _, d := range p.Dropped {
			listed = listed || d.Reason == ReasonStamp && (strings.Contains(d.Text, "458") || strings.Contains(d.Text, "ĐẾN"))
		}
		if !listed {
			t.Errorf("%s: the stamp's words are not listed as dropped: %+v", c.name, p.Dropped)
		}
	}
}

// TestFramedMarksKept: the urgency and secrecy marks ND 30/2020 (Phụ
// lục I) prints in a frame under the number stay in the text where the
// header parser reads them, on a grey and a 1-bit copy; the form's lines
// are all kept. (Tesseract reads no word at all in a frame holding the
// three letters "MẬT" alone, at 150 to 300 dpi, nor in one at 150 dpi:
// those copies test nothing of layout.)
func TestFramedMarksKept(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	form := testForm()
	e := renderedPageEngine(t)
	urgency := func(h structure.Header) *structure.Field { return h.Urgency }
	secrecy := func(h structure.Header) *structure.Field { return h.Secrecy }
	for _, c := range []struct {
		name    string
		dpi     int
		bilevel bool
		mark    string
		field   func(structure.Header) *structure.Field
	}{
		{"1-bit 200 dpi", 200, true, "KHẨN", urgency},
		{"grey 200 dpi", 200, false, "HỎA TỐC", urgency},
		{"grey 200 dpi", 200, false, "TỐI MẬT", secrecy},
	} {
		name := c.name + " " + c.mark
		page, marks := greyForm(t, form, c.dpi)
		// The row under the number, below its baseline and descenders.
		under := -1
		for i, l := range marks.Lines {
			if strings.HasPrefix(l, "Số:") {
				under = marks.LineBoxes[i].Max.Y + c.dpi/20
			}
		}
		if under < 0 {
			t.Fatal("the form has no number line")
		}
		opts := render.DefaultOptions()
		opts.DPI, opts.FontPath = c.dpi, strings.TrimSuffix(render.DefaultFontPath, ".ttf")+"-Bold.ttf"
		withFrame(t, page, []string{c.mark}, opts, 30, 10, under)
		var img image.Image = page
		if c.bilevel {
			img = render.Binarize(page, 128)
		}
		_, _, p := analyzeImage(t, e, name, img, c.dpi)
		doc := structure.Parse(p.Text)
		if f := c.field(doc.Header); f == nil || f.Value != c.mark {
			t.Errorf("%s: header field %+v, want %s:\n%s\ndropped: %+v", name, f, c.mark, p.Text, p.Dropped)
		}
		got := strings.Split(p.Text, "\n")
		for _, l := range slicesConcat(form.HeaderLeft, form.HeaderRight, form.Title) {
			if !heldIn(l, got) {
				t.Errorf("%s: line %q lost:\n%s", name, l, p.Text)
			}
		}
		checkBody(t, p.Text, form)
	}
}

// withFramedStamp presses the lines of a stamp, in 9 pt type within a
// frame, at the left under the header of page (a form at dpi), the title
// and what follows moved down to make room, as a clerk stamps the blank
// under the issuing body.
func withFramedStamp(t *testing.T, page *image.Gray, lines []string, dpi int) image.Rectangle {
	t.Helper()
	opts := render.DefaultOptions()
	opts.DPI, opts.SizePt, opts.LineSpacing = dpi, 9, 1.5
	// The header ends at the first band of blank rows under its ink.
	b := page.Bounds()
	y := inkBounds(page, b).Min.Y
	for band := dpi / 12; !inkBounds(page, image.Rect(b.Min.X, y, b.Max.X, y+band)).Empty(); y++ {
		if y >= b.Max.Y/2 {
			t.Fatal("no blank under the header")
		}
	}
	return withFrame(t, page, lines, opts, 0, 0, y)
}

// ruleStampBlanks rules the stamp in frame as a receiving office's stamp
// is cut: a rule under its first line from side to side, and under each
// other line a dotted line from past its print to the frame's right side.
func ruleStampBlanks(page *image.Gray, frame image.Rectangle, dpi int) {
	stroke := max(2, dpi/100)
	in := frame.Inset(stroke + 1)
	// The bands of rows holding ink: the stamp's lines.
	var bands []image.Rectangle
	for y := in.Min.Y; y < in.Max.Y; y++ {
		ink := inkBounds(page, image.Rect(in.Min.X, y, in.Max.X, y+1))
		switch {
		case ink.Empty():
		case len(bands) > 0 && bands[len(bands)-1].Max.Y >= y:
			bands[len(bands)-1] = bands[len(bands)-1].Union(ink)
		default:
			bands = append(bands, ink)
		}
	}
	for k, b := range bands {
		y := b.Max.Y + stroke
		if k == 0 {
			draw.Draw(page, image.Rect(frame.Min.X, y, frame.Max.X, y+stroke), image.Black, image.Point{}, draw.Src)
			continue
		}
		for x := b.Max.X + dpi/25; x+3 < in.Max.X; x += 5 {
			draw.Draw(page, image.Rect(x, y, x+3, y+stroke), image.Black, image.Point{}, draw.Src)
		}
	}
}

// withFrame presses lines, in the type of opts, within a frame at least
// minW × minH mm, at the left of page under row y, the rows below moved down
// to make room.
func withFrame(t *testing.T, page *image.Gray, lines []string, opts render.Options, minW, minH, y int) image.Rectangle {
	t.Helper()
	dpi := opts.DPI
	pages, err := render.Pages(strings.Join(lines, "\n"), opts)
	if err != nil {
		t.Fatal(err)
	}
	ink := inkBounds(pages[0], pages[0].Bounds())
	pad, stroke := dpi/25, max(2, dpi/100) // 1 mm inside the frame, a 0.25 mm rule
	w, h := max(ink.Dx()+2*pad, minW*dpi*10/254), max(ink.Dy()+2*pad, minH*dpi*10/254)
	margin := dpi / 8
	b := page.Bounds()
	gap := h + 2*margin
	shifted := image.NewGray(b)
	draw.Draw(shifted, b, image.White, image.Point{}, draw.Src)
	draw.Draw(shifted, image.Rect(b.Min.X, b.Min.Y, b.Max.X, y), page, b.Min, draw.Src)
	draw.Draw(shifted, image.Rect(b.Min.X, y+gap, b.Max.X, b.Max.Y), page, image.Pt(b.Min.X, y), draw.Src)
	x := b.Min.X + dpi*22/25 // 22 mm from the left edge
	frame := image.Rect(x, y+margin, x+w, y+margin+h)
	draw.Draw(shifted, frame, image.Black, image.Point{}, draw.Src)
	draw.Draw(shifted, frame.Inset(stroke), image.White, image.Point{}, draw.Src)
	at := image.Pt(frame.Min.X+(w-ink.Dx())/2, frame.Min.Y+(h-ink.Dy())/2)
	draw.Draw(shifted, image.Rectangle{at, at.Add(ink.Size())}, pages[0], ink.Min, draw.Src)
	copy(page.Pix, shifted.Pix)
	return frame
}

// inkBounds is the box of the dark pixels (luma under 128) of img within r.
func inkBounds(img *image.Gray, r image.Rectangle) image.Rectangle {
	var out image.Rectangle
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.GrayAt(x, y).Y < 128 {
				out = out.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return out
}

// TestFramedMark: a framed mark is known through the damage OCR does to
// it (marks lost, a letter misread, the frame's sides read as bars); a
// receiving stamp's lines are not marks.
func TestFramedMark(t *testing.T) {
	for text, want := range map[string]bool{
		"KHẨN":              true,
		"KHAN":              true,
		"| KHẨN |":          true,
		"HOA TOC":           true,
		"HỎA TỐC HẸN GIỜ":   true,
		"THUONG KHAM":       true,
		"TỐI MẬT":           true,
		"MẬT":               true,
		"DỰ THẢO":           true,
		"ĐẾN":               false,
		"MAY":               false,
		"Số: 458":           false,
		"Ngày: 16/2":        false,
		"Chuyển:":           false,
		"TRUNG TÂM LƯU TRỮ": false,
	} {
		if got := framedMark(text); got != want {
			t.Errorf("framedMark(%q) = %v, want %v", text, got, want)
		}
	}
}
