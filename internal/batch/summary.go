package batch

import (
	"fmt"
	"io"
	"time"
)

// Summary is what a run did.
type Summary struct {
	Documents   int // selected for this run (after sharding)
	Done        int // written with every page
	Partial     int // written, with some pages missing
	Failed      int // not written
	Skipped     int // finished by an earlier run
	Older       int // of the skipped, written by an older vidoc or data (Options.KeepOlder)
	Pages       int // pages recognised in this run
	FailedPages int // pages that could not be read or recognised
	Failures    []Failure
	// MeanConfidence is the mean of the OCRed pages' confidence (0–100).
	MeanConfidence float64
	Changes        int
	Interrupted    bool
	Elapsed        time.Duration
	// Time spent in each stage, summed over workers: what the run spends
	// outside OCR (reading pages, repair, structure, writing) is
	// Input+Repair+Structure+Write over the sum of all five.
	Stages StageTimes
}

// StageTimes is busy time per stage, summed over workers.
type StageTimes struct {
	Input, OCR, Repair, Structure, Write time.Duration
}

// OutsideOCR is the share of stage time not spent in OCR.
func (s StageTimes) OutsideOCR() float64 {
	total := s.Input + s.OCR + s.Repair + s.Structure + s.Write
	if total == 0 {
		return 0
	}
	return float64(total-s.OCR) / float64(total)
}

// Failure is one document or page that failed; Page is 0 for a whole document.
type Failure struct {
	Name   string `json:"name"`
	Input  string `json:"input"`
	Page   int    `json:"page,omitempty"`
	Reason string `json:"reason"`
}

// String is the failure as one line: the input, the page, the reason.
func (f Failure) String() string {
	if f.Page > 0 {
		return fmt.Sprintf("%s page %d: %s", f.Input, f.Page, f.Reason)
	}
	return f.Input + ": " + f.Reason
}

// OK reports whether every selected document was finished.
func (s Summary) OK() bool { return s.Failed == 0 && s.Partial == 0 && !s.Interrupted }

// WriteText prints the summary for people.
func (s Summary) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("documents: %d (%d done, %d partial, %d failed, %d skipped as already done)\n",
		s.Documents, s.Done, s.Partial, s.Failed, s.Skipped)
	if s.Older > 0 {
		ew.printf("older outputs kept: %d skipped documents were written by another vidoc build or other data (--keep-older); run without it to redo them\n", s.Older)
	}
	ew.printf("pages: %d recognised, %d failed\n", s.Pages, s.FailedPages)
	if s.Pages > 0 {
		ew.printf("mean OCR confidence: %.1f\n", s.MeanConfidence)
	}
	ew.printf("changes made: %d\n", s.Changes)
	ew.printf("time: %s", s.Elapsed.Round(time.Millisecond))
	if s.Pages > 0 && s.Elapsed > 0 {
		ew.printf(" (%.1f pages/min)", float64(s.Pages)/s.Elapsed.Minutes())
	}
	ew.printf("\n")
	if s.Interrupted {
		ew.printf("interrupted: run the same command again to finish\n")
	}
	if len(s.Failures) > 0 {
		ew.printf("failures:\n")
		for _, f := range s.Failures {
			ew.printf("  %s\n", Printable(f.String()))
		}
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
