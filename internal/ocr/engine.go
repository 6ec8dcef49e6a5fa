package ocr

import (
	"context"
	"fmt"
	"image"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/vidoc/vidoc/internal/cputime"
	"github.com/vidoc/vidoc/internal/input"
)

// initMu serializes Tesseract initialisation: gosseract's Init points the
// process's stderr at a buffer while it runs, so two at once would lose
// each other's stderr (and any log line written meanwhile).
var initMu sync.Mutex

// DefaultRecycleEvery is how many pages a client reads before it is
// replaced, a bound on whatever Tesseract might keep between pages; a new
// client costs about a second of loading. It was the remedy for
// gosseract's word boxes, which leak every word's string: the shim reads
// the results on gosseract's client and frees them, and 40 pages read
// without recycling leave the C and Go heaps flat (TestPipelineMemoryIsFlat).
const DefaultRecycleEvery = 50

// Options configures an Engine. The zero value reads Vietnamese with the
// defaults; Upright, Deskew and enlarging small print are on unless
// disabled.
type Options struct {
	Lang         string // Tesseract languages, "vie" when empty ("vie+eng" for several)
	Alternatives bool   // keep each glyph's top choices (Word.Chars), through Tesseract's choice iterator
	RecycleEvery int    // pages per client before it is replaced; DefaultRecycleEvery when 0
	NoUpright    bool   // skip orientation detection (pages turned 90/180/270°)
	NoDeskew     bool   // skip small-skew correction
	KeepImage    bool   // keep a copy of the prepared page's pixels in Result.Image
	NoUpscale    bool   // read a page of small print as it is, not enlarged (upscale.go)
	// TesseractLog lets Tesseract print its own messages on stderr, and
	// Leptonica its infos and warnings. They are discarded otherwise:
	// "Invalid resolution 0 dpi" for every page without a resolution, "Too few characters. Skipping this page" for
	// every near-blank one, two lines a page breaking the progress bar and
	// the JSON events of an archive's scan, and saying nothing vidoc does
	// not report itself.
	TesseractLog bool
	// Clean, when set, is given the prepared page (upright and deskewed,
	// as Result.Image holds it) and the page's dpi (0 when unknown), and
	// returns boxes to paint white before Tesseract reads it: marks that
	// are no print and spoil the reading of the print beside them, such
	// as the rules of a ruled table (layout.TableRules). Result.Image
	// keeps them, Result.Cleaned lists them; the CPU time Clean took is
	// Result.CleanCPU.
	Clean func(img image.Image, dpi int) []image.Rectangle
}

// Engine reads pages with one Tesseract client. It is not safe for
// concurrent use: make one Engine per worker. Close may be called any
// number of times, even from two goroutines at once, but never while a
// Recognize runs.
type Engine struct {
	closeMu sync.Mutex // a second Close, even a concurrent one, frees nothing twice
	opts    Options
	client  recognizer
	osd     *osdDetector
	pages   int // pages read by the current client
}

// NewEngine checks that the language models are installed and loads them.
func NewEngine(opts Options) (*Engine, error) {
	if opts.Lang == "" {
		opts.Lang = "vie"
	}
	if opts.RecycleEvery <= 0 {
		opts.RecycleEvery = DefaultRecycleEvery
	}
	if err := checkModels(opts.Lang); err != nil {
		return nil, err
	}
	e := &Engine{opts: opts}
	if !opts.NoUpright {
		if err := checkModels("osd"); err != nil {
			return nil, fmt.Errorf("%w (or turn orientation detection off)", err)
		}
		initMu.Lock()
		osd, err := newOSD()
		initMu.Unlock()
		if err != nil {
			return nil, err
		}
		e.osd = osd
	}
	if err := e.newClient(); err != nil {
		e.Close()
		return nil, err
	}
	return e, nil
}

func (e *Engine) newClient() error {
	c, err := newTessClient(e.opts.Lang, e.opts.Alternatives, e.opts.TesseractLog)
	if err != nil {
		return fmt.Errorf("tesseract %s: %w", e.opts.Lang, err)
	}
	e.client, e.pages = c, 0
	return nil
}

// Close frees the Tesseract clients. It may be called more than once.
func (e *Engine) Close() error {
	e.closeMu.Lock()
	defer e.closeMu.Unlock()
	if e.client != nil {
		e.client.close()
		e.client = nil
	}
	e.osd.close()
	e.osd = nil
	return nil
}

