package batch

import (
	"context"
	"os"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/output"
)

// On a file system that does not tell case or accent encodings apart
// (exFAT, FAT, SMB shares, macOS), two documents whose outputs differ only
// so would write one file, the second replacing the first's outputs and
// both recorded as done: one document lost. They clash, both named, before
// any OCR; where the file system tells them apart nothing changes.
func TestFoldedNamesClash(t *testing.T) {
	ins := []Input{
		{Name: "2024/X"}, {Name: "2024/x"}, // a scan's name in two cases
		{Name: "H\u00e0"}, {Name: "Ha\u0300"}, // Hà in NFC and in NFD
		{Name: "Thu/a"}, {Name: "thu/b"}, // folders differing in case, outputs apart
		{Name: "y"},
	}
	formats := []Format{Text, JSON}
	if got := findClashes(ins, formats, false); len(got) != 0 {
		t.Errorf("a file system telling names apart: clashes %v", got)
	}
	got := findClashes(ins, formats, true)
	var names []string
	for name, err := range got {
		names = append(names, name)
		if !strings.Contains(err.Error(), "differ only in case") {
			t.Errorf("%s: %v", name, err)
		}
	}
	slices.Sort(names)
	if want := []string{"2024/X", "2024/x", "Ha\u0300", "H\u00e0"}; !slices.Equal(names, want) {
		t.Errorf("clashing %q, want %q", names, want)
	}
	if err := got["2024/X"]; err == nil || !strings.Contains(err.Error(), "2024/x") {
		t.Errorf("2024/X's error does not name 2024/x: %v", err)
	}
}

// FoldsNames asks the file system itself and leaves nothing behind; the
// folders tests run in (Linux tmpfs or ext4) tell names apart.
func TestFoldsNamesOnThisFileSystem(t *testing.T) {
	dir := t.TempDir()
	if output.FoldsNames(dir) {
		t.Errorf("%s: a Linux file system taken for one that folds case", dir)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("probe left %v", left)
	}
}

// An input named at the file system's limit (255 bytes: some 90
// Vietnamese letters) whose output name, an extension longer, would be
// over it fails before its OCR, saying so; the others are done. The name
// was found too long only when the outputs were written, after the OCR, as
// "file name too long".
func TestOutputNameTooLongFailsBeforeOCR(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	name := strings.Repeat("kế hoạch năm học ", 20)[:200]
	for !utf8.ValidString(name) {
		name = name[:len(name)-1]
	}
	name += strings.Repeat("x", 251-len(name)) // NAME.png is 255 bytes, NAME.json 256
	writeFiles(t, in, map[string]string{name + ".png": "một\n", "ngắn.png": "hai\n"})
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 1)
	opts.Formats = []Format{Text, JSON}
	var calls atomic.Int32
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	if calls.Load() != 1 || sum.Done != 1 || sum.Failed != 1 {
		t.Fatalf("%d pages recognised, summary %+v", calls.Load(), sum)
	}
	if r := sum.Failures[0].Reason; !strings.Contains(r, "longer than the 255 bytes") {
		t.Errorf("reason %q", r)
	}
}
