package batch

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/output"
	"github.com/vidoc/vidoc/internal/testfs"
)

// The tests of issue 15 (reliability) on the runner's side; each names its
// case.

// Case 2: a file in the output folder that no manifest says vidoc wrote is
// never replaced: its document fails, naming it, and the others are done.
func TestRunNeverReplacesAFileItDidNotWrite(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"report.png": "ghi chú\n", "other.png": "trang\n"})
	writeFiles(t, out, map[string]string{"report.txt": "GHI CHÚ CỦA TÔI\n"})
	ins, err := Discover([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions(out, 2)
	var calls atomic.Int32
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 1 {
		t.Errorf("%d pages recognised, want 1: a document that cannot be written is refused before its OCR", calls.Load())
	}
	if b, _ := os.ReadFile(filepath.Join(out, "report.txt")); string(b) != "GHI CHÚ CỦA TÔI\n" {
		t.Fatalf("the user's report.txt was replaced: %q", b)
	}
	if _, err := os.Stat(filepath.Join(out, "report.json")); err == nil {
		t.Error("the failed document still wrote some outputs")
	}
	if sum.Done != 1 || sum.Failed != 1 || len(sum.Failures) != 1 ||
		!strings.Contains(sum.Failures[0].Reason, filepath.Join(out, "report.txt")) ||
		!strings.Contains(sum.Failures[0].Reason, "not written by vidoc") {
		t.Fatalf("summary %+v", sum)
	}
	// Outputs vidoc wrote itself are its own to replace on a rerun.
	opts = testOptions(out, 1)
	opts.Force = true
	if sum, err := Run(context.Background(), ins, opts); err != nil || sum.Done != 1 {
		t.Fatalf("forced rerun: %+v, %v", sum, err)
	}
}

// Case 2: outputs written by a run killed before its document's record are
// still known as vidoc's own (the record of intent), so the rerun may
// replace them.
func TestRunOwnsOutputsOfAKilledWrite(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "trang\n"})
	ins, _ := Discover([]string{in}, out)
	// A run that died after its record of intent and its first output.
	m, err := openManifest(out, Shard{})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Append(Record{Name: "a", Input: ins[0].Path, Status: StatusWriting, Outputs: []string{"a.txt", "a.json", "a.md"}, Finished: time.Now()}); err != nil {
		t.Fatal(err)
	}
	m.Close()
	writeFiles(t, out, map[string]string{"a.txt": "half a run\n"})
	sum, err := Run(context.Background(), ins, testOptions(out, 1))
	if err != nil || sum.Done != 1 {
		t.Fatalf("rerun: %+v, %v", sum, err)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "a.txt")); string(b) != "[txt]\nTRANG\n" {
		t.Errorf("a.txt = %q", b)
	}
}

// Case 2: a link inside the output folder is never written through, even
// when a manifest lists the file: here it points into the inputs.
func TestRunNeverWritesThroughALink(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"sub/x.png": "trang\n", "sub/x.txt": "the user's own x.txt\n"})
	ins, _ := Discover([]string{filepath.Join(in, "sub")}, out)
	// The user's output folder holds a link where x's outputs go...
	if err := os.Symlink(filepath.Join(in, "sub", "x.txt"), filepath.Join(out, "x.txt")); err != nil {
		t.Fatal(err)
	}
	// ...and a manifest that claims x.txt, as an earlier run's would.
	m, _ := openManifest(out, Shard{})
	m.Append(Record{Name: "x", Status: StatusDone, Outputs: []string{"x.txt"}, Finished: time.Now()})
	m.Close()
	sum, err := Run(context.Background(), ins, testOptions(out, 1))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(in, "sub", "x.txt")); string(b) != "the user's own x.txt\n" {
		t.Fatalf("written through the link into the inputs: %q", b)
	}
	if sum.Failed != 1 || !strings.Contains(sum.Failures[0].Reason, "symbolic link") {
		t.Fatalf("summary %+v", sum)
	}

	// The same through a linked folder inside the output folder.
	in2, out2 := t.TempDir(), t.TempDir()
	writeFiles(t, in2, map[string]string{"d/y.png": "trang\n"})
	victim := t.TempDir()
	if err := os.Symlink(victim, filepath.Join(out2, "d")); err != nil {
		t.Fatal(err)
	}
	ins2, _ := Discover([]string{in2}, out2)
	sum, err = Run(context.Background(), ins2, testOptions(out2, 1))
	if err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(victim); len(entries) != 0 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Reason, "symbolic link") {
		t.Fatalf("linked folder: %d files written where it points; summary %+v", len(entries), sum)
	}
}

