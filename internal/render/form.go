package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// Form is an administrative page laid out as Nghị định 30/2020/NĐ-CP
// (Phụ lục I) lays out its first and last page: a header of two columns
// (issuing body and number on the left; national title, motto, place and
// date on the right), a title centred under it, the body, and a closing of
// two columns ("Nơi nhận" list on the left, the signer block on the right),
// optionally with a round red seal and a signature over the signer block.
// It makes test pages for the layout stage whose truth is known exactly.
type Form struct {
	HeaderLeft, HeaderRight []string // each line centred in its column
	Title                   []string // centred on the page
	Body                    []string // paragraphs, wrapped to the text width
	ClosingLeft             []string // left-aligned
	// ClosingRight is the signer block, centred in its column; its last
	// line (the signer's name) comes after a gap left for the signature.
	ClosingRight []string
	Seal         []string // words printed inside a red seal over the signer block; no seal when empty
	// SealInk is the seal's ink when not red: some bodies' seals and
	// their copies' stamps are blue or violet.
	SealInk   color.RGBA
	Signature bool // a pen scribble in the signature gap

	// Banner is an e-signature or certified-copy stamp ("SAO Y", "Thời
	// gian ký: …") printed in a box at the top right, above the header, as
	// on a digitally signed copy.
	Banner []string
	// Received is a receiving office's stamp ("ĐẾN", "Số: 45 Ngày: 8/3")
	// pressed onto the page on its arrival, in a box whose top left lies
	// on the place and date line of the right column: its ink over the
	// date is what OCR garbles that line with on real copies.
	Received []string
	// ReceivedInk is the received stamp's ink, the banner's blue when
	// zero: offices press it from whatever pad they have, red, violet,
	// black or a worn blue-black that a scan turns grey.
	ReceivedInk color.RGBA
	// ReceivedLeft presses the received stamp in the left column, its top
	// under the header's last row (under the number and abstract), as
	// clerks stamp the blank space there, rather than over the date. The
	// stamp's lines may hold handwriting between HandOpen and HandClose
	// (the clerk's "Số: {45}", "Ngày: {8/3}"), drawn in HandFont in pen ink.
	ReceivedLeft bool
	// Bold and Italic name lines (by their text) drawn in BoldFont or
	// ItalicFont, font files: ND 30/2020 sets the issuing body, the national
	// title, the type and the abstract in bold and the place and date in
	// italics. A line also drawn when its font is not given, in the regular one.
	Bold, Italic         []string
	BoldFont, ItalicFont string
	// HandFont draws the parts of header lines written between HandOpen
	// and HandClose ("Số: {115}/QĐ-UBND", "ngày {5} tháng {3}"): filled in by
	// hand in pen ink, slanted and a little off the line, as a number and a
	// day are written into the printed blanks after signing. The marks
	// themselves are not drawn; see FormText.
	HandFont string
	// Rules are the lines (by their text) ruled under, with the rule's
	// length as a share of the line's width: ND 30/2020 rules a third to
	// a half under the issuing body and the abstract and the whole motto;
	// HD 36 underlines the Party title.
	Rules map[string]float64
	// Table is a ruled table printed after the body: rows of cells, each
	// one line, every cell boxed by rules; the first row is a header.
	Table [][]string
	// PageNumber is printed centred in the top margin, as ND 30/2020 puts
	// the number of every page after the first.
	PageNumber string
	// Footnotes are printed at the foot of the page in smaller type,
	// under a short rule from the left margin.
	Footnotes []string
	// HeaderNoise, when not 0, is the seed of the scanner noise drawn in
	// and around the header columns (see headerNoise): specks and short
	// strokes beside the lines and short rows of specks in the empty slots.
	HeaderNoise uint64
	// SealShift moves the seal from its place over the left third of the
	// signer block, in multiples of its radius (x right, y down): a seal
	// stamped askew reaches over the Nơi nhận list (x < 0) or higher over
	// the signer's title (y < 0).
	SealShift [2]float64
	// SignatureShift moves the signature from the middle of the signer
	// column, in multiples of its half width (x right): a signer's
	// flourish drawn to the left runs over the Nơi nhận list's last lines.
	SignatureShift float64
}

