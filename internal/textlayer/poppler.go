package textlayer

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/extcmd"
	"github.com/vidoc/vidoc/internal/input"
)

// run runs one poppler-utils program and returns its stdout. A password
// prompt becomes input.ErrEncrypted and any other failure input.ErrCorrupt,
// with poppler's message, so callers sort failures as they do for
// rasterized PDFs.
func run(ctx context.Context, name string, args ...string) ([]byte, error) {
	out, err := extcmd.Run(ctx, extcmd.Cmd{Name: name, Package: "poppler-utils", Args: args})
	switch {
	case err == nil:
		return out, nil
	case ctx.Err() != nil:
		return nil, err
	case strings.Contains(err.Error(), "Incorrect password"):
		return nil, input.ErrEncrypted
	}
	return nil, fmt.Errorf("%w: %v", input.ErrCorrupt, err)
}

// bboxDoc is the XHTML `pdftotext -bbox-layout` writes: pages of flows of
// blocks of lines of words, each with its box in PDF points from the
// page's top-left corner.
type bboxDoc struct {
	Pages []struct {
		Width  float64 `xml:"width,attr"`
		Height float64 `xml:"height,attr"`
		Flows  []struct {
			Blocks []struct {
				bboxAttrs
				Lines []struct {
					bboxAttrs
					Words []struct {
						bboxAttrs
						Text string `xml:",chardata"`
					} `xml:"word"`
				} `xml:"line"`
			} `xml:"block"`
		} `xml:"flow"`
	} `xml:"body>doc>page"`
}

type bboxAttrs struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
}

func (a bboxAttrs) box() Box { return Box{a.XMin, a.YMin, a.XMax, a.YMax} }

// readLayout runs pdftotext -bbox-layout over pages first..last (1-based;
// last 0 is the last page) and returns them as Pages holding only their
// size and text.
func readLayout(ctx context.Context, path string, first, last int) ([]Page, error) {
	args := []string{"-bbox-layout", "-enc", "UTF-8", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	out, err := run(ctx, "pdftotext", append(args, path, "-")...)
	if err != nil {
		return nil, err
	}
	var doc bboxDoc
	dec := xml.NewDecoder(bytes.NewReader(xmlChars(out)))
	dec.Strict = false // the XHTML DOCTYPE names entities encoding/xml does not know
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("%w: pdftotext output: %v", input.ErrCorrupt, err)
	}
	pages := make([]Page, len(doc.Pages))
	for i, dp := range doc.Pages {
		p := &pages[i]
		p.Number = first + i
		p.WidthPt, p.HeightPt = dp.Width, dp.Height
		for _, f := range dp.Flows {
			for _, b := range f.Blocks {
				blk := Block{Box: b.box()}
				for _, l := range b.Lines {
					line := Line{Box: l.box()}
					for _, w := range l.Words {
						if t := strings.TrimSpace(w.Text); t != "" {
							line.Words = append(line.Words, Word{Text: t, Box: w.box()})
						}
					}
					if len(line.Words) > 0 {
						blk.Lines = append(blk.Lines, line)
					}
				}
				if len(blk.Lines) > 0 {
					p.Blocks = append(p.Blocks, blk)
				}
			}
		}
	}
	return pages, nil
}

// xmlChars makes pdftotext's XHTML readable by encoding/xml: pdftotext
// writes a word's characters as the font maps them, raw, and fonts of old
// born-digital papers map glyphs (ligatures such as "ffi") to control
// characters, which XML forbids, so that one such glyph failed the whole
// file as corrupt. Every character XML 1.0 does not allow, and any byte
// that is not UTF-8, becomes U+FFFD, an unreadable character the triage
// counts as such. Output without them is returned as it is.
func xmlChars(b []byte) []byte {
	if utf8.Valid(b) && bytes.IndexFunc(b, notXMLChar) < 0 {
		return b
	}
	return bytes.Map(func(r rune) rune {
		if notXMLChar(r) {
			return utf8.RuneError
		}
		return r
	}, b)
}

// notXMLChar: r is outside XML 1.0's Char production.
func notXMLChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF, r > 0x10FFFF:
		return true
	}
	return false
}

