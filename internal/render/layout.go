package render

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"strings"
	"unicode"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"
)

// DefaultFontPath is a serif font with every precomposed Vietnamese letter,
// installed by Debian's fonts-dejavu-core. (Debian 12's Liberation fonts are
// version 1 and lack most of them: Pages refuses such a font.)
const DefaultFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

// Options controls the page geometry and the type. Zero fields take the
// defaults of DefaultOptions.
type Options struct {
	FontPath     string  // TrueType/OpenType file; DefaultFontPath when empty
	SizePt       float64 // type size in points (13 pt is the usual size of Vietnamese directives)
	DPI          int     // pixels per inch of the page image
	PageWidthMM  float64 // A4 is 210 × 297 mm
	PageHeightMM float64
	MarginMM     float64 // the same margin on all four sides
	LineSpacing  float64 // baseline distance as a multiple of the type size
}

// DefaultOptions returns A4 pages at 300 dpi in 13 pt DejaVu Serif.
func DefaultOptions() Options {
	return Options{
		FontPath:     DefaultFontPath,
		SizePt:       13,
		DPI:          300,
		PageWidthMM:  210,
		PageHeightMM: 297,
		MarginMM:     20,
		LineSpacing:  1.35,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.FontPath == "" {
		o.FontPath = d.FontPath
	}
	if o.SizePt == 0 {
		o.SizePt = d.SizePt
	}
	if o.DPI == 0 {
		o.DPI = d.DPI
	}
	if o.PageWidthMM == 0 {
		o.PageWidthMM = d.PageWidthMM
	}
	if o.PageHeightMM == 0 {
		o.PageHeightMM = d.PageHeightMM
	}
	if o.MarginMM == 0 {
		o.MarginMM = d.MarginMM
	}
	if o.LineSpacing == 0 {
		o.LineSpacing = d.LineSpacing
	}
	return o
}

func (o Options) validate() error {
	switch {
	case o.SizePt <= 0 || o.SizePt > 200:
		return fmt.Errorf("render: type size %g pt out of range", o.SizePt)
	case o.DPI < 50 || o.DPI > 1200:
		return fmt.Errorf("render: %d dpi out of range 50..1200", o.DPI)
	case o.PageWidthMM <= 2*o.MarginMM || o.PageHeightMM <= 2*o.MarginMM:
		return errors.New("render: margins leave no room on the page")
	case o.LineSpacing < 0.5:
		return fmt.Errorf("render: line spacing %g too small", o.LineSpacing)
	}
	return nil
}

func mmToPx(mm float64, dpi int) int { return int(mm/25.4*float64(dpi) + 0.5) }

// geometry is a page's size, margin and line pitch in pixels, and the
// ascent of its type.
func geometry(opts Options, face font.Face) (width, height, margin, lineHeight, ascent int) {
	return mmToPx(opts.PageWidthMM, opts.DPI), mmToPx(opts.PageHeightMM, opts.DPI), mmToPx(opts.MarginMM, opts.DPI),
		int(opts.SizePt/72*float64(opts.DPI)*opts.LineSpacing + 0.5), face.Metrics().Ascent.Ceil()
}

// Pages lays text out on pages and draws it black on white. Lines are wrapped
// at spaces (a word wider than the line is split), blank lines are kept, and a
// form feed (\f) starts a new page. The text is put in NFC first, because the
// fonts carry precomposed Vietnamese letters and the drawer does no shaping of
// combining marks. The same text and options always give the same pixels.
func Pages(text string, opts Options) ([]*image.Gray, error) {
	opts = opts.withDefaults()
	if err := opts.validate(); err != nil {
		return nil, err
	}
	text = norm.NFC.String(strings.ReplaceAll(text, "\r\n", "\n"))
	face, err := loadFace(opts, text)
	if err != nil {
		return nil, err
	}
	defer face.Close()

	width, height, margin, lineHeight, ascent := geometry(opts, face)
	linesPerPage := (height - 2*margin - ascent) / lineHeight
	if linesPerPage < 1 {
		return nil, errors.New("render: page too short for one line of text")
	}
	maxWidth := fixed.I(width - 2*margin)

	var pages []*image.Gray
	for _, pageText := range strings.Split(text, "\f") {
		var lines []string
		for _, para := range strings.Split(strings.TrimSuffix(pageText, "\n"), "\n") {
			lines = append(lines, wrap(face, para, maxWidth)...)
		}
		for len(lines) > 0 {
			n := min(linesPerPage, len(lines))
			pages = append(pages, drawPage(face, lines[:n], width, height, margin, ascent, lineHeight))
			lines = lines[n:]
		}
	}
	if len(pages) == 0 {
		pages = append(pages, drawPage(face, nil, width, height, margin, ascent, lineHeight))
	}
	return pages, nil
}

// loadFace opens the font and checks that it can draw every letter of text:
// a missing glyph would silently turn into a box and corrupt the truth.
func loadFace(opts Options, text string) (font.Face, error) {
	data, err := os.ReadFile(opts.FontPath)
	if err != nil {
		return nil, fmt.Errorf("render: font: %w", err)
	}
	f, err := opentype.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("render: font %s: %w", opts.FontPath, err)
	}
	var buf sfnt.Buffer
	for _, r := range text {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
			return nil, fmt.Errorf("render: font %s has no glyph for %q (U+%04X)", opts.FontPath, r, r)
		}
	}
	face, err := opentype.NewFace(f, &opentype.FaceOptions{
		Size:    opts.SizePt,
		DPI:     float64(opts.DPI),
		Hinting: font.HintingNone,
	})
	if err != nil {
		return nil, fmt.Errorf("render: font %s: %w", opts.FontPath, err)
	}
	return face, nil
}

