package layout

import (
	"image"
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/ocr"
)

// word is an OCR word and what layout learned about it.
type word struct {
	ocr.Word
	tline  int     // index of its Tesseract line in page.tlines
	inked  bool    // the ink share below was measured
	colour float64 // share of its ink that is coloured, 0–1
	red    bool    // most of its coloured ink is red
	hand   bool    // handwriting filling a printed blank: never dropped
	// fixed: the word is part of a fixed header line (markFixed): print,
	// never dropped as noise, garbage or a grey stamp.
	fixed bool
	// inTable: the word lies in a table and reaches the text through
	// its cell, not its line. Words read again in a cell have tline -1.
	inTable bool
	// listed: the word is on a line of the Nơi nhận list, before its
	// first column gap (markListLines): the garbage filter keeps its line.
	listed bool
	// held: the word's line crosses a stamp or a seal and was given back
	// the words the drop rules took from it (markHeldLines): the garbage
	// filter keeps its line.
	held bool
	// framed: the word was dropped inside a stamp's frame (dropInFrame).
	framed bool
	// banner: the word is the e-signature banner's (markBanner).
	banner bool
	drop   string // why it is kept out of the text; "" when kept
}

// part is a run of words of one Tesseract line with no wide gap inside: a
// line of one column.
type part struct {
	words []int // indices into page.words, left to right
	box   ocr.Box
	tline int
	kind  Kind
	text  string
}

// page is the working state of Analyze.
type page struct {
	w, h   int
	img    image.Image
	words  []word
	tlines [][]int // word indices of each Tesseract line, in Tesseract's order
	// tpar is the (block, paragraph) of each Tesseract line.
	tpar  [][2]int
	parts []*part
	xh    int // median height of a confident word: the page's type size in pixels
	hand  []Handwritten
	snaps []Snapped
	// reordered is set when a header or closing was read by columns.
	reordered bool
	tables    []*table // ruled tables, top to bottom
	hrules    []rule   // horizontal rules of the page image that are no table's
	// bodyChunks are the body's parts between tables, in the order of
	// the body regions emitted.
	bodyChunks [][]*part
	// sealRuns are the bands of print lines crossing a grey seal's ring
	// that lost words inside it, read again on their own (rereadSealRuns).
	sealRuns []image.Rectangle
}

func newPage(res *ocr.Result, img image.Image) *page {
	p := &page{w: res.Width, h: res.Height, img: img}
	if img != nil {
		b := img.Bounds()
		if b.Dx() != p.w || b.Dy() != p.h {
			// Not the image the boxes refer to: do not look at it.
			p.img = nil
		}
	}
	prev := [3]int{-1, -1, -1}
	var heights []int
	for _, w := range res.Words {
		if strings.TrimSpace(w.Text) == "" {
			continue
		}
		key := [3]int{w.Block, w.Par, w.Line}
		if key != prev || len(p.tlines) == 0 {
			p.tlines = append(p.tlines, nil)
			p.tpar = append(p.tpar, [2]int{w.Block, w.Par})
			prev = key
		}
		t := len(p.tlines) - 1
		p.tlines[t] = append(p.tlines[t], len(p.words))
		p.words = append(p.words, word{Word: w, tline: t})
		if w.Confidence >= 60 && len([]rune(w.Text)) >= 2 {
			heights = append(heights, w.Box.Y1-w.Box.Y0)
		}
	}
	p.xh = 20
	if len(heights) > 0 {
		slices.Sort(heights)
		p.xh = max(4, heights[len(heights)/2])
	}
	return p
}

// kept reports whether word i reaches the text.
func (p *page) kept(i int) bool { return p.words[i].drop == "" }

// partOf builds a part from word indices, left to right.
func (p *page) partOf(tline int, idx []int) *part {
	pt := &part{words: idx, tline: tline}
	texts := make([]string, len(idx))
	for k, i := range idx {
		b := p.words[i].Box
		if k == 0 {
			pt.box = b
		} else {
			pt.box = union(pt.box, b)
		}
		texts[k] = p.words[i].Text
	}
	pt.text = strings.Join(texts, " ")
	return pt
}

// confidence is the mean confidence of a part's words, handwriting capped.
func (p *page) confidence(pt *part) float64 {
	if len(pt.words) == 0 {
		return 0
	}
	var sum float64
	for _, i := range pt.words {
		sum += p.wordConfidence(i)
	}
	return sum / float64(len(pt.words))
}

func (p *page) wordConfidence(i int) float64 {
	c := p.words[i].Confidence
	if p.words[i].hand {
		c = min(c, handConfidence)
	}
	return c
}

func union(a, b ocr.Box) ocr.Box {
	return ocr.Box{X0: min(a.X0, b.X0), Y0: min(a.Y0, b.Y0), X1: max(a.X1, b.X1), Y1: max(a.Y1, b.Y1)}
}

func centerX(b ocr.Box) int { return (b.X0 + b.X1) / 2 }
