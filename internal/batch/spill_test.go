package batch

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// richChannels is a page's channels as the glyphs' choices would make
// them for text: one per word, with probabilities no decimal spells
// exactly, so that a round trip that rounded them would show.
func richChannels(text string) []ocrchan.Placed {
	var out []ocrchan.Placed
	for i, sp := range ocrchan.Fields(text) {
		w := text[sp.Start:sp.End]
		f := float64(i+1) / 3
		out = append(out, ocrchan.Placed{Start: sp.Start, End: sp.End, Word: ocrchan.Word{
			Printed: w,
			Candidates: []ocrchan.Candidate{
				{Text: w, Cost: f / 7, P: 1 - f/11},
				{Text: strings.ToLower(w) + "ư", Cost: 2 + f, P: f / 11},
			},
			FromGlyphs: true, Confidence: 90 + f, MinTop: 0.9 - f/100, MinMargin: 0.5 + f/1000,
			Tops: []float64{0.9 - f/100, 1}, Margins: []float64{0.5 + f/1000, 1 / f},
		}})
	}
	return out
}

// richOCR reads like upperOCR and gives each page the channels of its text.
type richOCR struct{ upperOCR }

func (o richOCR) Recognize(ctx context.Context, p Page[string]) (PageText, error) {
	pt, err := o.upperOCR.Recognize(ctx, p)
	if err == nil {
		pt.Channels = richChannels(pt.Text)
	}
	return pt, err
}

// spillAdapter is wordsAdapter whose repairer checks that each page gets
// back exactly the channels its OCR gave, and whose ForDocument, called
// once every page of the document is read, measures the spill files.
type spillAdapter struct {
	wordsAdapter
	spilledBytes *atomic.Int64 // of the spill files when the last document was learned
	mismatches   *atomic.Int32
}

type checkWords struct {
	maskDigitsWords
	mismatches *atomic.Int32
}

func (c checkWords) RepairWords(ctx context.Context, text string, words []ocrchan.Placed) (string, int, error) {
	if !reflect.DeepEqual(words, richChannels(text)) {
		c.mismatches.Add(1)
	}
	return c.maskDigitsWords.RepairWords(ctx, text, words)
}

func (a spillAdapter) ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (Repairer, json.RawMessage, json.RawMessage, error) {
	rep, note, ev, err := a.wordsAdapter.ForDocument(ctx, pages, pool)
	if err != nil {
		return nil, nil, nil, err
	}
	files, _ := filepath.Glob(filepath.Join(os.TempDir(), spillPrefix+"*", "doc-*"))
	var n int64
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil {
			n += fi.Size()
		}
	}
	a.spilledBytes.Store(n)
	return checkWords{rep.(maskDigitsWords), a.mismatches}, note, ev, nil
}

// The channels of the pages waiting for their document's adapted repair
// wait on disk, not in memory, so that a long document read with
// --alternatives is read in flat memory; the repair gets them back exactly
// (the output unchanged), and no spill file outlives the run.
func TestWaitingChannelsAreSpilledAndComeBackExactly(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	var pages strings.Builder
	for i := range 40 {
		fmt.Fprintf(&pages, "page %d has words to repair 1\n", i)
	}
	for _, workers := range []int{1, 3} {
		in, out := t.TempDir(), t.TempDir()
		writeFiles(t, in, map[string]string{"a.png": pages.String(), "b.png": "one page 2\n"})
		ins, err := Discover([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		var spilledBytes atomic.Int64
		var mismatches atomic.Int32
		opts := testOptions(out, workers)
		opts.Repairer, opts.Renderer, opts.Adapt = spillAdapter{spilledBytes: &spilledBytes, mismatches: &mismatches}, noteRenderer{}, AdaptDocument
		opts.NewRecognizer = func() (Recognizer[string], error) { return richOCR{}, nil }
		if _, err := Run(context.Background(), ins, opts); err != nil {
			t.Fatal(err)
		}
		if n := mismatches.Load(); n > 0 {
			t.Errorf("-j %d: %d pages got other channels back than their OCR gave", workers, n)
		}
		got := readTree(t, out)
		if c := strings.Count(got["a.txt"], "[7 channels]"); c != 40 {
			t.Errorf("-j %d: %d of 40 pages were repaired with their channels:\n%s", workers, c, got["a.txt"])
		}
		// The last document learned is b, one page; a's file is gone by then.
		if n := spilledBytes.Load(); n == 0 {
			t.Errorf("-j %d: no spill file held the waiting page's channels", workers)
		}
		if left, _ := filepath.Glob(filepath.Join(tmp, spillPrefix+"*")); len(left) > 0 {
			t.Errorf("-j %d: the run left %v", workers, left)
		}
	}
}

// A temporary folder that cannot be written costs memory, not the
// output: the channels then wait in memory and the repair still gets them.
func TestChannelsWaitInMemoryWhenTheyCannotBeSpilled(t *testing.T) {
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "x1 y1\nz11 w\n"})
	ins, err := Discover([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	var spilledBytes atomic.Int64
	var mismatches atomic.Int32
	opts := testOptions(out, 2)
	opts.Repairer, opts.Renderer, opts.Adapt = spillAdapter{spilledBytes: &spilledBytes, mismatches: &mismatches}, noteRenderer{}, AdaptDocument
	opts.NewRecognizer = func() (Recognizer[string], error) { return richOCR{}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Done != 1 || mismatches.Load() > 0 {
		t.Errorf("done %d, %d pages with other channels than their OCR gave", sum.Done, mismatches.Load())
	}
	got := readTree(t, out)["a.txt"]
	if !strings.Contains(got, "[2 channels]") || strings.Count(got, "channels]") != 2 {
		t.Errorf("the repair did not get each page's channels:\n%s", got)
	}
}
