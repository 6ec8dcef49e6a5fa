package ocr

import (
	"context"
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's user and system CPU time so far: on a shared
// machine the wall clock mostly measures the neighbours.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkRecognizeAlternatives reads the same 300 dpi A4 page with and
// without the glyphs' choices (recognition alone: no orientation, no
// deskew), reporting CPU milliseconds per page beside the wall clock:
//
//	OMP_THREAD_LIMIT=1 go test -run - -bench RecognizeAlternatives -benchtime 5x -count 3 ./internal/ocr
func BenchmarkRecognizeAlternatives(b *testing.B) {
	ctx := context.Background()
	page := benchPage(b)
	for _, bc := range []struct {
		name string
		alts bool
	}{{"plain", false}, {"alternatives", true}} {
		b.Run(bc.name, func(b *testing.B) {
			e, err := NewEngine(Options{NoUpright: true, NoDeskew: true, Alternatives: bc.alts})
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			if _, err := e.Recognize(ctx, page); err != nil { // first page: caches
				b.Fatal(err)
			}
			b.ResetTimer()
			start := cpuTime(b)
			for i := 0; i < b.N; i++ {
				if _, err := e.Recognize(ctx, page); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuTime(b)-start).Milliseconds())/float64(b.N), "cpu-ms/page")
		})
	}
}