// Case 5: a folder that cannot be read is a failed document of its own;
// the rest is done. As root no permission bit makes os.ReadDir fail, so the
// listing is injected (discover's readDir parameter); cmd/vidoc's
// TestScanUnreadableSubfolder does it for real as an unprivileged user.
func TestUnreadableFolderIsRecordedAndTheRestDone(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "một\n", "lost+found/b.png": "hai\n", "z/c.png": "ba\n"})
	broken := filepath.Join(in, "lost+found")
	readDir := func(dir string) ([]fs.DirEntry, error) {
		if dir == broken {
			return nil, &fs.PathError{Op: "open", Path: dir, Err: syscall.EACCES}
		}
		return os.ReadDir(dir)
	}
	ins, err := discover([]string{in}, out, readDir)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), ins, testOptions(out, 2))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Done != 2 || sum.Failed != 1 || sum.Failures[0].Input != broken || !strings.Contains(sum.Failures[0].Reason, "permission denied") {
		t.Fatalf("summary %+v", sum)
	}
	recs, _ := LoadManifests(out)
	if recs["lost+found"].Status != StatusFailed {
		t.Errorf("manifest record of the folder: %+v", recs["lost+found"])
	}
}

// Case 6: a rerun by another vidoc build or with other data redoes the
// documents; with KeepOlder it keeps them and counts them.
func TestNewVersionRedoesUnlessKeepOlder(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "một\nhai\n", "b.png": "ba\n"})
	ins, _ := Discover([]string{in}, out)
	build := func(version, data string) Options[string] {
		o := testOptions(out, 1)
		o.Version, o.Data = version, data
		o.Key = RunKey(version, "lang=vie", "stages="+data)
		o.SettingsKey = RunKey("", "lang=vie")
		return o
	}
	var calls atomic.Int32
	count := func(o Options[string]) Options[string] {
		o.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
		return o
	}
	if _, err := Run(context.Background(), ins, build("rev1", "lm:1")); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		version, data string
		keep          bool
		pages         int32
		older         int
	}{
		{"rev1", "lm:1", false, 0, 0}, // same build and data: nothing to do
		{"rev1", "lm:1", true, 0, 0},
		{"rev2", "lm:1", true, 0, 2},  // new build, kept and counted
		{"rev1", "lm:2", true, 0, 2},  // new data, kept and counted
		{"rev2", "lm:1", false, 3, 0}, // new build: redone
		{"rev2", "lm:2", false, 3, 0}, // new data: redone
	} {
		calls.Store(0)
		sum, err := Run(context.Background(), ins, count(withKeep(build(c.version, c.data), c.keep)))
		if err != nil {
			t.Fatal(err)
		}
		if calls.Load() != c.pages || sum.Older != c.older {
			t.Errorf("%s %s keep=%t: %d pages recognised, %d older; want %d and %d", c.version, c.data, c.keep, calls.Load(), sum.Older, c.pages, c.older)
		}
	}
	var b strings.Builder
	Summary{Documents: 2, Skipped: 2, Older: 2}.WriteText(&b)
	if !strings.Contains(b.String(), "older outputs kept: 2") {
		t.Errorf("summary text: %s", b.String())
	}
	// Another setting is never kept, older or not.
	o := withKeep(build("rev3", "lm:2"), true)
	o.SettingsKey = RunKey("", "lang=eng")
	if sum, _ := Run(context.Background(), ins, o); sum.Skipped != 0 {
		t.Errorf("other settings kept with KeepOlder: %+v", sum)
	}
}

func withKeep(o Options[string], keep bool) Options[string] { o.KeepOlder = keep; return o }