// HandOpen and HandClose mark the handwritten part of a header line.
const (
	HandOpen  = "{"
	HandClose = "}"
)

// FormText is a line as read from the page: its handwriting marks removed.
func FormText(line string) string {
	return strings.NewReplacer(HandOpen, "", HandClose, "").Replace(line)
}

// FormMarks are where the seal, the signature and the table were drawn.
type FormMarks struct {
	Seal, Signature, Table image.Rectangle
	// Lines are the lines of print drawn, as read (FormText), in the
	// order drawn: header rows left then right, title, body lines as
	// wrapped, table cells, the closing's left column, then its right
	// one. The seal's words and the banner are not print of the
	// document and are not listed.
	Lines []string
	// LineBoxes are the boxes of Lines, one each: the line's width from
	// its cap height's top to its baseline.
	LineBoxes []image.Rectangle
}

var (
	sealInk = color.RGBA{R: 205, G: 35, B: 45, A: 255}
	penInk  = color.RGBA{R: 25, G: 30, B: 60, A: 255}
)

// FormPage draws one form page in colour. Lines too wide for their column
// are an error: a form's columns are not wrapped.
func FormPage(f Form, opts Options) (*image.RGBA, FormMarks, error) {
	opts = opts.withDefaults()
	if err := opts.validate(); err != nil {
		return nil, FormMarks{}, err
	}
	var all []string
	for _, part := range [][]string{f.HeaderLeft, f.HeaderRight, f.Title, f.Body, f.ClosingLeft, f.ClosingRight, f.Seal, f.Banner, f.Received, f.Footnotes, {f.PageNumber}} {
		all = append(all, part...)
	}
	for _, row := range f.Table {
		all = append(all, row...)
	}
	text := norm.NFC.String(FormText(strings.Join(all, "\n")))
	fs := formFaces{opts: opts, text: text, loaded: map[faceKey]font.Face{}}
	defer fs.close()
	face, err := fs.get(opts.FontPath, 1)
	if err != nil {
		return nil, FormMarks{}, err
	}

	width, height, margin, lineHeight, ascent := geometry(opts, face)
	textW := width - 2*margin
	// Columns: the left one a little narrower, as the national title on
	// the right is the longest header line.
	leftCol := [2]int{margin, margin + textW*40/100}
	rightCol := [2]int{margin + textW*43/100, width - margin}

	img := image.NewRGBA(image.Rect(0, 0, width, height))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	var errs []error
	var marks FormMarks
	stroke := max(1, opts.DPI/150)
	// lastBox is the box of the line put drew last, for headerNoise.
	var lastBox image.Rectangle
	// put draws a line: centred in [x0, x1) when centre, else from x0. The
	// columns are set smaller than the body, as in print (ND 30/2020:
	// 12–13 pt header lines, an 11 pt Nơi nhận list).
	put := func(line string, col [2]int, centre bool, baseline int) {
		line = norm.NFC.String(line)
		scale := 1.0
		if col[1]-col[0] < textW {
			scale = 0.85
		}
		segs, err := fs.segments(f, line, scale)
		if err != nil {
			errs = append(errs, err)
			return
		}
		w := 0
		for _, sg := range segs {
			w += font.MeasureString(sg.face, sg.text).Ceil()
		}
		if w > col[1]-col[0] {
			errs = append(errs, fmt.Errorf("render: %q is wider than its column", FormText(line)))
		}
		x := col[0]
		if centre {
			x = col[0] + (col[1]-col[0]-w)/2
		}
		x0 := x
		lastBox = image.Rect(x0, baseline-ascent, x0+w, baseline)
		marks.Lines = append(marks.Lines, FormText(line))
		marks.LineBoxes = append(marks.LineBoxes, lastBox)
		for _, sg := range segs {
			d := &font.Drawer{Dst: img, Src: image.NewUniform(sg.ink), Face: sg.face, Dot: fixed.P(x, baseline+sg.rise*lineHeight/100)}
			d.DrawString(sg.text)
			x = d.Dot.X.Ceil()
		}
		if share := f.Rules[FormText(line)]; share > 0 {
			rw := int(float64(w) * share)
			rule(img, x0+(w-rw)/2, x0+(w+rw)/2, baseline+lineHeight*3/10, stroke)
		}
	}
	y := margin + ascent
	if f.PageNumber != "" {
		put(f.PageNumber, [2]int{margin, width - margin}, true, margin/2+ascent/2)
	}
	rows := max(len(f.HeaderLeft), len(f.HeaderRight))
	var lineBoxes, gaps []image.Rectangle
	var dateBox image.Rectangle
	for i := range rows {
		for _, c := range []struct {
			lines []string
			col   [2]int
		}{{f.HeaderLeft, leftCol}, {f.HeaderRight, rightCol}} {
			base := y + i*lineHeight
			if i < len(c.lines) && FormText(c.lines[i]) != "" {
				put(c.lines[i], c.col, true, base)
				lineBoxes = append(lineBoxes, lastBox)
				if c.col == rightCol {
					dateBox = lastBox // the right column's last line: the place and date
				}
			} else {
				gaps = append(gaps, image.Rect(c.col[0], base-ascent, c.col[1], base))
			}
		}
	}
	// The slot under the left column, above the title.
	gaps = append(gaps, image.Rect(leftCol[0], y+rows*lineHeight-ascent, leftCol[1], y+rows*lineHeight))
	if f.HeaderNoise != 0 {
		headerNoise(img, f.HeaderNoise, lineBoxes, gaps, stroke)
	}
	headerBottom := y + (rows-1)*lineHeight
	y += (rows + 1) * lineHeight
	for _, l := range f.Title {
		put(l, [2]int{margin, width - margin}, true, y)
		y += lineHeight
	}
	y += lineHeight / 2
	for _, para := range f.Body {
		for _, l := range wrap(face, norm.NFC.String(para), fixed.I(textW)) {
			put(l, [2]int{margin, width - margin}, false, y)
			y += lineHeight
		}
	}
	if len(f.Table) > 0 {
		cellFace, err := fs.get(opts.FontPath, 0.85)
		if err != nil {
			return nil, FormMarks{}, err
		}
		marks.Table, y, err = drawTable(put, img, cellFace, f.Table, margin, textW, y, ascent, lineHeight, stroke)
		if err != nil {
			errs = append(errs, err)
		}
	}
	y += lineHeight / 2
	closingTop := y
	for i, l := range f.ClosingLeft {
		put(l, [2]int{margin, leftCol[1]}, false, y+i*lineHeight)
	}
	signer := f.ClosingRight
	var name string
	if len(signer) > 1 {
		signer, name = signer[:len(signer)-1], signer[len(signer)-1]
	}
	for i, l := range signer {
		put(l, rightCol, true, y+i*lineHeight)
	}
	gapTop := y + (len(signer)-1)*lineHeight + lineHeight/3
	nameY := y + (len(signer)+3)*lineHeight
	if name != "" {
		put(name, rightCol, true, nameY)
	}
	if nameY > height-margin || y+len(f.ClosingLeft)*lineHeight > height-margin {
		errs = append(errs, errors.New("render: the form does not fit on the page"))
	}
	if len(f.Footnotes) > 0 {
		// From the bottom margin up: a rule a third of the text wide,
		// then the notes in the columns' smaller type.
		noteH := lineHeight * 85 / 100
		top := height - margin - len(f.Footnotes)*noteH
		rule(img, margin, margin+textW/3, top-noteH/2, stroke)
		for i, l := range f.Footnotes {
			put(l, [2]int{margin, margin + textW - 1}, false, top+ascent*85/100+i*noteH)
		}
		if nameY > top-noteH || y+len(f.ClosingLeft)*lineHeight > top-noteH {
			errs = append(errs, errors.New("render: the footnotes overlap the closing"))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, FormMarks{}, err
	}
	if len(f.Banner) > 0 {
		if err := banner(img, &fs, f, f.Banner, width-margin, margin/5, lineHeight, bannerInk); err != nil {
			return nil, FormMarks{}, err
		}
	}
	if len(f.Received) > 0 {
		// Over the middle of the date line, its top a third of a line
		// above the text, the box ending in the blank row under it.
		right, top := (dateBox.Min.X+dateBox.Max.X)/2+(dateBox.Max.X-dateBox.Min.X)/3, dateBox.Min.Y-lineHeight/3
		if f.ReceivedLeft {
			right, top = -leftCol[0], headerBottom+lineHeight/4 // negative: the box's left edge
		}
		ink := f.ReceivedInk
		if ink == (color.RGBA{}) {
			ink = bannerInk
		}
		if err := banner(img, &fs, f, f.Received, right, top, lineHeight, ink); err != nil {
			return nil, FormMarks{}, err
		}
	}
	colMid := (rightCol[0] + rightCol[1]) / 2
	if f.Signature {
		halfW := mmToPx(22, opts.DPI)
		marks.Signature = scribble(img, colMid+int(f.SignatureShift*float64(halfW)), (gapTop+nameY-ascent)/2, halfW, lineHeight, max(2, opts.DPI/100))
	}
	if len(f.Seal) > 0 {
		// The seal covers the left third of the signer block, as the rules
		// for stamping ask (ND 30/2020 Điều 26): over the title and the
		// signature, never the name.
		r := mmToPx(17, opts.DPI)
		cx := colMid - r*2/3 + int(f.SealShift[0]*float64(r))
		cy := closingTop - ascent + r*3/4 + int(f.SealShift[1]*float64(r))
		ink := sealInk
		if f.SealInk != (color.RGBA{}) {
			ink = f.SealInk
		}
		marks.Seal = seal(img, face, f.Seal, ink, cx, cy, r, lineHeight, max(3, opts.DPI/60))
	}
	return img, marks, nil
}

// rule draws a black horizontal rule from x0 to x1 with its top at y.
func rule(img *image.RGBA, x0, x1, y, stroke int) {
	fillRect(img, image.Rect(x0, y, x1, y+stroke))
}

// multiply lays ink over the page the way ink on paper mixes: print under
// it stays dark.
func multiply(img *image.RGBA, x, y int, c color.RGBA) {
	if !(image.Point{x, y}.In(img.Rect)) {
		return
	}
	i := img.PixOffset(x, y)
	img.Pix[i] = uint8(int(img.Pix[i]) * int(c.R) / 255)
	img.Pix[i+1] = uint8(int(img.Pix[i+1]) * int(c.G) / 255)
	img.Pix[i+2] = uint8(int(img.Pix[i+2]) * int(c.B) / 255)
}

// seal draws a double red ring with words in it, centred on (cx, cy).
func seal(img *image.RGBA, face font.Face, words []string, ink color.RGBA, cx, cy, r, lineHeight, stroke int) image.Rectangle {
	for y := cy - r; y <= cy+r; y++ {
		for x := cx - r; x <= cx+r; x++ {
			d := math.Hypot(float64(x-cx), float64(y-cy))
			if d <= float64(r) && d > float64(r-stroke) || d <= float64(r*3/4) && d > float64(r*3/4-stroke/2) {
				multiply(img, x, y, ink)
			}
		}
	}
	// The words, in the seal's ink, drawn on their own layer and multiplied in.
	layer := image.NewAlpha(img.Rect)
	d := &font.Drawer{Dst: layer, Src: image.Opaque, Face: face}
	y := cy - (len(words)-1)*lineHeight/2 + face.Metrics().Ascent.Ceil()/2
	for _, w := range words {
		d.Dot = fixed.P(cx-font.MeasureString(face, w).Ceil()/2, y)
		d.DrawString(w)
		y += lineHeight
	}
	box := image.Rect(cx-r, cy-r, cx+r+1, cy+r+1).Intersect(img.Rect)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if a := layer.AlphaAt(x, y).A; a > 0 {
				c := ink
				k := int(a)
				c.R = uint8(255 - (255-int(c.R))*k/255)
				c.G = uint8(255 - (255-int(c.G))*k/255)
				c.B = uint8(255 - (255-int(c.B))*k/255)
				multiply(img, x, y, c)
			}
		}
	}
	return box
}

