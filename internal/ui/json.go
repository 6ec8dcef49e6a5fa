package ui

import (
	"encoding/json"
	"io"
	"sync"
	"time"

	"github.com/vidoc/vidoc/internal/batch"
)

// JSON writes one JSON object per line for each page, each document and
// the final summary, for programs that follow a scan. Every event has an
// "event" field: "page", "document" or "summary".
type JSON struct {
	mu  sync.Mutex
	enc *json.Encoder
}

// NewJSON returns a reporter writing events to w.
func NewJSON(w io.Writer) *JSON {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &JSON{enc: enc}
}

var _ batch.Reporter = (*JSON)(nil)

// PageEvent is the "page" event.
type PageEvent struct {
	Event      string  `json:"event"`
	Document   string  `json:"document"`
	Page       int     `json:"page"`
	Pages      int     `json:"pages"`
	Confidence float64 `json:"confidence"`
	// Changes is absent when the page is repaired with its document
	// (batch.PageEvent.Deferred): a 0 there read as "nothing repaired".
	Changes *int    `json:"changes,omitempty"`
	Error   string  `json:"error,omitempty"`
	Seconds float64 `json:"seconds"`
}

// DocumentEvent is the "document" event.
type DocumentEvent struct {
	Event       string            `json:"event"`
	Document    string            `json:"document"`
	Input       string            `json:"input"`
	Status      batch.Status      `json:"status"`
	Error       string            `json:"error,omitempty"`
	Pages       int               `json:"pages"`
	FailedPages []batch.PageFault `json:"failed_pages,omitempty"`
	Confidence  float64           `json:"confidence"`
	Changes     int               `json:"changes"`
	Outputs     []string          `json:"outputs,omitempty"`
	Seconds     float64           `json:"seconds"`
}

// SummaryEvent is the "summary" event.
type SummaryEvent struct {
	Event          string          `json:"event"`
	Documents      int             `json:"documents"`
	Done           int             `json:"done"`
	Partial        int             `json:"partial"`
	Failed         int             `json:"failed"`
	Skipped        int             `json:"skipped"`
	Older          int             `json:"older,omitempty"`
	Pages          int             `json:"pages"`
	FailedPages    int             `json:"failed_pages"`
	Failures       []batch.Failure `json:"failures"`
	MeanConfidence float64         `json:"mean_confidence"`
	Changes        int             `json:"changes"`
	Interrupted    bool            `json:"interrupted"`
	Seconds        float64         `json:"seconds"`
	// StageSeconds is busy time per stage summed over workers; OutsideOCR
	// is the share of it spent reading pages, repairing, parsing and writing.
	StageSeconds map[string]float64 `json:"stage_seconds"`
	OutsideOCR   float64            `json:"outside_ocr"`
}

func (j *JSON) emit(v any) {
	j.mu.Lock()
	defer j.mu.Unlock()
	_ = j.enc.Encode(v) // progress is best effort: a closed pipe must not stop the scan
}

func (j *JSON) Planned(string, int, bool) {}

func (j *JSON) PageDone(ev batch.PageEvent) {
	e := PageEvent{Event: "page", Document: ev.Name, Page: ev.Page, Pages: ev.Pages,
		Confidence: round2(ev.Confidence), Seconds: round2(ev.Elapsed.Seconds())}
	if !ev.Deferred {
		e.Changes = &ev.Changes
	}
	if ev.Err != nil {
		e.Error = ev.Err.Error()
	}
	j.emit(e)
}

func (j *JSON) DocumentDone(r batch.Record) {
	j.emit(DocumentEvent{Event: "document", Document: r.Name, Input: r.Input, Status: r.Status,
		Error: r.Error, Pages: r.Pages, FailedPages: r.FailedPages, Confidence: round2(r.Confidence),
		Changes: r.Changes, Outputs: r.Outputs, Seconds: round2(r.Seconds)})
}

func (j *JSON) Finished(s batch.Summary) { j.emit(Summary(s)) }

// Summary converts a run's summary to its JSON event.
func Summary(s batch.Summary) SummaryEvent {
	failures := s.Failures
	if failures == nil {
		failures = []batch.Failure{}
	}
	sec := func(d time.Duration) float64 { return round2(d.Seconds()) }
	return SummaryEvent{Event: "summary", Documents: s.Documents, Done: s.Done, Partial: s.Partial,
		Failed: s.Failed, Skipped: s.Skipped, Older: s.Older, Pages: s.Pages, FailedPages: s.FailedPages,
		Failures: failures, MeanConfidence: round2(s.MeanConfidence), Changes: s.Changes,
		Interrupted: s.Interrupted, Seconds: sec(s.Elapsed),
		StageSeconds: map[string]float64{
			"input": sec(s.Stages.Input), "ocr": sec(s.Stages.OCR), "repair": sec(s.Stages.Repair),
			"structure": sec(s.Stages.Structure), "write": sec(s.Stages.Write),
		},
		OutsideOCR: round4(s.Stages.OutsideOCR()),
	}
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
func round4(f float64) float64 { return float64(int64(f*10000+0.5)) / 10000 }
