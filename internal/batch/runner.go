package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/ordered"
	"github.com/vidoc/vidoc/internal/output"
)

// Options configure a Run.
type Options[C any] struct {
	OutDir  string
	Formats []Format // default: txt only without a Renderer, DefaultFormats with one
	Workers int      // OCR workers; default: CPU count
	Force   bool     // redo documents an earlier run finished
	Shard   Shard
	// Version (vidoc's build), Data (the versions of its data) and Key are
	// recorded in the manifest; a finished document is skipped only when
	// Version and Key still match (see RunKey). Key must cover Version,
	// Data and the settings; SettingsKey the settings alone.
	Version     string
	Data        string
	Key         string
	SettingsKey string
	// KeepOlder skips a finished document whose outputs an older vidoc or
	// older data wrote with the same settings, instead of redoing it; the
	// summary counts them (Summary.Older).
	KeepOlder bool

	Source        Source[C]
	NewRecognizer func() (Recognizer[C], error) // called once per worker
	Repairer      Repairer                      // default: text kept as OCR gave it
	// Adapt, with a Repairer that is Adaptive, repairs each document after
	// learning its damage (see Adaptive); default AdaptOff.
	Adapt    AdaptMode
	Renderer Renderer // default: text only
	Reporter Reporter // default: NoReporter
}

// pageSeparator joins the pages of a document: a blank line, which the
// structure parser treats as a paragraph break.
const pageSeparator = "\n\n"

// Run processes the inputs of opts.Shard and returns what it did. The error
// is nil when the run went through, even if some documents failed (see
// Summary.OK); it is the context's error after an interruption, and any other
// error means the run could not go on (output folder unwritable, OCR engine
// unavailable). After an interruption or a crash, running again finishes the
// work: documents are written whole and recorded only after being written.
func Run[C any](ctx context.Context, inputs []Input, opts Options[C]) (Summary, error) {
	start := time.Now()
	r, err := newRunner(opts)
	if err != nil {
		return Summary{}, err
	}
	defer r.spill.remove()
	selected := opts.Shard.Select(inputs)
	r.sum.Documents = len(selected)

	prev, err := loadManifests(opts.OutDir)
	if err != nil {
		return Summary{}, err
	}
	r.owned = prev.owned
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		return Summary{}, fmt.Errorf("output folder %s: %w", opts.OutDir, err)
	}
	// Clashing output names are found over all inputs, before any OCR, so
	// that every shard fails the same documents, each named.
	r.clashes = findClashes(inputs, r.opts.Formats, output.FoldsNames(opts.OutDir))
	r.manifest, err = openManifest(opts.OutDir, opts.Shard)
	if err != nil {
		return Summary{}, err
	}
	defer r.manifest.Close()
	for _, in := range inputs {
		if abs, err := filepath.Abs(in.Path); err == nil {
			r.inputPaths[abs] = true
		}
	}

	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r.cancel = cancel

	plans := make(chan plan[C], len(selected))
	go r.plan(ctx, selected, prev.latest, plans)

	// Pages go through the shared ordered pool: one Recognizer per worker,
	// and pages handed back in reading order, so documents are finished in
	// the order they were read. The window (the pages being recognised and
	// as many waiting) bounds the page images in memory.
	recognizers := make([]Recognizer[C], r.opts.Workers)
	err = ordered.Run(ctx, ordered.Options{Workers: r.opts.Workers, Window: 2 * r.opts.Workers},
		func(ctx context.Context, put func(job[C]) error) error {
			r.produce(ctx, plans, put)
			return nil
		},
		func(ctx context.Context, w int, j job[C]) (*docState[C], error) {
			return r.work(ctx, &recognizers[w], j)
		},
		func(d *docState[C]) error {
			r.release(ctx, d)
			return nil
		})
	if err != nil && context.Cause(ctx) == nil {
		cancel(err)
	}
	for _, rc := range recognizers {
		if rc != nil {
			rc.Close()
		}
	}
	// After an interruption, documents opened ahead are closed unread.
	for p := range plans {
		if p.doc != nil {
			p.doc.Close()
		}
	}

	sum := r.summary(time.Since(start))
	if cause := context.Cause(ctx); cause != nil {
		sum.Interrupted = true
		r.opts.Reporter.Finished(sum)
		return sum, cause
	}
	r.opts.Reporter.Finished(sum)
	return sum, nil
}