// scribble draws a looping pen stroke centred on (cx, cy), half as wide as
// halfW each way and about one line high.
func scribble(img *image.RGBA, cx, cy, halfW, lineHeight, stroke int) image.Rectangle {
	box := image.Rectangle{}
	steps := halfW * 8
	for i := 0; i <= steps; i++ {
		t := float64(i) / float64(steps)
		x := float64(cx-halfW) + 2*float64(halfW)*t + float64(lineHeight)/3*math.Sin(t*math.Pi*14)
		y := float64(cy) + float64(lineHeight)*0.6*math.Cos(t*math.Pi*14)*(0.4+0.6*t)
		for dy := -stroke / 2; dy <= stroke/2; dy++ {
			for dx := -stroke / 2; dx <= stroke/2; dx++ {
				px, py := int(x)+dx, int(y)+dy
				if px >= 0 && py >= 0 && px < img.Rect.Max.X && py < img.Rect.Max.Y {
					i := img.PixOffset(px, py)
					img.Pix[i], img.Pix[i+1], img.Pix[i+2] = penInk.R, penInk.G, penInk.B
					box = box.Union(image.Rect(px, py, px+1, py+1))
				}
			}
		}
	}
	return box
}

// fillRect paints a rectangle black: a rule.
func fillRect(img *image.RGBA, r image.Rectangle) {
	draw.Draw(img, r, image.NewUniform(color.Black), image.Point{}, draw.Src)
}

