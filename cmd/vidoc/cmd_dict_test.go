package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/lm"
)

func TestDictBuildLanguageModel(t *testing.T) {
	corpus, held, out := t.TempDir(), t.TempDir(), t.TempDir()
	text := strings.Repeat("Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện chỉ thị số 12/2024/CT-TU.\n"+
		"Các cấp ủy, chính quyền thực hiện kế hoạch năm 2024 và báo cáo kết quả.\n"+
		"Ủy ban nhân dân huyện chỉ đạo các cơ quan thực hiện nghiêm túc.\n", 4)
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte(text), 0o644)
	os.WriteFile(filepath.Join(held, "dev.txt"), []byte("Huyện ủy ban hành kế hoạch thực hiện chỉ thị.\n"), 0o644)
	os.WriteFile(filepath.Join(out, "admin_terms.txt"), []byte("# terms\nBan Thường vụ Huyện ủy\n"), 0o644)
	opts := DictBuildOptions{Corpus: []string{corpus}, Out: out, Exclude: []string{held}, Order: 3, MinCount: 1,
		Prune: "0,0", Compare: []string{"1,1"}, SupplementWeight: 5, Only: "lm", Format: "json"}
	var stdout, stderr bytes.Buffer
	if err := runDictBuild(context.Background(), opts, &GlobalOptions{}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		LM   lm.BuildReport `json:"lm"`
		Path string         `json:"path"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, stdout.String())
	}
	if len(rep.LM.Pruning) != 2 || rep.LM.Eval.Units == 0 || !strings.Contains(rep.LM.Header.Supplement, "admin_terms.txt") {
		t.Errorf("report lacks pruning levels, held-out figures or supplement: %+v", rep.LM)
	}
	data, err := os.ReadFile(filepath.Join(out, "lm.bin"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := lm.Load(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if m.WordID("huyện") == m.Unknown() {
		t.Errorf("corpus word missing from the built model")
	}
}

func TestDictBuildUsage(t *testing.T) {
	var out bytes.Buffer
	for _, opts := range []DictBuildOptions{
		{},
		{Corpus: []string{t.TempDir()}, Only: "everything", Format: "text"},
		{Corpus: []string{t.TempDir()}, Prune: "x", Format: "text"},
		{Corpus: []string{filepath.Join(t.TempDir(), "missing")}, Format: "text"},
	} {
		err := runDictBuild(context.Background(), opts, &GlobalOptions{}, nil, &out, &out)
		if err == nil || !isUsageError(err) {
			t.Errorf("%+v: got %v, want a usage error", opts, err)
		}
	}
}

func TestDictInfo(t *testing.T) {
	var out bytes.Buffer
	if err := runDictInfo(context.Background(), "json", &GlobalOptions{}, &out); err != nil {
		t.Fatal(err)
	}
	var info dictInfo
	if err := json.Unmarshal(out.Bytes(), &info); err != nil {
		t.Fatal(err)
	}
	if info.Order < 3 || info.Vocab == 0 || len(info.NGrams) != info.Order || info.BytesOnDisk == 0 || info.Version == "" {
		t.Errorf("incomplete figures: %+v", info)
	}
	out.Reset()
	if err := runDictInfo(context.Background(), "text", &GlobalOptions{}, &out); err != nil || !strings.Contains(out.String(), "3-grams") {
		t.Errorf("text info: %v\n%s", err, out.String())
	}
}

// TestDictBuildAll builds the lexicon and the model together, as the
// documented rebuild does.
func TestDictBuildAll(t *testing.T) {
	corpus, out := t.TempDir(), t.TempDir()
	text := strings.Repeat("Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện chỉ thị của Ban Thường vụ Tỉnh ủy.\n", 5)
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte(text), 0o644)
	opts := DictBuildOptions{Corpus: []string{corpus}, Out: out, Order: 3, MinCount: 1, Prune: "0,0", SupplementWeight: 1, Format: "text"}
	var stdout bytes.Buffer
	if err := runDictBuild(context.Background(), opts, &GlobalOptions{}, nil, &stdout, &stdout); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"syllables.tsv", "words.tsv", "lm.bin"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if !strings.Contains(stdout.String(), "lexicon:") || !strings.Contains(stdout.String(), "language model:") {
		t.Errorf("report lacks a part:\n%s", stdout.String())
	}

	// --format json: one JSON document holding both parts, nothing after it.
	stdout.Reset()
	opts.Format = "json"
	if err := runDictBuild(context.Background(), opts, &GlobalOptions{}, nil, &stdout, &stdout); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(&stdout)
	var rep struct {
		Lexicon *struct{ Syllables int } `json:"lexicon"`
		LM      *lm.BuildReport          `json:"lm"`
		Path    string                   `json:"path"`
	}
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("report is not JSON: %v", err)
	}
	if rep.Lexicon == nil || rep.Lexicon.Syllables == 0 || rep.LM == nil || rep.LM.Header.Order != 3 || rep.Path != filepath.Join(out, "lm.bin") {
		t.Errorf("JSON report lacks a part: %+v", rep)
	}
	if dec.More() {
		t.Error("JSON report is more than one document")
	}
}
