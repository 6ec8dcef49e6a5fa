package repair

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
)

// benchText is the held-out passage with its diacritics stripped, repeated:
// the hardest common case (every token has many candidates).
func benchText(b *testing.B) (string, int) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(stripAll(string(raw)), 20)
	return text, eval.Compare(text, text).Words
}

// BenchmarkRepairStripped reports syllables per second on one core.
func BenchmarkRepairStripped(b *testing.B) {
	r := realRepairer(b, Options{})
	text, n := benchText(b)
	r.Repair(context.Background(), text) // warm the candidate cache as a long run would
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := r.Repair(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "syl/s")
}

// BenchmarkRepairColdCache is the same without the warm cache: every word
// seen for the first time.
func BenchmarkRepairColdCache(b *testing.B) {
	r := realRepairer(b, Options{})
	text, n := benchText(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.cache.m = map[cacheKey][]candidate{}
		if _, err := r.Repair(context.Background(), text); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "syl/s")
}
