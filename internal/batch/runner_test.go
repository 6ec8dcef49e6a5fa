package batch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/output"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readTree returns every file under dir except manifests, by relative path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if d.IsDir() || strings.HasPrefix(d.Name(), ManifestPrefix) {
			return nil
		}
		if output.IsTemp(d.Name()) {
			t.Errorf("temporary file left: %s", p)
		}
		b, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	return out
}

func testOptions(out string, workers int) Options[string] {
	return Options[string]{
		OutDir: out, Workers: workers, Version: "test", Key: RunKey("test", "lang=vie"),
		Source:        &lineSource{},
		NewRecognizer: func() (Recognizer[string], error) { return upperOCR{delay: 3 * time.Millisecond}, nil },
		Repairer:      countingRepair{},
		Renderer:      bracketRenderer{},
	}
}

// TestRunRendersPagesWithLayout: the renderer gets each page read, repaired
// and with its layout, in order; a failed page is left out; the archive
// formats are written under their extensions and recorded as outputs.
func TestRunRendersPagesWithLayout(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"d.tif": "s0\nUNREADABLE\nabcd\n"})
	ins, err := Discover([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(out, 2)
	opts.Renderer, opts.Formats = pagesRenderer{}, []Format{PDF, ALTO, HOCR}
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := "d.tif, 3 pages\n1 \"SO\\n\" 2\n3 \"ABCD\\n\" 4\n"
	got := readTree(t, out)
	for _, name := range []string{"d.pdf", "d.alto.xml", "d.hocr"} {
		if got[name] != want {
			t.Errorf("%s = %q, want %q", name, got[name], want)
		}
	}
	if sum.Partial != 1 {
		t.Errorf("summary %+v", sum)
	}
	recs, err := LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	if o := recs["d"].Outputs; !slices.Equal(o, []string{"d.pdf", "d.alto.xml", "d.hocr"}) {
		t.Errorf("outputs %v", o)
	}

	// Resume knows them as outputs: a done document is skipped while its
	// .alto.xml is there, and redone when it is gone.
	writeFiles(t, in, map[string]string{"e.png": "e1\n"})
	if ins, err = Discover([]string{in}, out); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}
	if sum, err = Run(context.Background(), ins, opts); err != nil || sum.Skipped != 1 {
		t.Errorf("rerun: %+v %v, want e skipped", sum, err)
	}
	if err := os.Remove(filepath.Join(out, "e.alto.xml")); err != nil {
		t.Fatal(err)
	}
	if sum, err = Run(context.Background(), ins, opts); err != nil || sum.Skipped != 0 || sum.Done != 1 {
		t.Errorf("rerun without e.alto.xml: %+v %v, want e redone", sum, err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if g, err := ParseFormat(string(f)); err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, g, err)
		}
	}
	if _, err := ParseFormat("alto.xml"); err == nil {
		t.Error("alto.xml taken for a format name")
	}
}

var sampleInputs = map[string]string{
	"a/one.pdf":   "trang 1\ntrang 2\ntrang 3\ntrang 4\ntrang 5\ntrang 6\n",
	"a/two.png":   "ch0 thi\n",
	"b/three.tif": "p1\nUNREADABLE\np3\n",
	"b/bad.jpg":   "CORRUPT data",
	"c/ocr.png":   "x\nOCRFAIL\n",
	"c/lazy.pdf":  "lazy:l1\nlazy:LOADFAIL\nlazy:l3\n",
}