// Recognize reads one page. Errors name the file and page.
func (e *Engine) Recognize(ctx context.Context, page input.Page) (*Result, error) {
	fail := func(err error) (*Result, error) {
		return nil, fmt.Errorf("ocr %s page %d: %w", page.Source, page.Number, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if e.client == nil {
		return fail(fmt.Errorf("engine is closed"))
	}
	if e.pages >= e.opts.RecycleEvery {
		e.client.close()
		e.client = nil
		if err := e.newClient(); err != nil {
			return fail(err)
		}
	}
	e.pages++
	// The page is decoded once: turning it, deskewing it, reading it and
	// the copy layout looks at all work on the same pixels.
	img, err := decodePage(page)
	if err != nil {
		return fail(err)
	}
	prep, err := prepare(e.osd, !e.opts.NoDeskew, img, page.DPI)
	img.free()
	if err != nil {
		return fail(err)
	}
	// Small print is enlarged before anything looks at it (upscale.go).
	dpi, inWidth, inHeight := page.DPI, 0, 0
	if !e.opts.NoUpscale {
		big, ok, err := enlarge(prep.image)
		if err != nil {
			prep.image.free()
			return fail(err)
		}
		if ok {
			inWidth, inHeight = prep.width, prep.height
			prep.image.free()
			prep.image = big
			prep.width, prep.height = big.size()
			if dpi > 0 {
				dpi = int(math.Round(float64(dpi) * float64(prep.width) / float64(inWidth)))
				big.setResolution(dpi)
			}
		}
	}
	defer prep.image.free()
	// The copy layout gets is taken before Clean paints anything white:
	// layout finds the same marks on it.
	var kept image.Image
	if e.opts.KeepImage || e.opts.Clean != nil {
		if kept, err = prep.image.goImage(); err != nil {
			return fail(err)
		}
	}
	var cleanCPU time.Duration
	var cleaned []image.Rectangle
	if e.opts.Clean != nil {
		t0 := cputime.Thread()
		cleaned = e.opts.Clean(kept, dpi)
		for _, r := range cleaned {
			if err := prep.image.whiten(r); err != nil {
				return fail(err)
			}
		}
		cleanCPU = cputime.Thread() - t0
	}
	boxes, err := e.client.recognize(prep.image)
	if err != nil {
		return fail(err)
	}
	res := assemble(boxes)
	res.Source, res.Page, res.Pages = page.Source, page.Number, page.Count
	res.Width, res.Height, res.DPI = prep.width, prep.height, dpi
	if inWidth > 0 {
		res.inWidth, res.inHeight, res.inDPI = inWidth, inHeight, page.DPI
	}
	res.Rotation, res.Skew = prep.rotation, prep.skew
	res.CleanCPU, res.Cleaned = cleanCPU, cleaned
	if e.opts.KeepImage {
		// The stage that looks at the pixels brings the boxes back
		// when it is done with them (Result.Unscale).
		res.Image = kept
	} else {
		res.Unscale()
	}
	return res, nil
}

// PagesDecoded is how many pages the OCR stage has decoded in this
// process (encoded pages decoded, TIFF pages read from their file, grey
// pages taken as they are). Reading a document costs one per page: tests
// read it to prove that no page is decoded twice.
func PagesDecoded() int64 { return pagesDecoded() }

// assemble builds the page text, lines and words from Tesseract's word
// boxes, the way Tesseract's own text output does: words of a line joined by
// spaces, a blank line between paragraphs.
func assemble(boxes []wordBox) *Result {
	res := &Result{}
	var text strings.Builder
	var line *Line
	var lineWords int
	var sum float64
	prevBlock, prevPar, prevLine := -1, -1, -1
	flush := func() {
		if line != nil {
			line.Confidence /= float64(lineWords)
			res.Lines = append(res.Lines, *line)
			line = nil
		}
	}
	for _, b := range boxes {
		word := strings.TrimSpace(b.Word)
		if word == "" {
			continue
		}
		box := b.Box
		res.Words = append(res.Words, Word{Text: word, Box: box, Confidence: b.Confidence,
			Block: b.BlockNum, Par: b.ParNum, Line: b.LineNum})
		sum += b.Confidence
		res.Words[len(res.Words)-1].Chars = b.Chars
		newPar := b.BlockNum != prevBlock || b.ParNum != prevPar
		if newPar || b.LineNum != prevLine {
			flush()
			if text.Len() > 0 {
				text.WriteByte('\n')
				if newPar {
					text.WriteByte('\n')
				}
			}
			line = &Line{Text: word, Box: box, Confidence: b.Confidence}
			lineWords = 1
			text.WriteString(word)
		} else {
			line.Text += " " + word
			line.Box = line.Box.union(box)
			line.Confidence += b.Confidence
			lineWords++
			text.WriteByte(' ')
			text.WriteString(word)
		}
		prevBlock, prevPar, prevLine = b.BlockNum, b.ParNum, b.LineNum
	}
	flush()
	if len(res.Words) > 0 {
		res.MeanConfidence = sum / float64(len(res.Words))
	}
	res.Text = text.String()
	return res
}
