package searchpdf

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // DecodeConfig of page images
	_ "image/png"
	"io"
	"os"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
)

// DefaultFont is the Unicode font the text layer embeds: DejaVu Serif has
// every Vietnamese letter and comes with Debian (fonts-dejavu-core).
const DefaultFont = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

// DejaVu Serif's ascent and descent, as fractions of the font size, as
// PDF readers use them to box a word: a word drawn at size s has its box
// from ascent·s above its baseline to descent·s below.
const (
	fontAscent  = 0.928
	fontDescent = 0.236
)

// Word is a word to place on a page: its text and its box in the pixels
// of the page image it was read from (X0,Y0 top-left, X1,Y1
// bottom-right).
type Word struct {
	Text           string
	X0, Y0, X1, Y1 float64
}

// Line is a text line: its words, in reading order. Words of a line share
// a font size and a baseline, taken from the line's box.
type Line struct {
	Words []Word
}

// Page is one page: the size and resolution of the image its word boxes
// are in pixels of, and its lines. Image and ImageType are the page image
// itself, for WriteImages only: "jpeg" (embedded as is) or "png".
type Page struct {
	Width, Height float64 // pixels
	DPI           float64
	Lines         []Line
	Image         []byte
	ImageType     string
}

// Options sets what the writer embeds and dates.
type Options struct {
	FontPath string    // a TrueType font with Vietnamese; DefaultFont when empty
	Date     time.Time // creation date written in the PDF; now when zero
}

// points converts pixels at dpi to PDF points.
func points(px, dpi float64) float64 { return px * 72 / dpi }

func (p *Page) check(n int) error {
	if p.Width <= 0 || p.Height <= 0 || p.DPI <= 0 {
		return fmt.Errorf("page %d: size %gx%g px at %g dpi", n, p.Width, p.Height, p.DPI)
	}
	return nil
}

// newDoc starts a PDF with the text font loaded.
func newDoc(opts Options) (*fpdf.Fpdf, error) {
	path := opts.FontPath
	if path == "" {
		path = DefaultFont
	}
	font, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("text layer font: %w (install the Debian package fonts-dejavu-core)", err)
	}
	doc := fpdf.New("P", "pt", "A4", "")
	doc.SetCompression(true)
	doc.SetAutoPageBreak(false, 0)
	doc.SetMargins(0, 0, 0)
	doc.SetProducer("vidoc", false)
	date := opts.Date
	if date.IsZero() {
		date = time.Now()
	}
	doc.SetCreationDate(date)
	doc.SetModificationDate(date)
	doc.SetCatalogSort(true)
	doc.AddUTF8FontFromBytes("text", "", font)
	if err := doc.Error(); err != nil {
		return nil, fmt.Errorf("text layer font %s: %w", path, err)
	}
	doc.SetFont("text", "", 10)
	return doc, nil
}

// addPage adds a page of p's physical size. Always "P": fpdf takes the
// size as it is only then; "L" swaps width and height, which turned a
// landscape page portrait (TestLandscapePages).
func addPage(doc *fpdf.Fpdf, p *Page) {
	doc.AddPageFormat("P", fpdf.SizeType{Wd: points(p.Width, p.DPI), Ht: points(p.Height, p.DPI)})
}

// drawWords draws p's words invisibly, each on its box: the font size
// makes the row's box as tall as the font's ascent plus descent, the
// baseline sits the descent above the row's bottom, and each word is
// scaled horizontally to its box's width. A row is a line's words on one
// printed row (rows).
func drawWords(doc *fpdf.Fpdf, p *Page) {
	doc.SetTextRenderingMode(3)
	for _, l := range p.Lines {
		for _, row := range rows(l.Words) {
			drawRow(doc, p.DPI, row)
		}
	}
}