// drawTable draws a ruled table from baseline y on, in the columns'
// smaller type: each column as wide as its widest cell and a pad each side, the table centred on the text
// width. It returns the table's box and the baseline after it.
func drawTable(put func(string, [2]int, bool, int), img *image.RGBA, cellFace font.Face, rows [][]string,
	margin, textW, y, ascent, lineHeight, stroke int) (image.Rectangle, int, error) {
	pad := lineHeight / 3
	var widths []int
	for _, row := range rows {
		for c, cell := range row {
			if c >= len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], font.MeasureString(cellFace, norm.NFC.String(cell)).Ceil()+2*pad)
		}
	}
	total := 0
	for _, w := range widths {
		total += w
	}
	if total > textW {
		return image.Rectangle{}, y, fmt.Errorf("render: the table is %d px wide, the text %d", total, textW)
	}
	x0 := margin + (textW-total)/2
	rowH := lineHeight + pad
	top := y - ascent
	for r, row := range rows {
		x := x0
		for c, w := range widths {
			if c < len(row) {
				put(row[c], [2]int{x + pad, x + w - pad}, c == 0 || r == 0, top+r*rowH+pad/2+ascent)
			}
			x += w
		}
	}
	box := image.Rect(x0, top, x0+total+stroke, top+len(rows)*rowH+stroke)
	for r := 0; r <= len(rows); r++ {
		fillRect(img, image.Rect(box.Min.X, top+r*rowH, box.Max.X, top+r*rowH+stroke))
	}
	x := x0
	for c := 0; c <= len(widths); c++ {
		fillRect(img, image.Rect(x, box.Min.Y, x+stroke, box.Max.Y))
		if c < len(widths) {
			x += widths[c]
		}
	}
	return box, box.Max.Y + lineHeight/2 + ascent, nil
}
