package batch

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/vidoc/vidoc/internal/testfs"
)

// The tests of a document's set of outputs: after a run, the files under a
// document's output names are exactly those its latest record lists, even
// where an earlier run wrote more.

// noPDFRenderer renders as bracketRenderer, but cannot make the PDF: as a
// searchable PDF of a page turned by /Rotate.
type noPDFRenderer struct{}

func (noPDFRenderer) Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	out, _ := bracketRenderer{}.Render(ctx, doc, formats)
	delete(out, PDF)
	return out, &OutputError{Format: PDF, Err: errors.New("a page turned by /Rotate")}
}

// outputsOf lists the files of out named as the document name's outputs in
// formats, present on disk.
func outputsOf(t *testing.T, out, name string, formats []Format) []string {
	t.Helper()
	var got []string
	for _, f := range formats {
		if _, err := os.Lstat(filepath.Join(out, name+f.Ext())); err == nil {
			got = append(got, name+f.Ext())
		}
	}
	return got
}

// runOnce runs opts over the folder in and fails the test on a run error.
func runOnce(t *testing.T, in string, opts Options[string]) Summary {
	t.Helper()
	ins, err := Discover([]string{in}, opts.OutDir)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// A format that cannot be made this time leaves no file of an earlier run
// beside the fresh ones, and the manifest records it as failed.
func TestFailedFormatLeavesNoStaleFile(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	formats := []Format{Text, JSON, PDF}
	writeFiles(t, in, map[string]string{"d.png": "lan mot\n"})
	opts := testOptions(out, 1)
	opts.Formats = formats
	runOnce(t, in, opts)
	if got := outputsOf(t, out, "d", formats); len(got) != 3 {
		t.Fatalf("first run wrote %q", got)
	}

	writeFiles(t, in, map[string]string{"d.png": "lan hai\n"})
	opts.Renderer = noPDFRenderer{}
	if sum := runOnce(t, in, opts); sum.Partial != 1 {
		t.Fatalf("second run: %+v", sum)
	}
	if got := outputsOf(t, out, "d", formats); !slices.Equal(got, []string{"d.txt", "d.json"}) {
		t.Errorf("outputs on disk %q, want d.txt and d.json: the first run's d.pdf is not of this text", got)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "d.txt")); string(b) != "[txt]\nLAN HAI\n" {
		t.Errorf("d.txt = %q", b)
	}
	recs, err := LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	rec := recs["d"]
	if rec.Status != StatusPartial || !slices.Equal(rec.Outputs, []string{"d.txt", "d.json"}) ||
		len(rec.FailedOutputs) != 1 || rec.FailedOutputs[0].Output != "d.pdf" || !strings.Contains(rec.FailedOutputs[0].Error, "/Rotate") {
		t.Errorf("record: status %s, outputs %q, failed outputs %+v", rec.Status, rec.Outputs, rec.FailedOutputs)
	}
}

// A document that fails this time keeps its earlier run's outputs, whole:
// a rerun that fails never loses output. Its record says it failed, so the
// next run tries it again.
func TestFailedDocumentKeepsEarlierOutputs(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	formats := []Format{Text, JSON, Markdown}
	writeFiles(t, in, map[string]string{"d.png": "lan mot\n"})
	opts := testOptions(out, 1)
	opts.Formats = formats
	runOnce(t, in, opts)
	before := readOutputs(t, out, "d", formats)
	writeFiles(t, in, map[string]string{"d.png": "CORRUPT\n"})
	if sum := runOnce(t, in, opts); sum.Failed != 1 {
		t.Fatalf("second run: %+v", sum)
	}
	if after := readOutputs(t, out, "d", formats); !maps.Equal(before, after) {
		t.Errorf("a failed rerun changed the earlier outputs:\nbefore %q\nafter  %q", before, after)
	}
	recs, _ := LoadManifests(out)
	if r := recs["d"]; r.Status != StatusFailed || len(r.Outputs) != 0 {
		t.Errorf("record: %+v", r)
	}
}