type runner[C any] struct {
	opts       Options[C]
	manifest   *manifestWriter
	cancel     context.CancelCauseFunc
	inputPaths map[string]bool
	// owned are the outputs (relative to OutDir) that some manifest says
	// vidoc wrote: only those may be replaced. Read-only during the run.
	owned   map[string]bool
	clashes map[string]error
	// temps lists each output folder's leftover temporary files once.
	temps *output.StaleTemps

	mu      sync.Mutex
	sum     Summary
	confSum float64
	confN   int // pages with an OCR confidence

	input, ocr, repair, structure, write atomic.Int64 // nanoseconds

	pool adaptPool // AdaptBatch

	// spill holds the channels of pages waiting for their document's
	// adapted repair (spill.go); spillWarn logs once that it could not.
	spill     spillDir
	spillWarn sync.Once
}

func newRunner[C any](opts Options[C]) (*runner[C], error) {
	if opts.OutDir == "" {
		return nil, errors.New("no output folder")
	}
	if opts.Source == nil || opts.NewRecognizer == nil {
		return nil, errors.New("batch: Source and NewRecognizer are required")
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.NumCPU()
	}
	if opts.Repairer == nil {
		opts.Repairer = passThrough{}
	}
	if opts.Renderer == nil {
		opts.Renderer = textOnly{}
		if len(opts.Formats) == 0 {
			opts.Formats = []Format{Text}
		}
	}
	if len(opts.Formats) == 0 {
		opts.Formats = DefaultFormats
	}
	if opts.Reporter == nil {
		opts.Reporter = NoReporter{}
	}
	return &runner[C]{opts: opts, inputPaths: make(map[string]bool), temps: output.NewStaleTemps()}, nil
}

// plan is a document after the cheap checks: hashed, skipped or not, and
// opened, so its pages are counted and it is opened once.
type plan[C any] struct {
	in    Input
	index int // in the run's inputs (of its shard)
	sha   string
	skip  *Record
	older bool // skipped although an older vidoc or data wrote it (KeepOlder)
	doc   Document[C]
	err   error
	start time.Time
}

// plan hashes each document, decides whether an earlier run finished it,
// fails it at once when its outputs cannot be written (a clash, a user's
// file, a link), and opens it, which counts its pages, running ahead of OCR
// so the progress total fills early.
func (r *runner[C]) plan(ctx context.Context, ins []Input, prev map[string]Record, out chan<- plan[C]) {
	defer close(out)
	for i, in := range ins {
		if ctx.Err() != nil {
			return
		}
		p := plan[C]{in: in, index: i}
		switch {
		case in.Err != nil:
			p.err = fileError(in.Path, 0, in.Err)
		case r.clashes[in.Name] != nil:
			p.err = fileError(in.Path, 0, r.clashes[in.Name])
		default:
			r.removeTemps(in.Name)
			var err error
			if p.sha, err = hashFile(in.Path); err != nil {
				p.err = fileError(in.Path, 0, fmt.Errorf("read: %w", err))
			}
		}
		if rec, ok := prev[in.Name]; ok && p.err == nil && !r.opts.Force {
			switch {
			case r.finished(rec, p.sha, false):
				rec.Status = StatusSkipped
				p.skip = &rec
			case r.opts.KeepOlder && r.finished(rec, p.sha, true):
				rec.Status = StatusSkipped
				p.skip, p.older = &rec, true
			}
		}
		if p.err == nil && p.skip == nil {
			// A document that could not write its outputs fails before its
			// OCR (writeOutputs checks again, in case things changed).
			if _, err := r.checkOutputs(in.Name, r.opts.Formats); err != nil {
				p.err = fileError(in.Path, 0, err)
			}
		}
		pages := 0
		if p.err == nil && p.skip == nil {
			t0 := time.Now()
			doc, err := r.opts.Source.Open(ctx, in.Path)
			r.input.Add(int64(time.Since(t0)))
			r.stopOnSetup(in.Path, err)
			if err != nil {
				p.err = fileError(in.Path, 0, err)
			} else {
				p.doc, pages = doc, doc.PageCount()
			}
		}
		r.opts.Reporter.Planned(in.Name, pages, p.skip != nil)
		out <- p
	}
}

