package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// A run over many documents written to one folder removes each one's
// leftovers reading the folder once, not once a document: a resumed run
// over 2,000 small files spent most of its time reading their output folder
// again and again. Another file's leftovers, and the temporary files
// written after the folder was read (the run's own), are kept.
func TestStaleTempsReadsEachFolderOnce(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		t.Helper()
		if err := os.WriteFile(p, []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var finals, stale []string
	for i := range 200 {
		folder := dir
		if i%4 == 0 {
			folder = sub
		}
		final := filepath.Join(folder, fmt.Sprintf("văn bản %d.txt", i))
		write(final)
		finals = append(finals, final)
		s := filepath.Join(folder, tempPrefix+filepath.Base(final)+"-98765")
		write(s)
		stale = append(stale, s)
	}
	unasked := filepath.Join(dir, tempPrefix+"khác.txt-1")
	write(unasked)

	st := NewStaleTemps()
	reads := map[string]int{}
	st.readDir = func(d string) ([]os.DirEntry, error) {
		reads[d]++
		return os.ReadDir(d)
	}
	var own string
	for i, f := range finals {
		n, err := st.Remove(f)
		if err != nil || n != 1 {
			t.Fatalf("Remove(%s) = %d, %v; want 1, nil", f, n, err)
		}
		if i == 0 {
			// The run now writes the output of a later document of
			// the folder just read.
			own = filepath.Join(sub, tempPrefix+filepath.Base(finals[4])+"-4242")
			write(own)
		}
	}
	if n, err := st.Remove(filepath.Join(dir, "missing", "x.txt")); err != nil || n != 0 {
		t.Errorf("Remove in a missing folder = %d, %v; want 0, nil", n, err)
	}
	for d, n := range reads {
		if n != 1 {
			t.Errorf("%s read %d times, want once", d, n)
		}
	}
	for _, p := range stale {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("stale %s: %v; want it removed", p, err)
		}
	}
	for _, p := range append(finals, unasked, own) {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s: %v; want it kept", p, err)
		}
	}
}