// Case 8: only regular files named exactly like a manifest are read; a
// folder named like one (an input folder mirrored into the output) breaks
// neither a run nor the merge.
func TestManifestLikeFolderIsNotAManifest(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"vidoc-manifest.old.jsonl/a.png": "trang\n", "b.png": "hai\n"})
	ins, _ := Discover([]string{in}, out)
	for i := range 2 {
		sum, err := Run(context.Background(), ins, testOptions(out, 1))
		if err != nil || (i == 0 && sum.Done != 2) || (i == 1 && sum.Skipped != 2) {
			t.Fatalf("run %d: %+v, %v", i, sum, err)
		}
	}
	var b strings.Builder
	if n, err := MergeManifests(out, &b); err != nil || n != 2 {
		t.Fatalf("merge: %d, %v", n, err)
	}
	for _, name := range []string{"vidoc-manifest.jsonl", "vidoc-manifest.shard-3-of-16.jsonl"} {
		if !IsManifest(name) {
			t.Errorf("%s not taken for a manifest", name)
		}
	}
	for _, name := range []string{"vidoc-manifest.old.jsonl", "vidoc-manifest.jsonl.bak", "vidoc-manifest.shard-x-of-2.jsonl"} {
		if IsManifest(name) {
			t.Errorf("%s taken for a manifest", name)
		}
	}
}

// Case 9: a file name that is not UTF-8 is stored exactly, so the rerun
// finds it finished.
func TestNonUTF8NameIsStoredExactly(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	name := "b\xe1o c\xe1o.png" // Latin-1 bytes, as an old archive copied them
	if err := os.WriteFile(filepath.Join(in, name), []byte("trang\n"), 0o644); err != nil {
		t.Skipf("this file system refuses non-UTF-8 names: %v", err)
	}
	ins, _ := Discover([]string{in}, out)
	if _, err := Run(context.Background(), ins, testOptions(out, 1)); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), ins, testOptions(out, 1))
	if err != nil || sum.Skipped != 1 {
		t.Fatalf("rerun did not skip the finished document: %+v, %v", sum, err)
	}
	recs, _ := LoadManifests(out)
	rec, ok := recs["b\xe1o c\xe1o"]
	if !ok || rec.Input != filepath.Join(in, name) || rec.Outputs[0] != "b\xe1o c\xe1o.txt" {
		t.Fatalf("record %+v", recs)
	}
	var b strings.Builder
	MergeManifests(out, &b)
	if !strings.Contains(b.String(), `"raw":{"name":`) {
		t.Errorf("merged manifest lacks the raw name: %s", b.String())
	}
}

// Case 11: an output that would be another document's folder is found
// before any OCR, and both documents are reported, whatever the workers do.
func TestOutputClashesFoundBeforeOCR(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "một\n", "a.json/b.png": "hai\n", "c.png": "ba\n"})
	for _, workers := range []int{1, 3} {
		out := t.TempDir()
		ins, _ := Discover([]string{in}, out)
		opts := testOptions(out, workers)
		var calls atomic.Int32
		opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls, delay: time.Millisecond}, nil }
		sum, err := Run(context.Background(), ins, opts)
		if err != nil {
			t.Fatal(err)
		}
		if calls.Load() != 1 || sum.Done != 1 || sum.Failed != 2 {
			t.Fatalf("-j %d: %d pages recognised, summary %+v", workers, calls.Load(), sum)
		}
		got := fmt.Sprint(sum.Failures[0].Name, " ", sum.Failures[1].Name)
		if got != "a a.json/b" {
			t.Errorf("failures %v", got)
		}
		for _, f := range sum.Failures {
			if !strings.Contains(f.Reason, "clash") {
				t.Errorf("reason %q", f.Reason)
			}
		}
	}
}