// finished reports whether rec, from an earlier run, stands for the outputs
// this run would write; with older, also when another vidoc build or other
// data wrote them with the same settings.
func (r *runner[C]) finished(rec Record, sha string, older bool) bool {
	if rec.Status != StatusDone || rec.SHA256 != sha {
		return false
	}
	if older {
		if rec.Settings == "" || rec.Settings != r.opts.SettingsKey {
			return false
		}
	} else if rec.Key != r.opts.Key || rec.Version != r.opts.Version {
		return false
	}
	for _, f := range r.opts.Formats {
		rel := rec.Name + f.Ext()
		if !slices.Contains(rec.Outputs, rel) {
			return false
		}
		if _, err := os.Stat(output.Path(r.opts.OutDir, rec.Name, f.Ext())); err != nil {
			return false
		}
	}
	return true
}

// removeTemps deletes temporary files a killed run left for this document
// only: other shards may be writing theirs in the same folder right now.
func (r *runner[C]) removeTemps(name string) {
	for _, f := range r.opts.Formats {
		if _, err := r.temps.Remove(output.Path(r.opts.OutDir, name, f.Ext())); err != nil {
			slog.Warn("clean temporary files", "err", err)
		}
	}
}

// docState gathers the pages of one document as workers finish them.
type docState[C any] struct {
	plan[C]
	mu      sync.Mutex
	pending int // pages in flight, plus one held by the reader until it is done
	pages   int
	results []pageResult
	faults  []*FileError
	readErr error
	spill   docSpill // the channels of its raw pages
}

type pageResult struct {
	ok      bool
	text    string
	conf    float64
	scored  bool // conf is an OCR confidence
	changes int
	origin  json.RawMessage
	layout  *PageLayout
	raw     bool // text not repaired yet: it waits for the document's adaptation
	// channels are the OCR's channels of a raw page's words, kept for the
	// adapted repair to listen to: in the document's spill file when
	// spilled is set, here only when they could not be written there.
	channels []ocrchan.Placed
	spilled  *spilled
}

type job[C any] struct {
	doc  *docState[C]
	page Page[C]
}

// produce takes the opened documents one after the other and feeds their
// pages to the workers through put, which blocks while the pool's window is
// full: only a few page images are ever in memory, whatever the size of the
// documents.
func (r *runner[C]) produce(ctx context.Context, plans <-chan plan[C], put func(job[C]) error) {
	for p := range plans {
		if ctx.Err() != nil {
			return
		}
		if p.skip != nil {
			if r.opts.Adapt == AdaptBatch {
				r.pool.give(p.index, p.skip.AdaptEvidence)
			}
			r.mu.Lock()
			r.sum.Skipped++
			if p.older {
				r.sum.Older++
			}
			r.mu.Unlock()
			r.opts.Reporter.DocumentDone(*p.skip)
			continue
		}
		p.start = time.Now()
		d := &docState[C]{plan: p, pending: 1}
		if p.err != nil {
			d.readErr = p.err
			r.release(ctx, d)
			continue
		}
		doc := p.doc
		d.pages = doc.PageCount()
		d.results = make([]pageResult, d.pages)
		r.feed(ctx, d, doc, put)
		doc.Close()
		r.release(ctx, d)
	}
}

func (r *runner[C]) feed(ctx context.Context, d *docState[C], doc Document[C], put func(job[C]) error) {
	for {
		t0 := time.Now()
		pg, err := doc.Next(ctx)
		r.input.Add(int64(time.Since(t0)))
		if errors.Is(err, io.EOF) {
			return
		}
		if ctx.Err() != nil {
			return
		}
		r.stopOnSetup(d.in.Path, err)
		var fe *FileError
		if errors.As(err, &fe) && fe.Page > 0 {
			fe = fileError(d.in.Path, fe.Page, fe)
			d.mu.Lock()
			d.faults = append(d.faults, fe)
			d.mu.Unlock()
			r.pageDone(PageEvent{Name: d.in.Name, Page: fe.Page, Pages: d.pages, Err: fe})
			continue
		}
		if err != nil {
			d.mu.Lock()
			d.readErr = fileError(d.in.Path, 0, err)
			d.mu.Unlock()
			return
		}
		if pg.Number < 1 {
			d.mu.Lock()
			d.readErr = fileError(d.in.Path, 0, fmt.Errorf("page reader returned page number %d", pg.Number))
			d.mu.Unlock()
			return
		}
		d.mu.Lock()
		d.pending++
		if pg.Number > len(d.results) {
			d.results = append(d.results, make([]pageResult, pg.Number-len(d.results))...)
			d.pages = len(d.results)
		}
		d.mu.Unlock()
		if err := put(job[C]{doc: d, page: pg}); err != nil {
			return
		}
	}
}

