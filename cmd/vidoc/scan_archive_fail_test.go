package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/batch"
)

// TestScanKeepsTextWhenPDFFails: a document whose searchable PDF cannot be
// made (its page turned by /Rotate, which Graft refuses) still gets its
// .txt and .json, is recorded partial with a failure naming the file and
// the format, and the run exits 3; a rerun tries it again.
func TestScanKeepsTextWhenPDFFails(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	work, in, out := t.TempDir(), t.TempDir(), t.TempDir()
	_, pdf := strippedPages(t, work)
	turned := filepath.Join(in, "turned.pdf")
	if b, err := exec.Command("qpdf", "--rotate=+90", pdf, turned).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --rotate: %v\n%s", err, b)
	}
	scan := func() (string, error) {
		opts := ScanOptions{Output: out, Formats: []string{"txt", "json", "pdf"}, Jobs: 2, Progress: "none", Lang: "vie", TextLayer: "auto"}
		var stdout, stderr bytes.Buffer
		err := runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &stdout, &stderr)
		return stderr.String(), err
	}
	stderr, err := scan()
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("scan: %v, want exit %d\n%s", err, ExitPartial, stderr)
	}
	if txt := readFile(t, filepath.Join(out, "turned.txt")); len(strings.Fields(txt)) < 60 {
		t.Errorf("text of the turned page: %q", txt)
	}
	if _, err := os.Stat(filepath.Join(out, "turned.pdf")); !os.IsNotExist(err) {
		t.Errorf("a searchable PDF was written: %v", err)
	}
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	rec := recs["turned"]
	if rec.Status != batch.StatusPartial || !slices.Equal(rec.Outputs, []string{"turned.txt", "turned.json"}) ||
		!strings.Contains(rec.Error, turned) || !strings.Contains(rec.Error, "pdf output") || !strings.Contains(rec.Error, "/Rotate") {
		t.Errorf("manifest: status %s, outputs %q, error %q", rec.Status, rec.Outputs, rec.Error)
	}
	if len(rec.FailedOutputs) != 1 || rec.FailedOutputs[0].Output != "turned.pdf" || !strings.Contains(rec.FailedOutputs[0].Error, "/Rotate") {
		t.Errorf("manifest: failed outputs %+v, want turned.pdf and why", rec.FailedOutputs)
	}
	if !strings.Contains(stderr, "turned") || !strings.Contains(stderr, "pdf output") {
		t.Errorf("summary does not name the file and the format:\n%s", stderr)
	}
	// The file is named once, in the record's error and the summary line.
	if n := strings.Count(rec.Error, turned); n != 1 || strings.Contains(rec.Error, "pdf output: pdf:") {
		t.Errorf("manifest error names %s %d times: %q", turned, n, rec.Error)
	}
	if n := strings.Count(stderr, turned); n != 1 {
		t.Errorf("summary names %s %d times:\n%s", turned, n, stderr)
	}

	// Partial is not done: the rerun does the document again.
	stderr, err = scan()
	if !errors.As(err, &ee) || ee.Code != ExitPartial || strings.Contains(stderr, "1 skipped") {
		t.Errorf("rerun: %v\n%s", err, stderr)
	}
}
