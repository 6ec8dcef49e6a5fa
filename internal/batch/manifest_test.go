package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// Manifests written before "repairs" was renamed "changes" still resume a
// run, and their counts are read and merged under the new name.
func TestOldManifestWithRepairsIsRead(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.png": "ch0 thi\n", "b.png": "m0t\nhai\n"})
	ins, _ := Discover([]string{in}, out)
	opts := testOptions(out, 1)
	if _, err := Run(context.Background(), ins, opts); err != nil {
		t.Fatal(err)
	}

	// Turn the manifest into what an older vidoc wrote, and add a line in
	// that form by hand.
	path := filepath.Join(out, manifestName(Shard{}))
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte(`"changes":1,`)); n != 4 { // writing and done, per document
		t.Fatalf("manifest has %d records with \"changes\":1, want 4:\n%s", n, b)
	}
	old := bytes.ReplaceAll(b, []byte(`"changes":`), []byte(`"repairs":`))
	old = append(old, `{"name":"c","input":"c.png","status":"failed","pages":3,"confidence":80,"repairs":14,"seconds":1,"finished":"2025-01-02T03:04:05Z"}`+"\n"...)
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}

	recs, err := LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]int{"a": 1, "b": 1, "c": 14} {
		if r := recs[name]; r.Changes != want {
			t.Errorf("%s: changes %d, want %d from the old key repairs", name, r.Changes, want)
		}
	}

	var calls atomic.Int32
	opts.NewRecognizer = func() (Recognizer[string], error) { return upperOCR{calls: &calls}, nil }
	sum, err := Run(context.Background(), ins, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Skipped != 2 || calls.Load() != 0 {
		t.Errorf("resume from an old manifest skipped %d and recognised %d pages, want 2 and 0", sum.Skipped, calls.Load())
	}

	var merged bytes.Buffer
	if _, err := MergeManifests(out, &merged); err != nil {
		t.Fatal(err)
	}
	if got := merged.String(); strings.Contains(got, `"repairs"`) || !strings.Contains(got, `"changes":14,`) {
		t.Errorf("merged manifest keeps the old key or loses its count:\n%s", got)
	}
}

// A record with both names, as no vidoc writes, takes the new one.
func TestRecordChangesWinsOverRepairs(t *testing.T) {
	var r Record
	if err := r.UnmarshalJSON([]byte(`{"name":"x","changes":3,"repairs":9}`)); err != nil || r.Changes != 3 || r.Name != "x" {
		t.Errorf("record %+v, %v; want changes 3", r, err)
	}
	if err := r.UnmarshalJSON([]byte(`{"name":`)); err == nil {
		t.Error("a torn record was read without an error")
	}
}