// rows splits a line's words into the printed rows they lie on. A text
// line can span several: layout gives a table cell's text as one line,
// wrapped over as many rows as the cell has. Drawn on one baseline, a
// font as tall as the whole cell, its rows' words overlapped one another
// and the next column's, and pdftotext read them out of order. A word
// starts a new row when it stands left of the word before it (the text
// wrapped) or beside less than half of the row's height.
func rows(words []Word) [][]Word {
	var out [][]Word
	start, top, bottom := 0, 0.0, 0.0
	for i, w := range words {
		if i > 0 {
			overlap := min(bottom, w.Y1) - max(top, w.Y0)
			if w.X0 >= words[i-1].X0 && 2*overlap >= min(bottom-top, w.Y1-w.Y0) {
				top, bottom = min(top, w.Y0), max(bottom, w.Y1)
				continue
			}
			out = append(out, words[start:i])
		}
		start, top, bottom = i, w.Y0, w.Y1
	}
	if len(words) > 0 {
		out = append(out, words[start:])
	}
	return out
}

// drawRow draws the words of one printed row on a shared baseline.
func drawRow(doc *fpdf.Fpdf, dpi float64, row []Word) {
	top, bottom := row[0].Y0, row[0].Y1
	for _, w := range row[1:] {
		top, bottom = min(top, w.Y0), max(bottom, w.Y1)
	}
	size := points(bottom-top, dpi) / (fontAscent + fontDescent)
	if size <= 0 {
		return
	}
	doc.SetFontSize(size)
	baseline := points(bottom, dpi) - fontDescent*size
	for _, w := range row {
		text := strings.TrimSpace(w.Text)
		if text == "" {
			continue
		}
		x := points(w.X0, dpi)
		natural := doc.GetStringWidth(text)
		if natural <= 0 {
			continue
		}
		doc.TransformBegin()
		doc.TransformScaleX(100*points(w.X1-w.X0, dpi)/natural, x, baseline)
		doc.Text(x, baseline, text)
		doc.TransformEnd()
	}
}

// finish writes doc to w.
func finish(doc *fpdf.Fpdf, w io.Writer) error {
	var buf bytes.Buffer
	if err := doc.Output(&buf); err != nil {
		return fmt.Errorf("writing PDF: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// WriteImages writes a searchable PDF of image pages to w: a page per
// image at the image's physical size (pixels at DPI), the image embedded
// as it is (a JPEG's bytes unchanged; a PNG's compressed data kept, as
// fpdf does), the words invisible on top.
func WriteImages(w io.Writer, pages []Page, opts Options) error {
	if len(pages) == 0 {
		return errors.New("no pages to write")
	}
	doc, err := newDoc(opts)
	if err != nil {
		return err
	}
	for i := range pages {
		p := &pages[i]
		if err := p.check(i + 1); err != nil {
			return err
		}
		var typ string
		switch p.ImageType {
		case "jpeg", "jpg":
			typ = "JPG"
		case "png":
			typ = "PNG"
		default:
			return fmt.Errorf("page %d: image type %q: want jpeg or png", i+1, p.ImageType)
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(p.Image))
		if err != nil {
			return fmt.Errorf("page %d image: %w", i+1, err)
		}
		if float64(cfg.Width) != p.Width || float64(cfg.Height) != p.Height {
			return fmt.Errorf("page %d: image is %dx%d px, words are for %gx%g", i+1, cfg.Width, cfg.Height, p.Width, p.Height)
		}
		name := fmt.Sprintf("page%d", i+1)
		doc.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(p.Image))
		if err := doc.Error(); err != nil {
			return fmt.Errorf("page %d image: %w", i+1, err)
		}
		addPage(doc, p)
		doc.ImageOptions(name, 0, 0, points(p.Width, p.DPI), points(p.Height, p.DPI), false, fpdf.ImageOptions{ImageType: typ}, 0, "")
		drawWords(doc, p)
	}
	return finish(doc, w)
}

// writeLayer writes a PDF of the text layers alone, a page per page, for
// grafting onto an existing PDF.
func writeLayer(w io.Writer, pages []Page, opts Options) error {
	doc, err := newDoc(opts)
	if err != nil {
		return err
	}
	for i := range pages {
		if err := pages[i].check(i + 1); err != nil {
			return err
		}
		addPage(doc, &pages[i])
		drawWords(doc, &pages[i])
	}
	return finish(doc, w)
}
