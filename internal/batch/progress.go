package batch

import "time"

// Reporter hears what the runner does, to show progress. The runner calls
// it from several goroutines; implementations must be safe for concurrent
// use. internal/ui implements it as a terminal bar and as JSON events.
type Reporter interface {
	// Planned is called once per selected document, in order, as soon as its
	// page count is known (pages is 0 for a skipped or unreadable one).
	Planned(name string, pages int, skipped bool)
	// PageDone is called after each page, successful or not.
	PageDone(ev PageEvent)
	// DocumentDone is called after each document, skipped ones included.
	DocumentDone(rec Record)
	// Finished is called once at the end, also after an interruption.
	Finished(s Summary)
}

// PageEvent is one page's outcome.
type PageEvent struct {
	Name       string
	Page       int
	Pages      int
	Confidence float64
	Changes    int
	Err        error
	Elapsed    time.Duration

	// Deferred: the page is repaired with its whole document (adaptation
	// learns from all its pages first), so Changes is not known yet; the
	// document's Record has them.
	Deferred bool
}

// NoReporter ignores everything.
type NoReporter struct{}

func (NoReporter) Planned(string, int, bool) {}
func (NoReporter) PageDone(PageEvent)        {}
func (NoReporter) DocumentDone(Record)       {}
func (NoReporter) Finished(Summary)          {}
