package pagegen

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/viet"
)

// Options controls a generation run.
type Options struct {
	Out         string   // folder the pairs are written to
	Models      []string // tesseract models by short name (see Models)
	Fonts       []string // font files to draw from (see Fonts); missing ones are skipped
	DPIs        []int    // resolutions to draw from (see Resolutions)
	Seed        uint64   // same seed, inputs and options: same pages, same pairs
	PagesPerDoc int      // at most this many pages of each document, spread through it; 0 for all
	Jobs        int      // pages processed at once (each runs one tesseract at a time)
	KeepImages  bool     // also write <name>.png, the degraded page tesseract read
	Logger      *slog.Logger
}

// Record describes one generated page; Generate appends one per page to
// <out>/manifest.jsonl so that every pair can be traced and remade.
type Record struct {
	Name       string             `json:"name"`
	Source     string             `json:"source"`
	Page       int                `json:"page"` // 1-based page of the source document
	Style      Style              `json:"style"`
	Degrade    Degrade            `json:"degrade"`
	Syllables  int                `json:"syllables"`
	OCRSeconds map[string]float64 `json:"ocr_seconds"`
}

// Summary counts what a run did.
type Summary struct {
	Pages      int                // pages written
	Failed     int                // pages or page models that failed (logged)
	OCRSeconds map[string]float64 // total tesseract time by model
	Elapsed    time.Duration
}

// task is one page waiting to be degraded and read.
type task struct {
	rec  Record
	page Page
}

// Generate lays out each input text file, degrades the chosen pages and
// writes <out>/<name>.truth.txt, <name>.stripped.txt (diacritics removed by
// code) and <name>.<model>.txt for every model, where name is the input's
// base name and the page number (congbot__12_2012_QD_UBND_p003). Pages whose
// outputs all exist already are skipped, so an interrupted run resumes.
func Generate(ctx context.Context, inputs []string, opts Options) (Summary, error) {
	start := time.Now()
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	if len(opts.Models) == 0 {
		opts.Models = Models
	}
	if len(opts.DPIs) == 0 {
		opts.DPIs = Resolutions
	}
	fonts := InstalledFonts(opts.Fonts)
	if len(opts.Fonts) == 0 {
		fonts = InstalledFonts(Fonts)
	}
	if len(fonts) == 0 {
		return Summary{}, errors.New("pagegen: none of the fonts is installed")
	}
	jobs := max(opts.Jobs, 1)
	installed, err := InstalledModels(ctx)
	if err != nil {
		return Summary{}, err
	}
	langs := map[string]string{}
	for _, m := range opts.Models {
		l := tessLang(m, installed)
		if !installed[l] {
			return Summary{}, fmt.Errorf("pagegen: tesseract model %q is not installed", m)
		}
		langs[m] = l
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return Summary{}, fmt.Errorf("pagegen: %w", err)
	}
	manifest, err := os.OpenFile(filepath.Join(opts.Out, "manifest.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return Summary{}, fmt.Errorf("pagegen: %w", err)
	}
	defer manifest.Close()
	imgDir, err := os.MkdirTemp("", "pagegen-")
	if err != nil {
		return Summary{}, fmt.Errorf("pagegen: %w", err)
	}
	defer os.RemoveAll(imgDir)

	sum := Summary{OCRSeconds: map[string]float64{}}
	var mu sync.Mutex // guards sum and manifest
	tasks := make(chan task)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(tasks)
		for _, in := range inputs {
			if err := queueDocument(gctx, in, opts, fonts, tasks, log); err != nil {
				log.Error("pagegen: skipped document", "file", in, "err", err)
				mu.Lock()
				sum.Failed++
				mu.Unlock()
				if gctx.Err() != nil {
					return gctx.Err()
				}
			}
		}
		return nil
	})
	for range jobs {
		g.Go(func() error {
			for t := range tasks {
				rec, err := processPage(gctx, t, opts, langs, imgDir, log)
				mu.Lock()
				if err != nil {
					sum.Failed++
					log.Error("pagegen: page failed", "name", t.rec.Name, "err", err)
				} else {
					sum.Pages++
					for m, s := range rec.OCRSeconds {
						sum.OCRSeconds[m] += s
					}
					line, _ := json.Marshal(rec)
					_, err = manifest.Write(append(line, '\n'))
				}
				mu.Unlock()
				if err != nil && gctx.Err() != nil {
					return gctx.Err()
				}
			}
			return nil
		})
	}
	err = g.Wait()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// queueDocument lays one document out and queues its chosen pages.