// work recognises and repairs one page with the worker's Recognizer *rc,
// and returns its document for the pool to release in reading order. The
// Recognizer is made when the worker's first page arrives: a rerun with
// nothing left to do, or more workers than pages, loads no OCR model for
// nothing. A Recognizer that cannot be made stops the run: every page would
// fail alike.
func (r *runner[C]) work(ctx context.Context, rc *Recognizer[C], j job[C]) (*docState[C], error) {
	if ctx.Err() != nil {
		return j.doc, nil // interrupted: nothing is recorded
	}
	if *rc == nil {
		var err error
		if *rc, err = r.opts.NewRecognizer(); err != nil {
			err = fmt.Errorf("start OCR: %w", err)
			r.cancel(err)
			return nil, err
		}
	}
	r.page(ctx, *rc, j)
	return j.doc, nil
}

func (r *runner[C]) page(ctx context.Context, rc Recognizer[C], j job[C]) {
	d, n := j.doc, j.page.Number
	t0 := time.Now()
	var pt PageText
	var err error
	if j.page.Load != nil {
		j.page.Content, err = j.page.Load(ctx)
		j.page.Load = nil
		r.input.Add(int64(time.Since(t0)))
	}
	if err == nil {
		t1 := time.Now()
		pt, err = rc.Recognize(ctx, j.page)
		r.ocr.Add(int64(time.Since(t1)))
	}
	changes := 0
	raw := err == nil && !pt.Final && r.adaptive() != nil
	if err == nil && !pt.Final && !raw {
		t1 := time.Now()
		pt.Text, changes, err = repairPage(ctx, r.opts.Repairer, pt.Text, pt.Channels)
		pt.Channels = nil // repaired: the text they were placed on is gone
		r.repair.Add(int64(time.Since(t1)))
		if err != nil {
			err = fmt.Errorf("repair: %w", err)
		}
	}
	if ctx.Err() != nil {
		return
	}
	var spilled *spilled
	if raw && len(pt.Channels) > 0 {
		spilled = r.spillChannels(d, pt.Channels)
		if spilled != nil {
			pt.Channels = nil
		}
	}
	r.stopOnSetup(d.in.Path, err)
	var fe *FileError
	if err != nil {
		fe = fileError(d.in.Path, n, err)
		err = fe
	}
	d.mu.Lock()
	ev := PageEvent{Name: d.in.Name, Page: n, Pages: d.pages, Confidence: pt.Confidence, Changes: changes, Deferred: raw, Err: err, Elapsed: time.Since(t0)}
	if fe != nil {
		d.faults = append(d.faults, fe)
	} else {
		d.results[n-1] = pageResult{ok: true, text: pt.Text, conf: pt.Confidence, scored: !pt.NoConfidence, changes: changes, origin: pt.Origin, layout: pt.Layout, raw: raw, channels: pt.Channels, spilled: spilled}
	}
	d.mu.Unlock()
	r.pageDone(ev)
}

func (r *runner[C]) pageDone(ev PageEvent) { r.opts.Reporter.PageDone(ev) }

// spillChannels writes a raw page's channels to its document's spill
// file and says where, or returns nil when they could not be written
// (a full or read-only temporary folder): they then wait in memory, which
// costs memory, not the output.
func (r *runner[C]) spillChannels(d *docState[C], ch []ocrchan.Placed) *spilled {
	at, err := d.spill.put(&r.spill, ch)
	if err != nil {
		r.spillWarn.Do(func() {
			slog.Warn("glyph choices kept in memory until their document is repaired", "input", d.in.Path, "err", err)
		})
		return nil
	}
	return &at
}