func TestRunOrdersPagesAndRecordsFailures(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, sampleInputs)
	ins, err := Discover([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(out, 3)
	src := &lineSource{}
	opts.Source = src
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Each readable document is opened once, for its page count and its
	// pages both (a PDF's pdfinfo is not run twice).
	if n := src.opened.Load(); n != 5 {
		t.Errorf("documents opened %d times, want 5 (once each)", n)
	}
	got := readTree(t, out)
	want := "[md]\nTRANG 1\n\nTRANG 2\n\nTRANG 3\n\nTRANG 4\n\nTRANG 5\n\nTRANG 6\n"
	if got["a/one.md"] != want {
		t.Errorf("a/one.md = %q, want %q", got["a/one.md"], want)
	}
	if got["a/two.txt"] != "[txt]\nCHO THI\n" {
		t.Errorf("a/two.txt = %q", got["a/two.txt"])
	}
	if got["b/three.json"] != "[json]\nP1\n\nP3\n" {
		t.Errorf("b/three.json = %q", got["b/three.json"])
	}
	if _, ok := got["b/bad.txt"]; ok {
		t.Error("output written for the corrupt file")
	}
	if got["c/lazy.txt"] != "[txt]\nL1\n\nL3\n" {
		t.Errorf("c/lazy.txt = %q", got["c/lazy.txt"])
	}
	if sum.Documents != 6 || sum.Done != 2 || sum.Partial != 3 || sum.Failed != 1 {
		t.Errorf("summary %+v", sum)
	}
	if sum.Pages != 12 || sum.FailedPages != 3 || sum.Changes != 1 || sum.MeanConfidence != 90 {
		t.Errorf("pages %d failed %d changes %d conf %v", sum.Pages, sum.FailedPages, sum.Changes, sum.MeanConfidence)
	}
	if sum.OK() {
		t.Error("summary OK with failures")
	}
	var reasons []string
	for _, f := range sum.Failures {
		reasons = append(reasons, f.Name+":"+f.Reason)
	}
	joined := strings.Join(reasons, "|")
	for _, w := range []string{"b/bad:open", "not an image", "truncated image", "tesseract gave up", "pdftoppm failed"} {
		if !strings.Contains(joined, w) {
			t.Errorf("failures %q lack %q", joined, w)
		}
	}
	recs, err := LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	if r := recs["b/bad"]; r.Status != StatusFailed || r.Error == "" {
		t.Errorf("manifest record of the bad file: %+v", r)
	}
	if r := recs["b/three"]; r.Status != StatusPartial || len(r.FailedPages) != 1 || r.FailedPages[0].Page != 2 {
		t.Errorf("manifest record of the partial file: %+v", r)
	}
	if r := recs["a/one"]; r.Status != StatusDone || r.Pages != 6 || len(r.Outputs) != 3 || len(r.SHA256) != 64 {
		t.Errorf("manifest record of a good file: %+v", r)
	}
}

func TestRunResumeSkipsFinishedAndRedoesChanged(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, sampleInputs)
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 2)
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	// Done documents are skipped; failed and partial ones are tried again.
	if sum.Skipped != 2 || calls.Load() != 6 {
		t.Errorf("rerun skipped %d documents and recognised %d pages; want 2 and 6", sum.Skipped, calls.Load())
	}

	// A changed input, a removed output and --force each bring work back.
	writeFiles(t, in, map[string]string{"a/two.png": "m0i\n"})
	os.Remove(filepath.Join(out, "a", "one.json"))
	calls.Store(0)
	sum, _ = Run(context.Background(), ins, opts)
	if sum.Skipped != 0 || calls.Load() != 13 {
		t.Errorf("after changes: skipped %d, recognised %d; want 0 and 13", sum.Skipped, calls.Load())
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a", "two.txt")); string(b) != "[txt]\nMOI\n" {
		t.Errorf("changed input not redone: %q", b)
	}
	calls.Store(0)
	sum, _ = Run(context.Background(), ins, opts)
	if sum.Skipped != 2 {
		t.Errorf("skipped %d, want 2", sum.Skipped)
	}
	opts.Force = true
	calls.Store(0)
	sum, _ = Run(context.Background(), ins, opts)
	if sum.Skipped != 0 || calls.Load() != 13 {
		t.Errorf("--force: skipped %d, recognised %d", sum.Skipped, calls.Load())
	}
	opts.Force = false
	opts.Key = RunKey("test", "lang=eng")
	sum, _ = Run(context.Background(), ins, opts)
	if sum.Skipped != 0 {
		t.Errorf("new settings: skipped %d, want 0", sum.Skipped)
	}
}