// pageCount asks pdfinfo how many pages path has.
func pageCount(ctx context.Context, path string) (int, error) {
	out, err := run(ctx, "pdfinfo", path)
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				break
			}
			if n < 1 {
				return 0, fmt.Errorf("%w: PDF has no pages", input.ErrCorrupt)
			}
			return n, nil
		}
	}
	return 0, fmt.Errorf("%w: pdfinfo reports no page count", input.ErrCorrupt)
}

// Font is a font a page uses, as pdffonts lists it.
type Font struct {
	Name      string `json:"name"`     // without the subset prefix (ABCDEF+)
	Type      string `json:"type"`     // "TrueType", "CID TrueType", "Type 1"…
	Encoding  string `json:"encoding"` // "WinAnsi", "Identity-H", "Custom"…
	Embedded  bool   `json:"embedded"`
	ToUnicode bool   `json:"to_unicode"` // the font maps its codes to Unicode
}

// readFonts runs pdffonts on one page. Its table has fixed-width columns
// under a dashed rule; the rule's runs of dashes give the columns, since
// font names and types may hold spaces.
func readFonts(ctx context.Context, path string, page int) ([]Font, error) {
	n := strconv.Itoa(page)
	out, err := run(ctx, "pdffonts", "-f", n, "-l", n, path)
	if err != nil {
		return nil, err
	}
	return parseFonts(string(out)), nil
}

func parseFonts(table string) []Font {
	lines := strings.Split(table, "\n")
	var cols [][2]int
	var fonts []Font
	for _, line := range lines {
		if cols == nil {
			if strings.HasPrefix(line, "---") {
				cols = dashRuns(line)
			}
			continue
		}
		if len(cols) < 7 || strings.TrimSpace(line) == "" {
			continue
		}
		field := func(i int) string {
			a, b := cols[i][0], min(cols[i][1], len(line))
			if a >= len(line) {
				return ""
			}
			return strings.TrimSpace(line[a:b])
		}
		name := field(0)
		if i := strings.IndexByte(name, '+'); i == 6 {
			name = name[i+1:]
		}
		fonts = append(fonts, Font{
			Name:      name,
			Type:      field(1),
			Encoding:  field(2),
			Embedded:  field(3) == "yes",
			ToUnicode: field(5) == "yes",
		})
	}
	return fonts
}

// dashRuns returns the [start, end) byte ranges of the runs of '-' in rule.
func dashRuns(rule string) [][2]int {
	var runs [][2]int
	start := -1
	for i := 0; i <= len(rule); i++ {
		dash := i < len(rule) && rule[i] == '-'
		switch {
		case dash && start < 0:
			start = i
		case !dash && start >= 0:
			runs = append(runs, [2]int{start, i})
			start = -1
		}
	}
	// The last column may be wider than its dashes ("object ID" values).
	if len(runs) > 0 {
		runs[len(runs)-1][1] = 1 << 20
	}
	return runs
}

// pageImages is what pdfimages -list tells of one page's images.
type pageImages struct {
	area    float64 // square points covered, from each image's pixels and the resolution it is drawn at
	dpi     int     // x resolution of the largest image
	largest float64 // pixels of the largest image
}

// readImages runs pdfimages -list over pages first..last (1-based) and
// returns their images, index 0 for page first.
func readImages(ctx context.Context, path string, first, last int) ([]pageImages, error) {
	out, err := run(ctx, "pdfimages", "-list", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), path)
	if err != nil {
		return nil, err
	}
	pages := make([]pageImages, last-first+1)
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 14 || (f[2] != "image" && f[2] != "stencil") {
			continue
		}
		page, err1 := strconv.Atoi(f[0])
		w, err2 := strconv.ParseFloat(f[3], 64)
		h, err3 := strconv.ParseFloat(f[4], 64)
		xppi, err4 := strconv.ParseFloat(f[12], 64)
		yppi, err5 := strconv.ParseFloat(f[13], 64)
		if err := errors.Join(err1, err2, err3, err4, err5); err != nil || page < first || page > last || xppi <= 0 || yppi <= 0 {
			continue
		}
		p := &pages[page-first]
		p.area += (w / xppi * 72) * (h / yppi * 72)
		if w*h > p.largest {
			p.largest, p.dpi = w*h, int(xppi+0.5)
		}
	}
	return pages, nil
}