// Case 12: when the output folder's disk is full, the document being written
// leaves no outputs and the run stops with a clear error instead of going on
// OCRing what it cannot write, on a real full file system: a small tmpfs.
func TestDiskFullStopsTheRun(t *testing.T) {
	out := testfs.SmallTmpfs(t, "64k")
	in := t.TempDir()
	// Each document renders three outputs of 12 KB (three 4 KB pages of
	// tmpfs each): the first document fits, the second's text and JSON fit
	// and its outline does not, so its first two outputs must go again.
	files := map[string]string{}
	for i := range 6 {
		files[fmt.Sprintf("d%d.png", i)] = strings.Repeat("x", 12000) + "\n"
	}
	writeFiles(t, in, files)
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 1)
	var calls atomic.Int32
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
	_, err := Run(context.Background(), ins, opts)
	if !errors.Is(err, ErrDiskFull) || !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("run ended with %v, want the disk-full error", err)
	}
	if calls.Load() >= 5 {
		t.Errorf("%d documents recognised after the disk was full", calls.Load())
	}
	recs, _ := LoadManifests(out)
	for _, e := range mustReadDir(t, out) {
		name := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if IsManifest(e.Name()) {
			continue
		}
		if output.IsTemp(e.Name()) {
			t.Errorf("temporary file %s left", e.Name())
			continue
		}
		if recs[name].Status != StatusDone {
			t.Errorf("%s is left of a document not done (%q)", e.Name(), recs[name].Status)
		}
	}
}

func mustReadDir(t *testing.T, dir string) []os.DirEntry {
	t.Helper()
	e, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Case 13: a link to a folder is followed; a link back to a parent (a loop)
// is skipped, and the run ends.
func TestLinkedFoldersFollowedLoopsSkipped(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"scans/a/p.png": "x", "elsewhere/q.png": "x"})
	scans := filepath.Join(dir, "scans")
	for _, l := range [][2]string{
		{filepath.Join(dir, "elsewhere"), filepath.Join(scans, "linked")},
		{scans, filepath.Join(scans, "a", "loop")},
	} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Fatal(err)
		}
	}
	ins, err := Discover([]string{scans}, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, in := range ins {
		got = append(got, in.Name)
	}
	if strings.Join(got, " ") != "a/p linked/q" {
		t.Errorf("Discover = %v, want a/p linked/q", got)
	}
}

// Case 10: names are printed with terminal controls escaped, and only them.
func TestPrintable(t *testing.T) {
	for in, want := range map[string]string{
		"hồ sơ/Quyết định 17.pdf": "hồ sơ/Quyết định 17.pdf",
		"a\x1b[2Jb":               `a\x1b[2Jb`,
		"c\u009b31md":             `c\u009b31md`,
		"e\u202egnp.exe":          `e\u202egnp.exe`,
		"b\xe1o\tx\n":             `b\xe1o\tx\n`,
		"del\x7f":                 `del\x7f`,
	} {
		if got := Printable(in); got != want {
			t.Errorf("Printable(%q) = %s, want %s", in, got, want)
		}
	}
	var b strings.Builder
	Summary{Documents: 1, Failed: 1, Failures: []Failure{{Input: "in/\x1b]0;x\a.png", Reason: "bad"}}}.WriteText(&b)
	if strings.ContainsAny(b.String(), "\x1b\a") || !strings.Contains(b.String(), `in/\x1b]0;x\a.png: bad`) {
		t.Errorf("summary text %q", b.String())
	}
}

// Case 16: a program every file of a kind needs is missing (poppler for
// PDFs): the run stops on the first such file, naming it and what to
// install, whether opening the file or loading a page meets it, instead of
// failing every PDF of the archive as if broken.
func TestSetupErrorStopsTheRun(t *testing.T) {
	for name, doc := range map[string]string{"open": "NOTOOL\n", "page": "lazy:NOTOOL\n"} {
		t.Run(name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			writeFiles(t, in, map[string]string{"a.png": "một\n", "b.pdf": doc})
			ins, err := Discover([]string{in}, out)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Run(context.Background(), ins, testOptions(out, 1))
			var setup SetupError
			if !errors.As(err, &setup) || !strings.Contains(err.Error(), "b.pdf") || !strings.Contains(err.Error(), "poppler-utils") {
				t.Fatalf("Run = %v, want the run stopped naming b.pdf and poppler-utils", err)
			}
		})
	}
}