// cancelAfter cancels the run once n pages are done.
type cancelAfter struct {
	NoReporter
	n      int32
	done   atomic.Int32
	cancel context.CancelFunc
}

func (c *cancelAfter) PageDone(PageEvent) {
	if c.done.Add(1) == c.n {
		c.cancel()
	}
}

func TestRunInterruptedThenResumedMatchesCleanRun(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{}
	for i := range 12 {
		var pages []string
		for p := range 1 + i%4 {
			pages = append(pages, strings.Repeat("v", i+1)+" trang "+string(rune('a'+p)))
		}
		files[filepath.Join("d", string(rune('a'+i))+".pdf")] = strings.Join(pages, "\n")
	}
	writeFiles(t, in, files)

	clean := t.TempDir()
	ins, _ := Discover([]string{in}, clean)
	if _, err := Run(context.Background(), ins, testOptions(clean, 3)); err != nil {
		t.Fatal(err)
	}
	want := readTree(t, clean)

	for _, stopAt := range []int32{1, 5, 13} {
		out := t.TempDir()
		ctx, cancel := context.WithCancel(context.Background())
		opts := testOptions(out, 3)
		opts.Reporter = &cancelAfter{n: stopAt, cancel: cancel}
		sum, err := Run(ctx, ins, opts)
		cancel()
		if err == nil || !sum.Interrupted {
			t.Fatalf("stop at %d: err %v, interrupted %v", stopAt, err, sum.Interrupted)
		}
		partial := readTree(t, out)
		if len(partial) >= len(want) {
			t.Fatalf("stop at %d: the run was not interrupted early enough (%d files)", stopAt, len(partial))
		}
		for name, content := range partial {
			if want[name] != content {
				t.Errorf("stop at %d: %s differs from the clean run", stopAt, name)
			}
		}
		if _, err := Run(context.Background(), ins, testOptions(out, 2)); err != nil {
			t.Fatal(err)
		}
		got := readTree(t, out)
		if len(got) != len(want) {
			t.Errorf("stop at %d: %d files after resume, want %d", stopAt, len(got), len(want))
		}
		for name, content := range want {
			if got[name] != content {
				t.Errorf("stop at %d: %s after resume = %q, want %q", stopAt, name, got[name], content)
			}
		}
	}
}

func TestShardsSplitTheInputs(t *testing.T) {
	in := t.TempDir()
	files := map[string]string{}
	for i := range 40 {
		files[filepath.Join("s", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".png")] = "p"
	}
	writeFiles(t, in, files)
	out := t.TempDir()
	ins, _ := Discover([]string{in}, out)
	seen := map[string]int{}
	var mu sync.Mutex
	total := 0
	for i := range 3 {
		opts := testOptions(out, 2)
		opts.Shard = Shard{Index: i, Count: 3}
		sum, err := Run(context.Background(), ins, opts)
		if err != nil {
			t.Fatal(err)
		}
		if sum.Documents == 0 || sum.Documents == len(ins) {
			t.Errorf("shard %d took %d of %d documents", i, sum.Documents, len(ins))
		}
		total += sum.Documents
		for _, in := range opts.Shard.Select(ins) {
			mu.Lock()
			seen[in.Name]++
			mu.Unlock()
		}
	}
	if total != len(ins) || len(seen) != len(ins) {
		t.Fatalf("shards took %d documents (%d distinct), want %d", total, len(seen), len(ins))
	}
	var merged bytes.Buffer
	n, err := MergeManifests(out, &merged)
	if err != nil || n != len(ins) {
		t.Fatalf("MergeManifests = %d, %v; want %d", n, err, len(ins))
	}
	if lines := strings.Count(merged.String(), "\n"); lines != len(ins) {
		t.Errorf("merged manifest has %d lines", lines)
	}
	for i := range 3 {
		if _, err := os.Stat(filepath.Join(out, manifestName(Shard{i, 3}))); err != nil {
			t.Errorf("shard %d manifest: %v", i, err)
		}
	}
	// Every shard's documents are now done: an unsharded rerun skips them all.
	sum, _ := Run(context.Background(), ins, testOptions(out, 2))
	if sum.Skipped != len(ins) {
		t.Errorf("unsharded rerun skipped %d of %d", sum.Skipped, len(ins))
	}
}

