package output

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileCreatesParents(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a", "b", "văn bản.txt")
	if err := WriteFile(p, []byte("một"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(p); err != nil || string(got) != "một" {
		t.Fatalf("read back %q, %v", got, err)
	}
}
