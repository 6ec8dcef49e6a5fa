package ui

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/batch"
)

func TestJSONEventsParse(t *testing.T) {
	var buf bytes.Buffer
	j := NewJSON(&buf)
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j.PageDone(batch.PageEvent{Name: "hồ sơ/a", Page: i + 1, Pages: 20, Confidence: 91.234, Elapsed: time.Second})
		}()
	}
	wg.Wait()
	j.PageDone(batch.PageEvent{Name: "b", Page: 2, Pages: 3, Changes: 2, Err: errors.New("truncated <image>")})
	j.PageDone(batch.PageEvent{Name: "adapted", Page: 1, Pages: 1, Deferred: true})
	j.DocumentDone(batch.Record{Name: "b", Input: "in/b.pdf", Status: batch.StatusPartial, Pages: 3, Changes: 7,
		FailedPages: []batch.PageFault{{Page: 2, Error: "truncated"}}, Outputs: []string{"b.md"}})
	j.Finished(batch.Summary{Documents: 4, Done: 1, Partial: 1, Skipped: 2, Older: 2, Pages: 22, FailedPages: 1, Changes: 9,
		Failures: []batch.Failure{{Name: "b", Input: "in/b.pdf", Page: 2, Reason: "truncated"}},
		Stages:   batch.StageTimes{OCR: 3 * time.Second, Repair: time.Second}})

	counts := map[string]int{}
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		kind, _ := ev["event"].(string)
		counts[kind]++
		// Repair's changes are "changes", as `vidoc fix` calls them.
		if _, ok := ev["repairs"]; ok {
			t.Errorf("%s event has the old key repairs: %v", kind, ev)
		}
		switch kind {
		case "page":
			if ev["document"] == "b" && (ev["error"] != "truncated <image>" || ev["changes"] != 2.0) {
				t.Errorf("page event of b: %v", ev)
			}
			// A page repaired with its document has no count of its own
			// yet: none is given, rather than a 0 that reads as none made.
			if _, ok := ev["changes"]; ev["document"] == "adapted" && ok {
				t.Errorf("page event of a page repaired with its document: %v", ev)
			}
			if _, ok := ev["changes"]; ev["document"] == "hồ sơ/a" && !ok {
				t.Errorf("page event of a page repaired alone lacks changes: %v", ev)
			}
		case "document":
			if ev["status"] != "partial" || ev["input"] != "in/b.pdf" || ev["changes"] != 7.0 {
				t.Errorf("document event %v", ev)
			}
		case "summary":
			// older: outputs kept from another vidoc or data (--keep-older).
			if ev["outside_ocr"] != 0.25 || ev["failed_pages"] != 1.0 || ev["older"] != 2.0 || ev["changes"] != 9.0 {
				t.Errorf("summary event %v", ev)
			}
		}
	}
	if counts["page"] != 22 || counts["document"] != 1 || counts["summary"] != 1 {
		t.Errorf("event counts %v", counts)
	}
}

func TestBarDrawsAndGrows(t *testing.T) {
	var buf bytes.Buffer
	b := NewBar(&buf)
	b.Planned("a", 2, false)
	b.Planned("skipped", 0, true)
	b.Planned("c", 1, false)
	for i := 1; i <= 4; i++ { // one page more than planned
		b.PageDone(batch.PageEvent{Name: "thư mục/c", Page: i})
		time.Sleep(110 * time.Millisecond) // past the throttle, so each page draws
	}
	b.DocumentDone(batch.Record{Name: "c"})
	b.DocumentDone(batch.Record{Name: "d", Input: "in/d.pdf", Status: batch.StatusFailed, Error: "in/d.pdf: encrypted",
		Failures: []batch.Failure{{Name: "d", Input: "in/d.pdf", Reason: "encrypted"}}})
	b.Finished(batch.Summary{})
	out := buf.String()
	b.DocumentDone(batch.Record{Name: "e", Input: "in/e.tiff", Status: batch.StatusPartial,
		FailedPages: []batch.PageFault{{Page: 2, Error: "in/e.tiff page 2: truncated"}},
		Failures:    []batch.Failure{{Name: "e", Input: "in/e.tiff", Page: 2, Reason: "truncated"}}})
	if !strings.Contains(out, "failed: in/d.pdf: encrypted\n") || strings.Count(out, "in/d.pdf") != 1 {
		t.Errorf("failed document not printed once on its own line: %q", out)
	}
	if out := buf.String(); !strings.Contains(out, "page failed: in/e.tiff page 2: truncated\n") {
		t.Errorf("failed page not printed: %q", out)
	}
	if !strings.Contains(out, "4/4") || !strings.Contains(out, "docs") || !strings.Contains(out, "c") {
		t.Errorf("bar output lacks count or description: %q", out)
	}
}

// TestBarEscapesNames: a file name carrying terminal escape sequences is
// printed escaped, in the failure lines and in the bar's description
// (issue 15, case 10).
func TestBarEscapesNames(t *testing.T) {
	var buf bytes.Buffer
	b := NewBar(&buf)
	evil := "in/\x1b[2J\x1b]0;owned\x07b\u202eá.pdf"
	b.Planned("b", 1, false)
	b.PageDone(batch.PageEvent{Name: "\x1b[31mred", Page: 1})
	b.DocumentDone(batch.Record{Name: "b", Input: evil, Status: batch.StatusFailed,
		Failures: []batch.Failure{{Name: "b", Input: evil, Reason: "bad \u009b31m \x9b"}}})
	b.Finished(batch.Summary{})
	out := buf.String()
	for _, bad := range []string{"\x1b[2J", "\x1b]0", "\x07", "\u202e", "\x1b[31m", "\u009b"} {
		if strings.Contains(out, bad) {
			t.Errorf("raw %q reached the terminal: %q", bad, out)
		}
	}
	if !strings.Contains(out, `failed: in/\x1b[2J\x1b]0;owned\ab\u202eá.pdf: bad \u009b31m \x9b`) {
		t.Errorf("escaped failure line missing: %q", out)
	}
	if !strings.Contains(out, `\x1b[31mred`) {
		t.Errorf("escaped current name missing from the bar: %q", out)
	}
}
