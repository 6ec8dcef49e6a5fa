package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// longName is a descriptive Vietnamese title of n bytes or a little less
// (most of its letters take two or three bytes in UTF-8), cut at a letter.
func longName(n int) string {
	s := strings.Repeat("Quyết định phê duyệt kế hoạch tổ chức thực hiện nhiệm vụ năm học ", 8)
	for !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// A file whose name fits the file system (at most 255 bytes) is written,
// however long: its temporary file's name, the prefix and random digits
// added, was 22 bytes longer, and an archive's descriptive titles of 234
// bytes and more (about 85 Vietnamese letters) failed with "file name too
// long". Two such names sharing their first 220 bytes get apart
// temporary files, and the stale one of each is removed for it alone.
func TestWriteFileLongName(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, longName(250)+".txt")
	b := filepath.Join(dir, longName(250)+"b.txt")
	if len(filepath.Base(b)) > 255 {
		t.Fatalf("test name of %d bytes", len(filepath.Base(b)))
	}
	for _, p := range []string{a, b} {
		if err := WriteFile(p, []byte("nội dung\n"), 0o644); err != nil {
			t.Fatalf("%d-byte name: %v", len(filepath.Base(p)), err)
		}
	}
	// Leftovers of a killed run, one for each name.
	for _, p := range []string{a, b} {
		f, err := os.CreateTemp(dir, tempStem(p)+"*")
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if n, err := RemoveStaleTemps(a); n != 1 || err != nil {
		t.Errorf("RemoveStaleTemps(a) removed %d (%v), want its own 1", n, err)
	}
	if n, err := RemoveStaleTemps(b); n != 1 || err != nil {
		t.Errorf("RemoveStaleTemps(b) removed %d (%v), want its own 1", n, err)
	}
}