func TestParseShard(t *testing.T) {
	if s, err := ParseShard("2/5"); err != nil || s != (Shard{2, 5}) {
		t.Errorf("ParseShard(2/5) = %v, %v", s, err)
	}
	for _, bad := range []string{"5/5", "-1/3", "1", "a/b", "0/0", ""} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
}

func TestManifestIgnoresTornLine(t *testing.T) {
	out := t.TempDir()
	m, err := openManifest(out, Shard{})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Append(Record{Name: "a", Status: StatusDone, Finished: time.Now()}); err != nil {
		t.Fatal(err)
	}
	m.Close()
	f, _ := os.OpenFile(filepath.Join(out, manifestName(Shard{})), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"name":"b","status":"do`)
	f.Close()
	recs, err := LoadManifests(out)
	if err != nil || len(recs) != 1 {
		t.Fatalf("LoadManifests = %v, %v", recs, err)
	}
	m, _ = openManifest(out, Shard{})
	m.Append(Record{Name: "c", Status: StatusDone, Finished: time.Now()})
	m.Close()
	recs, _ = LoadManifests(out)
	if _, ok := recs["c"]; !ok || len(recs) != 2 {
		t.Fatalf("record after a torn line lost: %v", recs)
	}
}

func TestRunNeedsNoRendererForText(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"x.png": "một\n"})
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 1)
	opts.Renderer, opts.Repairer = nil, nil
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, out); len(got) != 1 || got["x.txt"] != "MỘT\n" {
		t.Fatalf("outputs %v", got)
	}
}

func TestSecondRunOfTheSameShardIsRefused(t *testing.T) {
	out := t.TempDir()
	m, err := openManifest(out, Shard{1, 4})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := openManifest(out, Shard{1, 4}); err == nil || !strings.Contains(err.Error(), "another vidoc scan") {
		t.Fatalf("second writer of one manifest: %v", err)
	}
	other, err := openManifest(out, Shard{2, 4})
	if err != nil {
		t.Fatalf("another shard's manifest: %v", err)
	}
	other.Close()
}

// TestFileErrorCarriesPathAndPage: the file and page of a failure come from
// the error's fields, never from its text (issue 15, case 19).
func TestFileErrorCarriesPathAndPage(t *testing.T) {
	cause := errors.New("corrupt")
	page := fileError("in/a.pdf", 3, cause)
	if page.Error() != "in/a.pdf page 3: corrupt" || reason(page) != "corrupt" || !errors.Is(page, cause) {
		t.Errorf("page error %q, reason %q", page, reason(page))
	}
	// A Document's page error has no path yet; the runner adds it.
	got := fileError("in/b.tif", 0, &FileError{Page: 2, Err: cause})
	if got.Path != "in/b.tif" || got.Page != 2 || reason(got) != "corrupt" {
		t.Errorf("completed page error = %+v", got)
	}
	// A cause whose text merely looks like a path is kept whole.
	odd := fileError("in/a.pdf", 0, errors.New("in/a.pdf: looks like a path"))
	if reason(odd) != "in/a.pdf: looks like a path" {
		t.Errorf("reason = %q", reason(odd))
	}
	var fe *FileError
	if wrapped := fmt.Errorf("stage: %w", page); !errors.As(wrapped, &fe) || fe.Page != 3 {
		t.Errorf("errors.As through wrapping: %+v", fe)
	}
}

func TestRecognizerFailureStopsTheRun(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "x\n", "b.png": "y\n"})
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 2)
	opts.NewRecognizer = func() (Recognizer[string], error) { return nil, errors.New("tesseract-ocr-vie is not installed") }
	sum, err := Run(context.Background(), ins, opts)
	if err == nil || !strings.Contains(err.Error(), "tesseract-ocr-vie") {
		t.Fatalf("Run = %v, want the OCR start error", err)
	}
	if sum.Done != 0 || sum.Failed != 0 {
		t.Errorf("documents recorded although OCR never started: %+v", sum)
	}
	if recs, _ := LoadManifests(out); len(recs) != 0 {
		t.Errorf("manifest records %v", recs)
	}

	// Nothing left to do: no Recognizer is made at all.
	opts = testOptions(out, 2)
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}
	opts.NewRecognizer = func() (Recognizer[string], error) {
		t.Error("Recognizer made for a run with nothing to do")
		return upperOCR{}, nil
	}
	if sum, err := Run(context.Background(), ins, opts); err != nil || sum.Skipped != 2 {
		t.Fatalf("rerun: %+v, %v", sum, err)
	}
}

