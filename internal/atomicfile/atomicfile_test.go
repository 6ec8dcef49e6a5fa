package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "văn bản.txt")
	if err := WriteFile(p, []byte("một"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("hai"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, []byte("hai")) {
		t.Fatalf("content %q, want %q", got, "hai")
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only the final file", len(entries))
	}
	fi, _ := os.Stat(p)
	if fi.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v, want 0644", fi.Mode().Perm())
	}
}

func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	// The target is an existing folder: the rename must fail and the
	// temporary file must not stay behind.
	target := filepath.Join(dir, "x.txt")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, []byte("data"), 0o644); err == nil {
		t.Fatal("writing over a non-empty folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if IsTemp(e.Name()) {
			t.Fatalf("temporary file %s left behind", e.Name())
		}
	}
}

func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	final := filepath.Join(dir, "sub", "văn bản [1].txt")
	other := filepath.Join(dir, "sub", "khác.txt")
	if err := os.Mkdir(filepath.Dir(final), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(final, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, "sub", tempPrefix+"văn bản [1].txt-123")
	otherStale := filepath.Join(dir, "sub", tempPrefix+"khác.txt-456")
	for _, p := range []string{stale, otherStale} {
		if err := os.WriteFile(p, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	n, err := RemoveStaleTemps(final)
	if err != nil || n != 1 {
		t.Fatalf("RemoveStaleTemps = %d, %v; want 1, nil", n, err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Fatal("stale temporary file still there")
	}
	if _, err := os.Stat(otherStale); err != nil {
		t.Fatal("another file's temporary file was removed")
	}
	if _, err := os.Stat(final); err != nil {
		t.Fatal("final file removed")
	}
	if n, err := RemoveStaleTemps(other); err != nil || n != 1 {
		t.Fatalf("RemoveStaleTemps(other) = %d, %v", n, err)
	}
	if n, err := RemoveStaleTemps(filepath.Join(dir, "missing", "x.txt")); err != nil || n != 0 {
		t.Fatalf("RemoveStaleTemps in a missing folder = %d, %v", n, err)
	}
}

// TestWriteFillFailureKeepsOldFile: a writer that fails half-way (a full
// disk, an encoder error) leaves the previous file whole and no temporary
// file beside it.
func TestWriteFillFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "trang.png")
	if err := WriteFile(p, []byte("cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("encoder failed")
	err := Write(p, 0o644, func(w io.Writer) error {
		fmt.Fprint(w, "nửa trang")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("Write = %v, want the fill error", err)
	}
	if got, _ := os.ReadFile(p); string(got) != "cũ" {
		t.Fatalf("old file became %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries, want only the old file", len(entries))
	}
}

func TestWriteMissingFolder(t *testing.T) {
	p := filepath.Join(t.TempDir(), "missing", "x.txt")
	err := WriteFile(p, []byte("x"), 0o644)
	if err == nil || !strings.Contains(err.Error(), p) {
		t.Fatalf("WriteFile into a missing folder = %v, want an error naming %s", err, p)
	}
}

// A staged file replaces nothing until it is committed, and a discarded
// one leaves the old file and no temporary file behind.
func TestStageReplacesOnlyOnCommit(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := WriteFile(p, []byte("cũ"), 0o644); err != nil {
		t.Fatal(err)
	}
	read := func() string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	s, err := StageFile(p, []byte("mới"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if got := read(); got != "cũ" {
		t.Fatalf("staging replaced the file: %q", got)
	}
	s.Discard()
	if entries, _ := os.ReadDir(dir); read() != "cũ" || len(entries) != 1 {
		t.Fatalf("after discard: content %q, %d entries", read(), len(entries))
	}
	s, err = StageFile(p, []byte("mới"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); read() != "mới" || len(entries) != 1 {
		t.Fatalf("after commit: content %q, %d entries", read(), len(entries))
	}
}