// release drops one hold on the document; the last one finishes it.
func (r *runner[C]) release(ctx context.Context, d *docState[C]) {
	d.mu.Lock()
	d.pending--
	last := d.pending == 0
	d.mu.Unlock()
	if last && ctx.Err() == nil {
		r.finish(ctx, d)
	}
}

// finish assembles, structures and writes one document, then records it.
func (r *runner[C]) finish(ctx context.Context, d *docState[C]) {
	rec := Record{
		Name: d.in.Name, Input: d.in.Path, SHA256: d.sha, Key: r.opts.Key, Settings: r.opts.SettingsKey,
		Version: r.opts.Version, Data: r.opts.Data, Pages: d.pages, Shard: r.opts.Shard.String(),
	}
	defer d.spill.close()
	if r.opts.Shard.Count <= 1 {
		rec.Shard = ""
	}
	if r.opts.Adapt == AdaptBatch {
		// Whatever becomes of the document, documents after it wait for
		// its evidence (none when it failed before its text was read).
		defer func() { r.pool.give(d.index, rec.AdaptEvidence) }()
	}
	if a := r.adaptive(); a != nil {
		if err := r.adaptAndRepair(ctx, a, d, &rec); err != nil {
			if ctx.Err() != nil {
				return
			}
			r.stopOnSetup(d.in.Path, err)
			d.readErr = fileError(d.in.Path, 0, err)
			for i := range d.results {
				d.results[i].ok = false
			}
		}
	}
	slices.SortFunc(d.faults, func(a, b *FileError) int { return a.Page - b.Page })
	for _, f := range d.faults {
		rec.FailedPages = append(rec.FailedPages, PageFault{Page: f.Page, Error: f.Error()})
	}

	var texts []string
	var read []ReadPage
	var conf float64
	confN := 0
	for i, pr := range d.results {
		if !pr.ok {
			continue
		}
		texts = append(texts, strings.TrimRight(pr.text, " \t\r\n"))
		read = append(read, ReadPage{Number: i + 1, Text: pr.text, Layout: pr.layout})
		if pr.scored {
			conf += pr.conf
			confN++
		}
		rec.Changes += pr.changes
		if pr.origin != nil {
			rec.TextLayer = append(rec.TextLayer, pr.origin)
		}
	}
	if confN > 0 {
		rec.Confidence = conf / float64(confN)
	}

	var err error
	var skipped []*FileError // formats not written
	switch {
	case len(texts) == 0 && d.readErr != nil:
		err = d.readErr
	case len(texts) == 0 && len(d.faults) == 1 && d.pages == 1:
		err = d.faults[0]
	case len(texts) == 0:
		err = fileError(d.in.Path, 0, errNoPages)
	default:
		doc := &Doc{Input: d.in.Path, Pages: d.pages, Text: strings.Join(texts, pageSeparator) + "\n", Read: read, Adaptation: rec.Adaptation}
		rec.Outputs, skipped, err = r.writeOutputs(ctx, rec, doc)
		// A program an output needs (qpdf, tiff2pdf) missing fails every
		// document alike.
		r.stopOnSetup(d.in.Path, err)
		for _, e := range skipped {
			r.stopOnSetup(d.in.Path, e)
		}
	}
	if errors.Is(err, ErrDiskFull) {
		// Every later document would fail alike, after its OCR: stop now.
		r.cancel(fmt.Errorf("stopped: the output folder %s is full; free some space and run the same command again to finish (%w)", r.opts.OutDir, err))
		return
	}
	switch {
	case err != nil:
		rec.Status, rec.Error, rec.Outputs = StatusFailed, err.Error(), nil
		rec.Failures = []Failure{failure(rec, err)}
		// A failed attempt replaced none of the document's files (its
		// outputs are staged in full before any is renamed into place), so
		// an earlier run's outputs stay: they are a whole set, of that
		// run's record, and an archivist never loses output to a rerun
		// that failed.
	case d.readErr != nil || len(d.faults) > 0 || len(skipped) > 0:
		rec.Status = StatusPartial
		for _, f := range d.faults {
			rec.Failures = append(rec.Failures, failure(rec, f))
		}
		for _, f := range skipped {
			rec.Failures = append(rec.Failures, failure(rec, f))
			// The manifest keeps why a format is missing.
			rec.Error = strings.TrimPrefix(rec.Error+"; "+f.Error(), "; ")
			var oe *OutputError
			if errors.As(f, &oe) {
				rec.FailedOutputs = append(rec.FailedOutputs, OutputFault{Output: rec.Name + oe.Format.Ext(), Page: f.Page, Error: reason(f)})
			}
		}
		if d.readErr != nil {
			rec.Error = d.readErr.Error()
			rec.Failures = append(rec.Failures, failure(rec, d.readErr))
		}
	default:
		rec.Status = StatusDone
	}
	if ctx.Err() != nil {
		return // interrupted while writing: the rerun does this document again
	}
	rec.Finished = time.Now().UTC()
	rec.Seconds = time.Since(d.start).Seconds()
	if err := r.manifest.Append(rec); err != nil {
		r.cancel(err)
		return
	}
	r.record(rec, len(texts), conf, confN)
	r.opts.Reporter.DocumentDone(rec)
	if rec.Status == StatusFailed {
		slog.Debug("document failed", "input", rec.Input, "err", rec.Error)
	}
}

