package repair

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/viet"
)

func learnedUV(cs []ConfusionNote) bool {
	for _, c := range cs {
		if c.Intended == "ư" && c.Observed == "v" {
			return true
		}
	}
	return false
}

// A document too short to teach anything alone learns the damage the
// documents before it showed (a batch's pool), and reads better for it;
// its own evidence goes back to the pool under the damage it showed.
func TestAdaptDocumentLearnsFromThePool(t *testing.T) {
	r := realRepairer(t, Options{})
	lines := strings.SplitAfter(adaptInput(), "\n")
	truthLines := strings.SplitAfter(adaptTruth, "\n")
	first := strings.Join(append(append([]string(nil), lines[:3]...), lines[5:]...), "")
	short, shortTruth := strings.Join(lines[3:5], ""), strings.Join(truthLines[3:5], "")
	ctx := context.Background()

	_, alone, err := r.AdaptDocument(ctx, []string{short}, nil, "document")
	if err != nil {
		t.Fatal(err)
	}
	if learnedUV(alone.Note.Confusions) {
		t.Fatalf("two lines alone learned ư → v: %+v", alone.Note)
	}
	_, ad1, err := r.AdaptDocument(ctx, []string{first}, nil, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if len(ad1.Evidence["stripped"].Rows) == 0 {
		t.Fatalf("no evidence from the first document: %+v", ad1.Evidence)
	}
	// The pool as a manifest carries it: JSON, read back.
	b, err := json.Marshal(Pool{}.Merge(ad1.Evidence))
	if err != nil {
		t.Fatal(err)
	}
	pool, err := ParsePool(b)
	if err != nil {
		t.Fatal(err)
	}
	ar, pooled, err := r.AdaptDocument(ctx, []string{short}, pool, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if !learnedUV(pooled.Note.Confusions) || pooled.Note.Mode != "batch" || pooled.Note.Damage != "stripped" || ar == r {
		t.Fatalf("with the pool, ư → v not learned: %+v", pooled.Note)
	}
	before := eval.Compare(shortTruth, repairText(t, r, short).Text).SylAcc
	after := eval.Compare(shortTruth, repairText(t, ar, short).Text).SylAcc
	t.Logf("short document: %.3f alone, %.3f with the pool", before, after)
	if after <= before {
		t.Errorf("the pool did not help: %.3f, alone %.3f", after, before)
	}
	// Correct text takes nothing from a pool.
	cr, clean, err := r.AdaptDocument(ctx, []string{adaptTruth}, pool, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if cr != r || clean.Note.Learned != 0 || len(clean.Evidence) != 0 {
		t.Errorf("correct text adapted: %+v, evidence %v", clean.Note, clean.Evidence)
	}
}

// Sample keeps a long document's adaptation to its first AdaptSample
// bytes, cut after a whole line.
func TestSampleIsBounded(t *testing.T) {
	short := "một dòng\n"
	if Sample(short) != short {
		t.Errorf("short text cut: %q", Sample(short))
	}
	long := strings.Repeat(viet.StripDiacritics(adaptTruth), 40)
	s := Sample(long)
	if len(s) > AdaptSample || len(s) < AdaptSample-200 || !strings.HasSuffix(s, "\n") || !strings.HasPrefix(long, s) {
		t.Errorf("sample of %d bytes: %d bytes, ends %q", len(long), len(s), s[max(0, len(s)-10):])
	}
	// A text without a line break is cut between letters, never inside one.
	for _, pad := range []string{"", "a", "ab"} {
		oneLine := pad + strings.Repeat("đường ", AdaptSample/4)
		if s := Sample(oneLine); !utf8.ValidString(s) || len(s) > AdaptSample || len(s) < AdaptSample-8 || !strings.HasPrefix(oneLine, s) {
			t.Errorf("one line of %d bytes: sample of %d bytes, valid UTF-8 %v", len(oneLine), len(s), utf8.ValidString(s))
		}
		if got, want := SampleOf([]string{oneLine}), Sample(oneLine); got != want {
			t.Errorf("one line: SampleOf gives %d bytes, Sample %d", len(got), len(want))
		}
	}
	exact := strings.Repeat("a\n", AdaptSample/2)
	for _, pages := range [][]string{adaptPages(1), adaptPages(5), adaptPages(7), adaptPages(100), {exact, "b\n"}, {exact[2:], "b\n"}, {exact[1:], "b\n"}} {
		n := len(pages)
		if got, want := SampleOf(pages), Sample(strings.Join(pages, PageSeparator)); got != want {
			t.Errorf("%d pages: SampleOf gives %d bytes, Sample of the joined pages %d", n, len(got), len(want))
		}
	}
}

// adaptPages is a document of n pages made from the test's damaged text
// (adaptInput): each page three rounds of its lines, rotated by the page
// number, about 2.2 KB.
func adaptPages(n int) []string {
	lines := strings.SplitAfter(strings.TrimSuffix(adaptInput(), "\n"), "\n")
	lines[len(lines)-1] += "\n"
	pages := make([]string, n)
	for p := range pages {
		var b strings.Builder
		for k := range 3 * len(lines) {
			b.WriteString(lines[(p+k)%len(lines)])
		}
		pages[p] = b.String()
	}
	return pages
}

// BenchmarkAdaptSample is what adaptation alone costs on a 10- and a
// 100-page document: the same, in time and in bytes allocated (B/op),
// because it reads the document's Sample and nothing more.
func BenchmarkAdaptSample(b *testing.B) {
	r := realRepairer(b, Options{})
	for _, n := range []int{10, 100} {
		doc := adaptPages(n)
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.cache.m = map[cacheKey][]candidate{}
				if _, _, err := r.AdaptDocument(context.Background(), doc, nil, "document"); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(SampleOf(doc))), "sample-bytes")
		})
	}
}

// BenchmarkAdaptDocument repairs a 100-page document page by page as
// `vidoc scan` does, with adaptation (learn from the sample, then repair
// every page with the adapted model) and without: syllables per
// CPU-second of each, whose ratio is adaptation's cost. Caches start cold
// in both, as for a scan's first document.
func BenchmarkAdaptDocument(b *testing.B) {
	r := realRepairer(b, Options{})
	pages := adaptPages(100)
	doc := strings.Join(pages, PageSeparator)
	syl := eval.Compare(doc, doc).Words
	for _, adapt := range []bool{false, true} {
		b.Run(fmt.Sprintf("adapt=%t", adapt), func(b *testing.B) {
			c0 := cpuTime()
			for i := 0; i < b.N; i++ {
				r.cache.m = map[cacheKey][]candidate{}
				rep := r
				if adapt {
					var err error
					if rep, _, err = r.AdaptDocument(context.Background(), pages, nil, "document"); err != nil {
						b.Fatal(err)
					}
				}
				for _, p := range pages {
					if _, _, err := rep.RepairText(context.Background(), p); err != nil {
						b.Fatal(err)
					}
				}
			}
			reportSpeed(b, syl, c0)
		})
	}
}
