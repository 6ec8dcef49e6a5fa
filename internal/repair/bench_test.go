package repair

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/viet"
)

// benchText is the held-out passage with its diacritics stripped, repeated:
// the hardest common case (every token has many candidates).
func benchText(b *testing.B) (string, int) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := viet.StripDiacritics(string(raw))
	return strings.Repeat(one, 20), 20 * eval.Compare(one, one).Words
}

// cpuTime is the CPU time this process has used: on a shared machine the
// wall clock measures the neighbours too, so the benchmarks report
// syllables per CPU-second (per core) beside the usual syl/s.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportSpeed stops the timer and reports n syllables per iteration per
// second of wall clock and per CPU-second since c0.
func reportSpeed(b *testing.B, n int, c0 time.Duration) {
	b.StopTimer()
	cpu := cpuTime() - c0
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "syl/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "syl/cpu-s")
}

func benchRepair(b *testing.B, fn func(r *Repairer, text string) error, cold bool) {
	r := realRepairer(b, Options{})
	text, n := benchText(b)
	if !cold {
		fn(r, text) // warm the candidate cache as a long run would
	}
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if cold {
			r.cache.m = map[cacheKey][]candidate{}
		}
		if err := fn(r, text); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, n, c0)
}

// BenchmarkRepairText is the batch runner's path: text and change count.
func BenchmarkRepairText(b *testing.B) {
	benchRepair(b, func(r *Repairer, text string) error {
		_, _, err := r.RepairText(context.Background(), text)
		return err
	}, false)
}

// BenchmarkRepairWithConfidence is `vidoc fix`'s path: every change with
// its confidence.
func BenchmarkRepairWithConfidence(b *testing.B) {
	benchRepair(b, func(r *Repairer, text string) error {
		_, err := r.Repair(context.Background(), text)
		return err
	}, false)
}

// BenchmarkRepairColdCache sees every word for the first time.
func BenchmarkRepairColdCache(b *testing.B) {
	benchRepair(b, func(r *Repairer, text string) error {
		_, _, err := r.RepairText(context.Background(), text)
		return err
	}, true)
}

// BenchmarkTokenizeBaseline slots the same text only: the floor any
// repair costs, for a ratio measured in the same run.
func BenchmarkTokenizeBaseline(b *testing.B) {
	text, n := benchText(b)
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = slotsOf(text)
	}
	reportSpeed(b, n, c0)
}

// sharedText reads up to limit bytes of whole lines from the .txt files of
// a folder of ../shared, or skips the benchmark when it is absent.
func sharedText(b *testing.B, rel string, limit int) string {
	shared := sharedDir()
	if shared == "" {
		b.Skip("../shared not found: benchmark on real text skipped")
	}
	dir := filepath.Join(shared, rel)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no text in %s", dir)
	}
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, line := range strings.SplitAfter(string(raw), "\n") {
			if sb.Len()+len(line) > limit {
				return sb.String()
			}
			sb.WriteString(line)
		}
	}
	return sb.String()
}

// benchOnce repairs text once per iteration with a fresh candidate cache,
// as a run over documents it has never seen starts; with confidences, as
// `vidoc fix --format json` and --explain do, or without, as the text
// output and `vidoc scan` do.
//
// With adapt, each iteration first adapts to the text's first AdaptSample
// bytes as `vidoc fix` does by default, and repairs with what it learned.
func benchOnce(b *testing.B, text string, withConfidence, adapt bool) {
	r := realRepairer(b, Options{})
	n := syllableCount(text)
	sample := text
	if len(sample) > AdaptSample {
		sample = sample[:strings.LastIndexByte(sample[:AdaptSample], '\n')+1]
	}
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.cache.m = map[cacheKey][]candidate{}
		ar := r
		if adapt {
			var err error
			if ar, _, err = r.Adapt(context.Background(), sample); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := ar.repair(context.Background(), text, withConfidence, nil); err != nil {
			b.Fatal(err)
		}
	}
	reportSpeed(b, n, c0)
}

// BenchmarkRepairCorpusStripped is `vidoc fix` over 400 KB of varied
// legal text from ../shared/corpus with its diacritics stripped, from a
// cold cache: the figure a long run on unseen text sees.
func BenchmarkRepairCorpusStripped(b *testing.B) {
	benchOnce(b, viet.StripDiacritics(sharedText(b, "corpus/legal", 400<<10)), false, false)
}

// BenchmarkRepairCorpusStrippedAdapt is BenchmarkRepairCorpusStripped with
// adaptation, as `vidoc fix` runs by default.
func BenchmarkRepairCorpusStrippedAdapt(b *testing.B) {
	benchOnce(b, viet.StripDiacritics(sharedText(b, "corpus/legal", 400<<10)), false, true)
}

