package batch

import (
	"os"
	"slices"
	"strings"
	"testing"

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
