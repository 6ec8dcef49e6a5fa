package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// digitAdapter stands in for the adaptive repair: a document's evidence is
// how often each digit occurs in its text, a pool adds them up, and the
// repairer a document gets masks every digit its own text or the pool has
// seen. Its note shows the pool it was given.
type digitAdapter struct{ countingRepair }

type digitCounts map[string]int

func (digitAdapter) ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (Repairer, json.RawMessage, json.RawMessage, error) {
	text := strings.Join(pages, pageSeparator)
	own := digitCounts{}
	for _, r := range text {
		if r >= '0' && r <= '9' {
			own[string(r)]++
		}
	}
	seen := digitCounts{}
	if len(pool) > 0 {
		if err := json.Unmarshal(pool, &seen); err != nil {
			return nil, nil, nil, err
		}
	}
	maps.Copy(seen, own)
	note, _ := json.Marshal(map[string]any{"pool": pool, "text_bytes": len(text)})
	ev, _ := json.Marshal(own)
	return maskDigits(slices.Sorted(maps.Keys(seen))), note, ev, nil
}

func (digitAdapter) Pool(pool, evidence json.RawMessage) (json.RawMessage, error) {
	sum, add := digitCounts{}, digitCounts{}
	if len(pool) > 0 {
		if err := json.Unmarshal(pool, &sum); err != nil {
			return nil, err
		}
	}
	if err := json.Unmarshal(evidence, &add); err != nil {
		return nil, err
	}
	for k, n := range add {
		sum[k] += n
	}
	return json.Marshal(sum)
}

type maskDigits []string

func (m maskDigits) Repair(ctx context.Context, text string) (string, int, error) {
	n := 0
	for _, d := range m {
		n += strings.Count(text, d)
		text = strings.ReplaceAll(text, d, "#")
	}
	return text, n, nil
}

// noteRenderer writes the text and the adaptation note it was given.
type noteRenderer struct{}

func (noteRenderer) Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	out := map[Format][]byte{}
	for _, f := range formats {
		out[f] = []byte(doc.Text + "note: " + string(doc.Adaptation) + "\n")
	}
	return out, nil
}

var adaptInputs = map[string]string{
	"a.png": "x1 y1\nz11\n", // two pages
	"b.png": "x2\n",
	"c.png": "1 2 3\n",
	"d.png": "4\nOCRFAIL\n", // partial: its page 1 teaches and is masked
}

func adaptRun(t *testing.T, in, out string, workers int, mode AdaptMode) {
	t.Helper()
	ins, err := Discover([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(out, workers)
	opts.Repairer, opts.Renderer, opts.Adapt = digitAdapter{}, noteRenderer{}, mode
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{delay: 5 * time.Millisecond}, nil }
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}
}

// With AdaptBatch each document learns from its own text and from the
// documents before it in input order, whatever the workers and however
// the run was resumed; with AdaptDocument from its own text alone. Pages
// are repaired with what their document taught.
func TestAdaptBatchPoolsInInputOrder(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, adaptInputs)

	one := t.TempDir()
	adaptRun(t, in, one, 1, AdaptBatch)
	got := readTree(t, one)
	want := map[string]string{
		"a.txt": "X# Y#\n\nZ##\nnote: {\"pool\":null,\"text_bytes\":12}\n",
		"b.txt": "X#\nnote: {\"pool\":{\"1\":4},\"text_bytes\":3}\n", // its own 2 masked too
		"c.txt": "# # #\nnote: {\"pool\":{\"1\":4,\"2\":1},\"text_bytes\":6}\n",
		"d.txt": "#\nnote: {\"pool\":{\"1\":5,\"2\":2,\"3\":1},\"text_bytes\":2}\n",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s:\n got %q\nwant %q", name, got[name], w)
		}
	}
	recs, err := LoadManifests(one)
	if err != nil {
		t.Fatal(err)
	}
	if string(recs["c"].AdaptEvidence) != `{"1":1,"2":1,"3":1}` || len(recs["c"].Adaptation) == 0 || recs["c"].Changes != 3 {
		t.Errorf("manifest of c: evidence %s, note %s, %d changes", recs["c"].AdaptEvidence, recs["c"].Adaptation, recs["c"].Changes)
	}

	four := t.TempDir()
	adaptRun(t, in, four, 4, AdaptBatch)
	if g := readTree(t, four); !maps.Equal(g, got) {
		t.Errorf("-j 4 differs from -j 1:\n%v\n%v", g, got)
	}

	// A resumed run skips a and b and pools what their records kept.
	if err := os.Remove(filepath.Join(one, "c.txt")); err != nil {
		t.Fatal(err)
	}
	adaptRun(t, in, one, 3, AdaptBatch)
	if g := readTree(t, one); !maps.Equal(g, got) {
		t.Errorf("resumed run differs:\n%v\n%v", g, got)
	}

	alone := t.TempDir()
	adaptRun(t, in, alone, 2, AdaptDocument)
	if g := readTree(t, alone)["c.txt"]; g != "# # #\nnote: {\"pool\":null,\"text_bytes\":6}\n" {
		t.Errorf("AdaptDocument gave c a pool: %q", g)
	}
	if recs, _ := LoadManifests(alone); recs["c"].AdaptEvidence != nil {
		t.Errorf("AdaptDocument kept evidence %s", recs["c"].AdaptEvidence)
	}

	off := t.TempDir()
	adaptRun(t, in, off, 2, AdaptOff)
	if g := readTree(t, off)["c.txt"]; g != "1 2 3\nnote: \n" {
		t.Errorf("AdaptOff: %q", g)
	}
}