// BenchmarkRepairCorpusStrippedConfidence is the same with every change's
// confidence (`vidoc fix --format json`).
func BenchmarkRepairCorpusStrippedConfidence(b *testing.B) {
	benchOnce(b, viet.StripDiacritics(sharedText(b, "corpus/legal", 400<<10)), true, false)
}

// BenchmarkRepairLegacySample is the legacy text layer of
// ../shared/samples, the costliest kind of damage, from a cold cache.
func BenchmarkRepairLegacySample(b *testing.B) {
	shared := sharedDir()
	if shared == "" {
		b.Skip("../shared not found: benchmark on the sample skipped")
	}
	raw, err := os.ReadFile(filepath.Join(shared, "samples", "longthanh-2024-kh.ocr.txt"))
	if err != nil {
		b.Skip(err)
	}
	benchOnce(b, string(raw), false, false)
}

// syllableCount counts the scorer's syllables (tokens holding a letter)
// without aligning the text against itself, which is quadratic.
func syllableCount(text string) int {
	n := 0
	for _, t := range eval.Tokens(text) {
		if strings.IndexFunc(t, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// fixPages are page-sized documents of OCR-stripped text made from the test
// passages (testdata: heldout.txt and train.txt, diacritics stripped, lines
// rotated so no two pages read alike), the damage of the rendered
// benchmark's stripped kind (scripts/bench_rendered.sh).
func fixPages(b *testing.B, n int) []string {
	var lines []string
	for _, f := range []string{"testdata/heldout.txt", "testdata/train.txt"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.SplitAfter(strings.TrimRight(viet.StripDiacritics(string(raw)), "\n")+"\n", "\n")...)
	}
	pages := make([]string, n)
	for p := range pages {
		var sb strings.Builder
		for i := range lines {
			sb.WriteString(lines[(i*(p+1)+p)%len(lines)])
		}
		pages[p] = sb.String()
	}
	return pages
}

// freshRepairer is New's repairer with a candidate cache of its own, as
// cold as in a new process (New shares one between repairers).
func freshRepairer(b *testing.B, opts Options) *Repairer {
	r, err := New(opts)
	if err != nil {
		b.Fatal(err)
	}
	c := *r
	c.cache = &candidateCache{m: map[cacheKey][]candidate{}}
	return &c
}

// benchFix runs what `vidoc fix` runs on each document: a fresh repairer
// (its caches cold), with adapt first Adapt over the document's
// sample (Sample), then Stream over the whole document, text only.
func benchFix(b *testing.B, docs []string, adapt bool) {
	if _, err := lm.Default(); err != nil {
		b.Skipf("no embedded language model: %v", err)
	}
	n := 0
	for _, d := range docs {
		n += syllableCount(d)
	}
	ctx := context.Background()
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r := freshRepairer(b, Options{TextOnly: true})
			var err error
			if adapt {
				if r, _, err = r.Adapt(ctx, Sample(d)); err != nil {
					b.Fatal(err)
				}
			}
			if err := r.Stream(ctx, strings.NewReader(d), func(Block) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSpeed(b, n, c0)
}

// BenchmarkFixPagesAdapt is `vidoc fix` once per page, adaptation on (the
// default), as scripts/bench_rendered.sh's per-page speed row runs it.
func BenchmarkFixPagesAdapt(b *testing.B) { benchFix(b, fixPages(b, 8), true) }

// BenchmarkFixPagesNoAdapt is the same with --adapt=false.
func BenchmarkFixPagesNoAdapt(b *testing.B) { benchFix(b, fixPages(b, 8), false) }

// BenchmarkFixDocAdapt is `vidoc fix` on one document of 24 such pages
// (beyond AdaptSample, so adaptation reads its head only and the document
// cache weighs in), adaptation on.
func BenchmarkFixDocAdapt(b *testing.B) {
	benchFix(b, []string{strings.Join(fixPages(b, 24), "\n")}, true)
}

// benchStream streams text through Stream, as `vidoc fix` does, from a
// warm cache.
func benchStream(b *testing.B, text string, n int) {
	r := realRepairer(b, Options{TextOnly: true})
	stream := func() {
		if err := r.Stream(context.Background(), strings.NewReader(text), func(Block) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
	stream()
	c0 := cpuTime()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stream()
	}
	reportSpeed(b, n, c0)
}

// BenchmarkStreamLines and BenchmarkStreamOneLine stream the same text with
// its line breaks and with none (a file of one line, cut at spaces into
// bounded pieces): the rates say whether a line without breaks costs in
// proportion to its length.
func BenchmarkStreamLines(b *testing.B) {
	text, n := benchText(b)
	benchStream(b, text, n)
}

func BenchmarkStreamOneLine(b *testing.B) {
	text, n := benchText(b)
	benchStream(b, strings.ReplaceAll(text, "\n", " "), n)
}