// readOutputs maps each of the document name's outputs in formats present
// on disk to its content.
func readOutputs(t *testing.T, out, name string, formats []Format) map[string]string {
	t.Helper()
	got := make(map[string]string)
	for _, rel := range outputsOf(t, out, name, formats) {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		got[rel] = string(b)
	}
	return got
}

// An output that cannot be written (the disk fills up at the third) leaves
// every output of the earlier run as it was: all are staged in full before
// any replaces its old file. On a real full file system, a small tmpfs.
func TestFailedWriteKeepsEarlierOutputs(t *testing.T) {
	out := testfs.SmallTmpfs(t, "64k")
	in := t.TempDir()
	formats := []Format{Text, JSON, Markdown}
	writeFiles(t, in, map[string]string{"d.png": "lan mot\n"})
	opts := testOptions(out, 1)
	opts.Formats = formats
	runOnce(t, in, opts) // three outputs of one 4 KB page each
	before := readOutputs(t, out, "d", formats)
	var st syscall.Statfs_t
	if err := syscall.Statfs(out, &st); err != nil {
		t.Fatal(err)
	}
	// Leave three pages: the new text (two pages) and half the JSON fit
	// beside the old files, the rest does not.
	free := int64(st.Bavail) * st.Bsize
	if err := os.WriteFile(filepath.Join(out, "filler"), make([]byte, free-3*st.Bsize), 0o644); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, in, map[string]string{"d.png": strings.Repeat("x", 5000) + "\n"})
	ins, _ := Discover([]string{in}, out)
	if _, err := Run(context.Background(), ins, opts); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("run ended with %v, want the disk-full error", err)
	}
	if after := readOutputs(t, out, "d", formats); !maps.Equal(before, after) {
		t.Errorf("outputs changed by a run whose outputs could not all be written:\nbefore %q\nafter  %q", before, after)
	}
	if temps, _ := filepath.Glob(filepath.Join(out, ".vidoc-tmp-*")); len(temps) != 0 {
		t.Errorf("staged files left: %q", temps)
	}
}

// pageTwoPDFRenderer cannot make the PDF for the input's page 2, and says
// so as the searchable PDF's writer does: a FileError of the input, with
// its page.
type pageTwoPDFRenderer struct{}

func (pageTwoPDFRenderer) Render(ctx context.Context, doc *Doc, formats []Format) (map[Format][]byte, error) {
	out, _ := bracketRenderer{}.Render(ctx, doc, formats)
	delete(out, PDF)
	return out, &OutputError{Format: PDF, Err: &FileError{Path: doc.Input, Page: 2, Err: errors.New("is turned 90 degrees by /Rotate")}}
}

// A format that cannot be made for one page of the input names the file
// once, and the page, in the manifest and the summary.
func TestFailedFormatNamesFileOnceWithPage(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"d.png": "mot\nhai\n"})
	opts := testOptions(out, 1)
	opts.Formats = []Format{Text, PDF}
	opts.Renderer = pageTwoPDFRenderer{}
	sum := runOnce(t, in, opts)
	input := filepath.Join(in, "d.png")
	recs, _ := LoadManifests(out)
	rec := recs["d"]
	if want := input + " page 2: pdf output: is turned 90 degrees by /Rotate"; rec.Error != want {
		t.Errorf("manifest error %q, want %q", rec.Error, want)
	}
	if f := rec.FailedOutputs; len(f) != 1 || f[0].Page != 2 || f[0].Error != "pdf output: is turned 90 degrees by /Rotate" {
		t.Errorf("failed outputs %+v", f)
	}
	if len(sum.Failures) != 1 || sum.Failures[0].Page != 2 || sum.Failures[0].Reason != "pdf output: is turned 90 degrees by /Rotate" {
		t.Errorf("summary failures %+v", sum.Failures)
	}
}