func TestParseAdaptMode(t *testing.T) {
	for _, s := range []string{"off", "document", "batch"} {
		if m, err := ParseAdaptMode(s); err != nil || string(m) != s {
			t.Errorf("%s: %v %v", s, m, err)
		}
	}
	if _, err := ParseAdaptMode("pooled"); err == nil || !strings.Contains(err.Error(), "pooled") {
		t.Errorf("pooled: %v", err)
	}
}

// failBadPages adapts as digitAdapter does, and its repairer fails a page
// that reads "BAD".
type failBadPages struct{ digitAdapter }

func (f failBadPages) ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (Repairer, json.RawMessage, json.RawMessage, error) {
	rep, note, ev, err := f.digitAdapter.ForDocument(ctx, pages, pool)
	return badPageRepair{rep}, note, ev, err
}

type badPageRepair struct{ Repairer }

func (b badPageRepair) Repair(ctx context.Context, text string) (string, int, error) {
	if strings.Contains(text, "BAD") {
		return "", 0, errors.New("cannot repair this page")
	}
	return b.Repairer.Repair(ctx, text)
}

// A page whose adapted repair fails fails alone, named by its page number,
// whatever the workers; the document's other pages are repaired.
func TestAdaptedRepairFailsOnePage(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{"e.png": "5 1\nbad\n6\nbad\n7\n"})
	var first map[string]string
	for _, workers := range []int{1, 3} {
		out := t.TempDir()
		ins, err := Discover([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		opts := testOptions(out, workers)
		opts.Repairer, opts.Renderer, opts.Adapt = failBadPages{}, noteRenderer{}, AdaptDocument
		opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{}, nil }
		if _, err := Run(context.Background(), ins, opts); err != nil {
			t.Fatal(err)
		}
		recs, err := LoadManifests(out)
		if err != nil {
			t.Fatal(err)
		}
		f := recs["e"].FailedPages
		if len(f) != 2 || f[0].Page != 2 || f[1].Page != 4 || !strings.Contains(f[0].Error, "e.png") || !strings.Contains(f[0].Error, "cannot repair this page") {
			t.Errorf("-j %d: failed pages %+v", workers, f)
		}
		got := readTree(t, out)
		if !strings.HasPrefix(got["e.txt"], "# #\n\n#\n\n#\n") {
			t.Errorf("-j %d: the other pages: %q", workers, got["e.txt"])
		}
		if first == nil {
			first = got
		} else if !maps.Equal(got, first) {
			t.Errorf("-j %d differs from -j 1:\n%v\n%v", workers, got, first)
		}
	}
}

// channelOCR reads like upperOCR and gives each page one word's channel,
// as a recognizer asked for Tesseract's glyph choices does.
type channelOCR struct{ upperOCR }

func (o channelOCR) Recognize(ctx context.Context, p Page[string]) (PageText, error) {
	pt, err := o.upperOCR.Recognize(ctx, p)
	if err == nil && len(pt.Text) > 1 {
		pt.Channels = []ocrchan.Placed{{Start: 0, End: 1, Word: ocrchan.Word{Printed: pt.Text[:1]}}}
	}
	return pt, err
}

// wordsAdapter adapts like digitAdapter, and the repairer it gives each
// document also listens to channels: it marks the pages it was given
// channels for.
type wordsAdapter struct{ digitAdapter }

type maskDigitsWords struct{ maskDigits }

func (m maskDigitsWords) RepairWords(ctx context.Context, text string, words []ocrchan.Placed) (string, int, error) {
	text, n, err := m.Repair(ctx, text)
	return fmt.Sprintf("%s[%d channels]", text, len(words)), n, err
}

func (a wordsAdapter) ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (Repairer, json.RawMessage, json.RawMessage, error) {
	rep, note, ev, err := a.digitAdapter.ForDocument(ctx, pages, pool)
	if err != nil {
		return nil, nil, nil, err
	}
	return maskDigitsWords{rep.(maskDigits)}, note, ev, nil
}

// A page read with glyph choices keeps them while it waits for its
// document's adaptation, and the adapted repair listens to them: --adapt
// and --alternatives together must not lose the choices.
func TestAdaptedRepairListensToChannels(t *testing.T) {
	for _, mode := range []AdaptMode{AdaptDocument, AdaptBatch} {
		in, out := t.TempDir(), t.TempDir()
		writeFiles(t, in, map[string]string{"a.png": "x1 y1\nz11\n"})
		ins, err := Discover([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		opts := testOptions(out, 2)
		opts.Repairer, opts.Renderer, opts.Adapt = wordsAdapter{}, noteRenderer{}, mode
		opts.NewRecognizer = func() (Recognizer[string], error) { return channelOCR{}, nil }
		if _, err := Run(context.Background(), ins, opts); err != nil {
			t.Fatal(err)
		}
		got := readTree(t, out)["a.txt"]
		if strings.Count(got, "[1 channels]") != 2 {
			t.Errorf("%s: the adapted repair did not get each page's channels:\n%s", mode, got)
		}
	}
}