// manyPages is a long document whose pages are counted while in flight:
// handed out by Next and not yet recognised.
type manyPages struct {
	n, next  int
	inFlight *atomic.Int32
	peak     *atomic.Int32
}

func (d *manyPages) PageCount() int { return d.n }
func (d *manyPages) Close() error   { return nil }
func (d *manyPages) Next(ctx context.Context) (Page[string], error) {
	if d.next == d.n {
		return Page[string]{}, io.EOF
	}
	d.next++
	if v := d.inFlight.Add(1); v > d.peak.Load() {
		d.peak.Store(v)
	}
	return Page[string]{Number: d.next, Content: "trang"}, nil
}

type manySource struct{ doc *manyPages }

func (s manySource) Open(ctx context.Context, path string) (Document[string], error) {
	return s.doc, nil
}

type releasingOCR struct{ inFlight *atomic.Int32 }

func (o releasingOCR) Recognize(ctx context.Context, p Page[string]) (PageText, error) {
	time.Sleep(50 * time.Microsecond)
	o.inFlight.Add(-1)
	return PageText{Text: "x"}, nil
}
func (releasingOCR) Close() error { return nil }

func TestLongDocumentIsNeverHeldWhole(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"long.pdf": "500 pages"})
	ins, _ := Discover([]string{in}, out)
	var inFlight, peak atomic.Int32
	const workers = 3
	opts := testOptions(out, workers)
	opts.Source = manySource{&manyPages{n: 500, inFlight: &inFlight, peak: &peak}}
	opts.NewRecognizer = func() (Recognizer[string], error) { return releasingOCR{&inFlight}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil || sum.Pages != 500 {
		t.Fatalf("Run: %+v, %v", sum, err)
	}
	// Pages in flight: one per worker, the jobs queue (one per worker) and
	// the one the reader is handing over.
	if p := peak.Load(); p > 2*workers+1 {
		t.Errorf("%d pages in memory at once, want at most %d", p, 2*workers+1)
	}
}

// layerOCR gives pages starting "layer:" as final text with an origin, as
// the text layer of a born-digital PDF page, and upper-cases the others.
type layerOCR struct{ upperOCR }

func (o layerOCR) Recognize(ctx context.Context, p Page[string]) (PageText, error) {
	if text, ok := strings.CutPrefix(p.Content, "layer:"); ok {
		return PageText{Text: text + "\n", Final: true, NoConfidence: true, Origin: []byte(fmt.Sprintf(`{"page":%d}`, p.Number))}, nil
	}
	return o.upperOCR.Recognize(ctx, p)
}

func TestFinalTextIsNotRepairedAndItsOriginRecorded(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"born.pdf": "layer:s0 1\nch0\n"})
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 2)
	opts.NewRecognizer = func() (Recognizer[string], error) { return layerOCR{}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.MeanConfidence != 90 {
		t.Errorf("mean confidence %v: the page without OCR counted", sum.MeanConfidence)
	}
	got := readTree(t, out)
	if got["born.txt"] != "[txt]\ns0 1\n\nCHO\n" {
		t.Errorf("born.txt = %q: the final page repaired, or the other not", got["born.txt"])
	}
	recs, _ := LoadManifests(out)
	if r := recs["born"]; len(r.TextLayer) != 1 || string(r.TextLayer[0]) != `{"page":1}` || r.Changes != 1 || r.Confidence != 90 {
		t.Errorf("manifest: text_layer %s, changes %d", r.TextLayer, r.Changes)
	}
}