// wrap breaks one paragraph into lines no wider than maxWidth. Leading
// spaces are kept as indentation; an empty paragraph is one blank line.
func wrap(face font.Face, para string, maxWidth fixed.Int26_6) []string {
	para = strings.TrimRightFunc(para, unicode.IsSpace)
	if para == "" {
		return []string{""}
	}
	indent := para[:len(para)-len(strings.TrimLeft(para, " \t"))]
	indent = strings.ReplaceAll(indent, "\t", "    ")
	var lines []string
	line := indent
	for _, word := range strings.Fields(para) {
		candidate := line + word
		if line != indent && !strings.HasSuffix(line, " ") {
			candidate = line + " " + word
		}
		if font.MeasureString(face, candidate) <= maxWidth {
			line = candidate
			continue
		}
		if line != indent {
			lines = append(lines, line)
			line = ""
		}
		// A word wider than the whole line is cut where it overflows.
		for font.MeasureString(face, line+word) > maxWidth {
			cut := fitPrefix(face, line, word, maxWidth)
			lines = append(lines, line+word[:cut])
			line, word = "", word[cut:]
		}
		line += word
	}
	return append(lines, line)
}

// fitPrefix returns the byte length of the longest prefix of word (at least
// one rune) that fits after line.
func fitPrefix(face font.Face, line, word string, maxWidth fixed.Int26_6) int {
	cut := 0
	for i, r := range word {
		end := i + len(string(r))
		if cut > 0 && font.MeasureString(face, line+word[:end]) > maxWidth {
			break
		}
		cut = end
	}
	return cut
}

// Blank returns a white page of width × height pixels.
func Blank(width, height int) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, width, height))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{Y: 255}), image.Point{}, draw.Src)
	return img
}

func drawPage(face font.Face, lines []string, width, height, margin, ascent, lineHeight int) *image.Gray {
	img := Blank(width, height)
	d := font.Drawer{Dst: img, Src: image.NewUniform(color.Gray{Y: 0}), Face: face}
	for i, line := range lines {
		d.Dot = fixed.P(margin, margin+ascent+i*lineHeight)
		d.DrawString(line)
	}
	return img
}

// WrapRunes fills lines of at most width characters with words, for text
// whose width is counted in characters rather than measured in a face.
func WrapRunes(words []string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range words {
		if cur != "" && len([]rune(cur))+1+len([]rune(w)) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}
