package repair

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/eval"
)

// benchText is the held-out passage with its diacritics stripped, repeated:
// the hardest common case (every token has many candidates).
func benchText(b *testing.B) (string, int) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		b.Fatal(err)
	}
	one := stripAll(string(raw))
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
	b.StopTimer()
	cpu := cpuTime() - c0
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "syl/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "syl/cpu-s")
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
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "syl/s")
	b.ReportMetric(float64(n*b.N)/(cpuTime()-c0).Seconds(), "syl/cpu-s")
}
