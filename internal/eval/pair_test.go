package eval

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func writeTree(t *testing.T, dir string, names ...string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("một"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestPairFiles: files pair with files; a hypothesis folder pairs by name,
// by NAME.truth.txt or by NAME.txt; hidden files are skipped, .txt files
// without a truth listed, other files without one (a scan's .json, .md)
// passed over; a folder against a file is an ArgError.
func TestPairFiles(t *testing.T) {
	dir := t.TempDir()
	truth, hyp := filepath.Join(dir, "truth"), filepath.Join(dir, "hyp")
	writeTree(t, truth, "a.truth.txt", "b.txt", "c.txt", "e.truth.txt")
	writeTree(t, hyp, "a.eng.txt", "b.vie.txt", "c.txt", "d.txt", ".hidden.txt", "e.txt", "e.json", "e.md")
	pairs, unpaired, err := PairFiles(truth, hyp)
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{
		{Name: "a.eng.txt", Truth: filepath.Join(truth, "a.truth.txt"), Hyp: filepath.Join(hyp, "a.eng.txt")},
		{Name: "b.vie.txt", Truth: filepath.Join(truth, "b.txt"), Hyp: filepath.Join(hyp, "b.vie.txt")},
		{Name: "c.txt", Truth: filepath.Join(truth, "c.txt"), Hyp: filepath.Join(hyp, "c.txt")},
		{Name: "e.txt", Truth: filepath.Join(truth, "e.truth.txt"), Hyp: filepath.Join(hyp, "e.txt")},
	}
	if !reflect.DeepEqual(pairs, want) || !reflect.DeepEqual(unpaired, []string{filepath.Join(hyp, "d.txt")}) {
		t.Errorf("pairs %+v, unpaired %v", pairs, unpaired)
	}
	// The truth folder as its own hypotheses: nothing scored against itself.
	if _, _, err := PairFiles(truth, truth); err == nil {
		t.Error("a folder against itself paired files")
	}
	one := filepath.Join(truth, "b.txt")
	if pairs, _, err := PairFiles(one, Stdin); err != nil || len(pairs) != 1 || pairs[0].Hyp != Stdin {
		t.Errorf("file and stdin: %+v %v", pairs, err)
	}
	var ae *ArgError
	if _, _, err := PairFiles(one, hyp); !errors.As(err, &ae) {
		t.Errorf("folder against a file: %v, want an ArgError", err)
	}
	if _, _, err := PairFiles(truth, Stdin); !errors.As(err, &ae) {
		t.Errorf("stdin against a folder: %v, want an ArgError", err)
	}
	if _, _, err := PairFiles(filepath.Join(dir, "none"), hyp); err == nil {
		t.Error("missing truth: no error")
	}
}
