package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFileUnderRefusesLinks: nothing is written through a link inside
// the output folder, whether it stands for a folder or for the file, and the
// place it points to is left untouched (issue 15, case 2).
func TestWriteFileUnderRefusesLinks(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	victim := filepath.Join(elsewhere, "x.txt")
	if err := os.WriteFile(victim, []byte("the user's"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(root, "d")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(root, "x.txt")); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"d/x.txt", "d/new/y.txt", "x.txt"} {
		if err := CheckUnder(root, rel); !errors.Is(err, ErrLink) {
			t.Errorf("CheckUnder(%s) = %v, want ErrLink", rel, err)
		}
		if err := WriteFileUnder(root, rel, []byte("ocr text"), 0o644); !errors.Is(err, ErrLink) {
			t.Errorf("WriteFileUnder(%s) = %v, want ErrLink", rel, err)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "the user's" {
		t.Fatalf("written through a link: %q", b)
	}
	if entries, _ := os.ReadDir(elsewhere); len(entries) != 1 {
		t.Errorf("%d entries where the link points, want 1", len(entries))
	}
	// A file where a folder must be is named too.
	if err := os.WriteFile(filepath.Join(root, "f"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileUnder(root, "f/z.txt", nil, 0o644); !errors.Is(err, ErrNotFolder) {
		t.Errorf("file as folder: %v", err)
	}
	// Real folders are made and written to.
	if err := CheckUnder(root, "a/b/c.txt"); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileUnder(root, "a/b/c.txt", []byte("ok"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "a", "b", "c.txt")); string(b) != "ok" {
		t.Errorf("c.txt = %q", b)
	}
	// The root itself may be a link: the user named it.
	link := filepath.Join(t.TempDir(), "out")
	if err := os.Symlink(root, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileUnder(link, "e.txt", []byte("ok"), 0o644); err != nil {
		t.Errorf("through the root's own link: %v", err)
	}
}