// failure is one line of the summary for err, a failure of rec's document.
func failure(rec Record, err error) Failure {
	f := Failure{Name: rec.Name, Input: rec.Input, Reason: reason(err)}
	if fe, ok := err.(*FileError); ok {
		f.Page = fe.Page
	}
	return f
}

// writeOutputs renders a document and writes its outputs. Before writing
// anything it checks that no output would replace a file vidoc did not
// write, then records in the manifest which files it is about to write, so
// that a run killed half-way still knows them as its own. Every output is
// staged in full before any is renamed into place: if one cannot be
// written, none replaces an earlier run's file. Only if a rename fails
// half-way (the folder went away or turned read-only) are the document's
// files, this attempt's and the earlier run's, removed, as no set of them
// matches a record. A format the renderer could not make (an
// *OutputError) is no failure of the document: the others are written,
// an earlier run's file of that format removed, and its failure returned
// in skipped.
func (r *runner[C]) writeOutputs(ctx context.Context, rec Record, doc *Doc) (rels []string, skipped []*FileError, err error) {
	name := rec.Name
	fail := func(err error) ([]string, []*FileError, error) { return nil, nil, fileError(rec.Input, 0, err) }
	t0 := time.Now()
	rendered, err := r.opts.Renderer.Render(ctx, doc, r.opts.Formats)
	r.structure.Add(int64(time.Since(t0)))
	formats := r.opts.Formats
	if err != nil {
		oes := outputErrors(err)
		if oes == nil || len(oes) >= len(formats) {
			return fail(fmt.Errorf("structure: %w", err))
		}
		formats = slices.Clone(formats)
		for _, oe := range oes {
			formats = slices.DeleteFunc(formats, func(f Format) bool { return f == oe.Format })
			skipped = append(skipped, fileError(rec.Input, 0, oe))
		}
	}
	t1 := time.Now()
	defer func() { r.write.Add(int64(time.Since(t1))) }()
	for _, f := range formats {
		if _, ok := rendered[f]; !ok {
			return fail(fmt.Errorf("no %s output rendered", f))
		}
	}
	rels, err = r.checkOutputs(name, formats)
	if err != nil {
		return fail(err)
	}
	intent := rec
	intent.Status, intent.Outputs, intent.Finished = StatusWriting, rels, time.Now().UTC()
	if err := r.manifest.Append(intent); err != nil {
		return fail(diskFull(err))
	}
	// Every output is staged in full before any replaces an earlier run's
	// file: when one cannot be written (a full disk), the document's files
	// are all left as the earlier run wrote them.
	staged := make([]*atomicfile.Staged, 0, len(formats))
	for i, f := range formats {
		s, err := output.StageFileUnder(r.opts.OutDir, rels[i], rendered[f], 0o644)
		if err != nil {
			for _, s := range staged {
				s.Discard()
			}
			return fail(diskFull(err))
		}
		staged = append(staged, s)
	}
	for i, s := range staged {
		if err := s.Commit(); err != nil {
			// A rename in the output folder failed (rare: the folder went
			// away or turned read-only). The files renamed before it are
			// of this attempt, the rest of the earlier run: none would
			// match the failed record, so they go.
			for _, rest := range staged[i+1:] {
				rest.Discard()
			}
			r.removeOutputs(rels, rels[:i])
			return fail(diskFull(err))
		}
	}
	// An earlier run's file of a format not made now would sit beside the
	// fresh ones as if it were of this text.
	var missing []string
	for _, e := range skipped {
		var oe *OutputError
		if errors.As(e, &oe) {
			missing = append(missing, name+oe.Format.Ext())
		}
	}
	r.removeOutputs(missing, nil)
	return rels, skipped, nil
}

