package pagegen

import (
	"fmt"
	"strings"

	"image"

	"github.com/vidoc/vidoc/internal/render"
)

// Page is one page of a document: the text drawn on it and its image.
type Page struct {
	Text  string
	Image *image.Gray
}

// SplitPages lays text out in the given style and returns one Page per page,
// each holding exactly the text drawn on it, so that the OCR of a page can be
// paired with its truth. Text is cut at line ends, or inside a paragraph too
// long for a page at spaces; render.Pages decides what fits.
func SplitPages(text string, style Style) ([]Page, error) {
	opts := render.Options{FontPath: style.Font, SizePt: style.SizePt, DPI: style.DPI}
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\f", "\n")
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	budget := pageCapacity(style)

	var pages []Page
	var renderChunk func(chunk []string) error
	renderChunk = func(chunk []string) error {
		imgs, err := render.Pages(strings.Join(chunk, "\n"), opts)
		if err != nil {
			return err
		}
		if len(imgs) == 1 {
			pages = append(pages, Page{Text: strings.Join(chunk, "\n"), Image: imgs[0]})
			return nil
		}
		// Too much for one page: halve by lines, or a lone paragraph by words.
		if len(chunk) > 1 {
			half := len(chunk) / 2
			if err := renderChunk(chunk[:half]); err != nil {
				return err
			}
			return renderChunk(chunk[half:])
		}
		words := strings.Fields(chunk[0])
		if len(words) < 2 {
			return fmt.Errorf("pagegen: a word of %d characters does not fit a page", len(chunk[0]))
		}
		half := len(words) / 2
		if err := renderChunk([]string{strings.Join(words[:half], " ")}); err != nil {
			return err
		}
		return renderChunk([]string{strings.Join(words[half:], " ")})
	}

	// Fill pages greedily to an estimated 90% of their capacity, counting a
	// paragraph as the lines it wraps to.
	var chunk []string
	used := 0
	for _, line := range lines {
		cost := max(1, (len([]rune(line))+budget.charsPerLine-1)/budget.charsPerLine) * budget.charsPerLine
		if len(chunk) > 0 && used+cost > budget.chars*9/10 {
			if err := renderChunk(chunk); err != nil {
				return nil, err
			}
			chunk, used = nil, 0
		}
		chunk = append(chunk, line)
		used += cost
	}
	if len(chunk) > 0 && strings.TrimSpace(strings.Join(chunk, "")) != "" {
		if err := renderChunk(chunk); err != nil {
			return nil, err
		}
	}
	// Blank pages teach nothing; a chunk of blank lines may still make one.
	kept := pages[:0]
	for _, p := range pages {
		if strings.TrimSpace(p.Text) != "" {
			kept = append(kept, p)
		}
	}
	return kept, nil
}

// capacity is a rough estimate of what fits on an A4 page.
type capacity struct{ chars, charsPerLine int }

// pageCapacity estimates characters per line (average glyph about half the
// type size wide) and lines per page of render's default A4 layout.
func pageCapacity(style Style) capacity {
	d := render.DefaultOptions()
	widthPt := (d.PageWidthMM - 2*d.MarginMM) / 25.4 * 72
	heightPt := (d.PageHeightMM - 2*d.MarginMM) / 25.4 * 72
	perLine := max(10, int(widthPt/(style.SizePt*0.5)))
	lines := max(1, int(heightPt/(style.SizePt*d.LineSpacing))-1)
	return capacity{chars: perLine * lines, charsPerLine: perLine}
}
