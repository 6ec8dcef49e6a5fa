package repair

import (
	"context"
	"errors"
	"os"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/textenc"
	"github.com/vidoc/vidoc/internal/viet"
)

// streamAll repairs text through Stream and returns the text and changes.
func streamAll(t *testing.T, r *Repairer, text string) (string, []Change) {
	t.Helper()
	var out strings.Builder
	var changes []Change
	err := r.Stream(context.Background(), strings.NewReader(text), func(b Block) error {
		out.WriteString(b.Text)
		changes = append(changes, b.Changes...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), changes
}

// TestStreamTextOnly: skipping confidences must not change the text, and
// only TextOnly may leave them out.
func TestStreamTextOnly(t *testing.T) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := viet.StripDiacritics(string(raw))
	full, fullChanges := streamAll(t, realRepairer(t, Options{}), text)
	fast, fastChanges := streamAll(t, realRepairer(t, Options{TextOnly: true}), text)
	if full != fast {
		t.Fatalf("TextOnly changed the text:\n%s\nwant\n%s", fast, full)
	}
	if len(fullChanges) != len(fastChanges) || len(fullChanges) == 0 {
		t.Fatalf("%d changes with confidences, %d without", len(fullChanges), len(fastChanges))
	}
	unsure := 0
	for _, c := range fullChanges {
		if c.Confidence < 0.99 {
			unsure++
		}
	}
	if unsure == 0 {
		t.Error("no change of a stripped passage has confidence below 0.99: were confidences computed?")
	}
	// MinConfidence needs the confidences, TextOnly or not.
	_, kept := streamAll(t, realRepairer(t, Options{TextOnly: true, MinConfidence: 0.99}), text)
	n := 0
	for _, c := range kept {
		if c.Kept {
			n++
		}
	}
	if n != unsure {
		t.Errorf("TextOnly with MinConfidence 0.99 kept %d changes, want %d", n, unsure)
	}
}

// TestStreamWorkers: repairing blocks at once must give what one at a
// time gives, in the same order, and report the first bad block by line.
func TestStreamWorkers(t *testing.T) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	// Short lines, so the passage spans several blocks of blockLines lines.
	words := strings.Fields(viet.StripDiacritics(string(raw)))
	words = append(words, words...)
	var sb strings.Builder
	for i, w := range words {
		sb.WriteString(w)
		if i%2 == 1 {
			sb.WriteByte('\n')
		} else {
			sb.WriteByte(' ')
		}
	}
	text := sb.String()
	if n := strings.Count(text, "\n"); n < 3*blockLines {
		t.Fatalf("test text has %d lines, want several blocks", n)
	}
	one, oneChanges := streamAll(t, realRepairer(t, Options{}), text)
	many, manyChanges := streamAll(t, realRepairer(t, Options{Workers: 4}), text)
	if one != many {
		t.Fatalf("4 workers gave\n%s\nwant\n%s", many, one)
	}
	if len(oneChanges) != len(manyChanges) {
		t.Fatalf("%d changes with 4 workers, want %d", len(manyChanges), len(oneChanges))
	}
	for i := range oneChanges {
		if oneChanges[i] != manyChanges[i] {
			t.Fatalf("change %d: %+v with 4 workers, want %+v", i, manyChanges[i], oneChanges[i])
		}
	}

	// A Latin-1 byte on line 100: the blocks before it arrive, then the
	// error names that line.
	lines := strings.SplitAfter(text, "\n")
	lines[99] = "ban h\xe0nh\n"
	var got []Block
	r := realRepairer(t, Options{Workers: 4})
	err = r.Stream(context.Background(), strings.NewReader(strings.Join(lines, "")), func(b Block) error {
		got = append(got, b)
		return nil
	})
	var ee *textenc.NotUTF8Error
	if !errors.As(err, &ee) || ee.Line != 100 || !strings.Contains(err.Error(), "line 100,") {
		t.Fatalf("error %v, want an encoding error on line 100", err)
	}
	if len(got) == 0 || got[len(got)-1].Line+blockLines > 100 {
		t.Errorf("%d blocks before the bad one, want every block before line 100", len(got))
	}
}

// TestStreamLongRun: a run longer than a line's bound without a space or a
// newline (issue 15, case 4: an index out of range at exactly 64 KB) is
// cut between letters, never inside one, and comes through whole.
func TestStreamLongRun(t *testing.T) {
	r := realRepairer(t, Options{TextOnly: true})
	for _, run := range []string{
		strings.Repeat("a", 100000),
		strings.Repeat("a", maxLine),
		strings.Repeat("ạ", 3*maxLine+1),     // three bytes a letter
		"x" + strings.Repeat("ạ", maxLine/3), // a letter across the bound
	} {
		in := strings.Repeat("x ", 10) + run + "\nKe hoach\n"
		out, _ := streamAll(t, r, in)
		if !strings.Contains(out, run+"\n") || strings.Count(out, "\n") != 2 {
			t.Errorf("a run of %d bytes came out as %d bytes in %d lines", len(run), len(out), strings.Count(out, "\n"))
		}
	}
}

func TestRuneCut(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"abc", 3},
		{"abạ", 5},
		{"ab\xe1\xba", 2}, // ạ cut short: cut before it
		{"ab\xe1", 2},
		{"\xe1\xba", 2}, // nothing before: cut anywhere
		{"ab\xff", 3},   // not UTF-8: Check reports it
	} {
		if got := runeCut([]byte(tc.in)); got != tc.want {
			t.Errorf("runeCut(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestStreamMemoryFlat: a single line of megabytes is repaired in blocks
// of bounded size, so the heap stays far below the line's size times the
// decoder's ~4 KB a byte (issue 15, case 4: a 5 MB line took 6 GB). The
// heap is sampled while the stream runs; the bound is generous, the
// regression it guards against is an order of magnitude above it.
func TestStreamMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 4 MB")
	}
	r := realRepairer(t, Options{TextOnly: true, Workers: 2})
	line := strings.Repeat("nghiêng ", 500000) // 4.5 MB, no newline
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	heap := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	runtime.GC()
	base := heap()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Go(func() {
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			peak.Store(max(peak.Load(), heap()))
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	})
	n := 0
	err := r.Stream(context.Background(), strings.NewReader(line), func(b Block) error {
		n += len(b.Text)
		return nil
	})
	close(stop)
	sampler.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if n < len(line) {
		t.Fatalf("%d bytes out of %d", n, len(line))
	}
	grew := int64(peak.Load()) - int64(base)
	t.Logf("heap grew by %d MB streaming a line of %d MB", grew>>20, len(line)>>20)
	if limit := int64(len(line)) * 16; grew > limit {
		t.Errorf("heap grew by %d MB streaming a line of %d MB, want under %d MB", grew>>20, len(line)>>20, limit>>20)
	}
}