func queueDocument(ctx context.Context, path string, opts Options, fonts []string, tasks chan<- task, log *slog.Logger) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	doc := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	rng := rand.New(rand.NewPCG(opts.Seed, nameHash(doc)))
	style := RandomStyle(rng, fonts, opts.DPIs)
	pages, err := SplitPages(string(data), style)
	// A font lacking a letter of the document gives way to the next one.
	first := slices.Index(fonts, style.Font)
	for k := 1; err != nil && k < len(fonts); k++ {
		log.Debug("pagegen: font unusable", "file", path, "font", style.Font, "err", err)
		style.Font = fonts[(first+k)%len(fonts)]
		pages, err = SplitPages(string(data), style)
	}
	if err != nil {
		return err
	}
	chosen := spread(len(pages), opts.PagesPerDoc)
	log.Debug("pagegen: document laid out", "file", path, "pages", len(pages), "chosen", len(chosen), "font", filepath.Base(style.Font), "size", style.SizePt, "dpi", style.DPI)
	for i := range pages {
		// Draw every page's damage, chosen or not, so that a page's damage
		// does not depend on how many pages are taken.
		deg := RandomDegrade(rng)
		if !chosen[i] {
			pages[i].Image = nil
			continue
		}
		rec := Record{Name: fmt.Sprintf("%s_p%03d", doc, i+1), Source: path, Page: i + 1, Style: style, Degrade: deg,
			Syllables: len(strings.Fields(pages[i].Text))}
		select {
		case tasks <- task{rec: rec, page: pages[i]}:
		case <-ctx.Done():
			return ctx.Err()
		}
		pages[i].Image = nil
	}
	return nil
}

// spread picks up to k of n pages evenly through the document (all when k
// is 0 or at least n), so that a sample holds title pages, body and endings.
func spread(n, k int) map[int]bool {
	chosen := map[int]bool{}
	if k <= 0 || k >= n {
		for i := range n {
			chosen[i] = true
		}
		return chosen
	}
	for j := range k {
		chosen[j*n/k] = true
	}
	return chosen
}

// processPage degrades one page, writes its truth and stripped text, and
// runs each model on it, skipping outputs that already exist.
func processPage(ctx context.Context, t task, opts Options, langs map[string]string, imgDir string, log *slog.Logger) (Record, error) {
	rec := t.rec
	rec.OCRSeconds = map[string]float64{}
	base := filepath.Join(opts.Out, rec.Name)
	truth := strings.TrimRight(t.page.Text, "\n") + "\n"
	if err := writeFileAtomic(base+".truth.txt", truth); err != nil {
		return rec, err
	}
	if err := writeFileAtomic(base+".stripped.txt", viet.StripDiacritics(truth)); err != nil {
		return rec, err
	}
	var todo []string
	for _, m := range opts.Models {
		if _, err := os.Stat(base + "." + m + ".txt"); err != nil {
			todo = append(todo, m)
		}
	}
	if len(todo) == 0 && !opts.KeepImages {
		return rec, nil
	}
	img, err := rec.Degrade.Apply(t.page.Image)
	if err != nil {
		return rec, err
	}
	imgPath := filepath.Join(imgDir, rec.Name+".png")
	if opts.KeepImages {
		imgPath = base + ".png"
	}
	if err := render.WritePNG(imgPath, img, rec.Style.DPI); err != nil {
		return rec, err
	}
	if !opts.KeepImages {
		defer os.Remove(imgPath)
	}
	for _, m := range todo {
		start := time.Now()
		text, err := OCR(ctx, imgPath, langs[m])
		if err != nil {
			return rec, fmt.Errorf("page %s: %w", rec.Name, err)
		}
		rec.OCRSeconds[m] = time.Since(start).Seconds()
		if err := writeFileAtomic(base+"."+m+".txt", text); err != nil {
			return rec, err
		}
	}
	log.Info("pagegen: page done", "name", rec.Name, "dpi", rec.Style.DPI, "models", len(todo))
	return rec, nil
}

func nameHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// writeFileAtomic writes a page's text atomically, so an interrupted run
// never leaves a half-written pair that resume would keep.
func writeFileAtomic(path, text string) error {
	if err := atomicfile.WriteFile(path, []byte(text), 0o644); err != nil {
		return fmt.Errorf("pagegen: %w", err)
	}
	return nil
}