// removeOutputs deletes the files under the output names rels (relative to
// the output folder) that this attempt wrote (fresh) or an earlier run's
// manifest says vidoc wrote, so that a document's files are always those
// its latest record lists. Nothing else is touched: no file vidoc did not
// write, no input, no folder, nothing reached through a link.
func (r *runner[C]) removeOutputs(rels, fresh []string) {
	for _, rel := range rels {
		if !r.owned[rel] && !slices.Contains(fresh, rel) {
			continue
		}
		p := output.Path(r.opts.OutDir, rel, "")
		if abs, err := filepath.Abs(p); err != nil || r.inputPaths[abs] {
			continue
		}
		if output.CheckUnder(r.opts.OutDir, rel) != nil {
			continue // a link or a non-file on the way: not vidoc's to remove
		}
		if fi, err := os.Lstat(p); err != nil || !fi.Mode().IsRegular() {
			continue
		}
		if err := os.Remove(p); err != nil {
			slog.Warn("remove an output that no longer matches its document", "output", p, "err", err)
		}
	}
}

// checkOutputs returns the outputs in formats of the document name,
// relative to the output folder, after checking that writing them would
// replace no input, no file vidoc did not write, and go through no link.
func (r *runner[C]) checkOutputs(name string, formats []Format) ([]string, error) {
	rels := make([]string, 0, len(formats))
	for _, f := range formats {
		rel := name + f.Ext()
		p := output.Path(r.opts.OutDir, name, f.Ext())
		if abs, err := filepath.Abs(p); err == nil && r.inputPaths[abs] {
			return nil, fmt.Errorf("output %s would overwrite an input", p)
		}
		if err := output.CheckUnder(r.opts.OutDir, rel); err != nil {
			return nil, err
		}
		if _, err := os.Lstat(p); err == nil && !r.owned[rel] {
			return nil, fmt.Errorf("output %s %w", p, ErrNotOwned)
		}
		rels = append(rels, rel)
	}
	return rels, nil
}

// stopOnSetup stops the run when err is a SetupError: the machine, not the
// file at path, lacks something every file of its kind needs.
func (r *runner[C]) stopOnSetup(path string, err error) {
	var setup SetupError
	if errors.As(err, &setup) {
		r.cancel(fmt.Errorf("stopped at %s: %w", path, setup))
	}
}

// diskFull marks err with ErrDiskFull when the file system is out of space.
func diskFull(err error) error {
	if errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return fmt.Errorf("%w: %w", ErrDiskFull, err)
	}
	return err
}

func (r *runner[C]) record(rec Record, pages int, conf float64, confN int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := &r.sum
	s.Pages += pages
	s.FailedPages += len(rec.FailedPages)
	s.Changes += rec.Changes
	r.confSum += conf
	r.confN += confN
	switch rec.Status {
	case StatusDone:
		s.Done++
	case StatusPartial:
		s.Partial++
	case StatusFailed:
		s.Failed++
	}
	s.Failures = append(s.Failures, rec.Failures...)
}

func (r *runner[C]) summary(elapsed time.Duration) Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	s := r.sum
	if r.confN > 0 {
		s.MeanConfidence = r.confSum / float64(r.confN)
	}
	slices.SortFunc(s.Failures, func(a, b Failure) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return a.Page - b.Page
	})
	s.Elapsed = elapsed
	s.Stages = StageTimes{
		Input: time.Duration(r.input.Load()), OCR: time.Duration(r.ocr.Load()),
		Repair: time.Duration(r.repair.Load()), Structure: time.Duration(r.structure.Load()),
		Write: time.Duration(r.write.Load()),
	}
	return s
}
