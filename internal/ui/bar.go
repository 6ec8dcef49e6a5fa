package ui

import (
	"fmt"
	"io"
	"path"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/vidoc/vidoc/internal/batch"
)

// Bar shows a scan's progress as a bar on a terminal: pages done out of
// pages known, rate, ETA and the document being read. The total grows while
// the runner counts pages ahead of OCR.
type Bar struct {
	w io.Writer

	mu       sync.Mutex
	bar      *progressbar.ProgressBar
	total    int
	docs     int // documents planned
	finished int // documents done, failed or skipped
	current  string
}

// NewBar returns a Bar drawing on w (a terminal).
func NewBar(w io.Writer) *Bar { return &Bar{w: w} }

var _ batch.Reporter = (*Bar)(nil)

func (b *Bar) Planned(name string, pages int, skipped bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.docs++
	if pages <= 0 {
		b.describe()
		return
	}
	b.total += pages
	if b.bar == nil {
		b.bar = progressbar.NewOptions(b.total,
			progressbar.OptionSetWriter(b.w),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("pages"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
		)
	} else {
		b.bar.ChangeMax(b.total)
	}
	b.describe()
}

func (b *Bar) PageDone(ev batch.PageEvent) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.current = ev.Name
	if b.bar == nil {
		return
	}
	// A page the planner could not count in advance still moves the bar.
	if st := b.bar.State(); st.CurrentNum >= int64(b.total) {
		b.total++
		b.bar.ChangeMax(b.total)
	}
	b.describe()
	b.bar.Add(1)
}

// DocumentDone counts the document and prints a failed or partial one
// above the bar, where it stays readable while the bar goes on.
func (b *Bar) DocumentDone(rec batch.Record) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.finished++
	var lines []string
	for _, f := range rec.Failures {
		label := "failed: "
		switch {
		case rec.Status != batch.StatusPartial:
		case f.Page > 0:
			label = "page failed: "
		default:
			label = "partly read: "
		}
		// Names are the user's files: escape what could drive the terminal.
		lines = append(lines, label+batch.Printable(f.String()))
	}
	if len(lines) > 0 {
		if b.bar != nil {
			b.bar.Clear()
		}
		for _, l := range lines {
			fmt.Fprintln(b.w, l)
		}
	}
	b.describe()
	if b.bar != nil && len(lines) > 0 {
		b.bar.RenderBlank()
	}
}

func (b *Bar) Finished(s batch.Summary) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.bar != nil {
		b.bar.Exit()
		fmt.Fprintln(b.w)
	}
}

// describe puts the document count and the current file before the bar.
func (b *Bar) describe() {
	if b.bar == nil {
		return
	}
	d := fmt.Sprintf("%d/%d docs", b.finished, b.docs)
	if b.current != "" {
		d += " " + shorten(batch.Printable(path.Base(b.current)), 24)
	}
	b.bar.Describe(d)
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}
