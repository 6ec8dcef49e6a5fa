package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEvalFilesText(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"truth.txt": "Ủy ban nhân dân tỉnh",
		"hyp.txt":   "Uy ban Nhân dân",
	})
	var out bytes.Buffer
	opts := EvalOptions{Truth: filepath.Join(dir, "truth.txt"), Diff: 2, Format: "text"}
	err := runEval(context.Background(), opts, &GlobalOptions{}, []string{filepath.Join(dir, "hyp.txt")}, nil, &out, &out)
	if err != nil {
		t.Fatal(err)
	}
	want := "words=5 syl_acc=0.4000 syl_acc_ci=0.6000 wer=0.6000 cer=0.3500\n  Ủy -> Uy\n  nhân -> Nhân\n"
	if out.String() != want {
		t.Errorf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}

func TestEvalStdin(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"truth.txt": "một hai ba"})
	var out bytes.Buffer
	opts := EvalOptions{Truth: filepath.Join(dir, "truth.txt"), Format: "text"}
	if err := runEval(context.Background(), opts, &GlobalOptions{}, []string{"-"}, strings.NewReader("một hai ba"), &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "words=3 syl_acc=1.0000") {
		t.Errorf("output %q", out.String())
	}
}

func TestEvalFoldersJSON(t *testing.T) {
	dir := t.TempDir()
	truth, hyp := filepath.Join(dir, "truth"), filepath.Join(dir, "hyp")
	writeFiles(t, truth, map[string]string{
		"a.truth.txt": "một hai ba bốn",
		"b.txt":       "năm",
	})
	writeFiles(t, hyp, map[string]string{
		"a.eng.txt": "một hai ba bốn",
		"b.txt":     "nam",
		"c.txt":     "không có bản gốc",
	})
	var out bytes.Buffer
	opts := EvalOptions{Truth: truth, Format: "json", Diff: 10}
	err := runEval(context.Background(), opts, &GlobalOptions{}, []string{hyp}, nil, &out, &out)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("err = %v, want partial failure for c.txt without truth", err)
	}
	var got struct {
		Files []evalFigures `json:"files"`
		Total evalFigures   `json:"total"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("json: %v\n%s", err, out.String())
	}
	if len(got.Files) != 2 || got.Files[0].Name != "a.eng.txt" || got.Files[1].Name != "b.txt" {
		t.Fatalf("files = %+v", got.Files)
	}
	if got.Total.Words != 5 || got.Total.SylAcc != 0.8 || len(got.Files[1].Errors) != 1 {
		t.Errorf("total = %+v, b errors = %+v", got.Total, got.Files[1].Errors)
	}
}

func TestEvalBadArguments(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"t.txt": "a"})
	cases := []EvalOptions{
		{Format: "text"},
		{Truth: filepath.Join(dir, "t.txt"), Format: "xml"},
		{Truth: filepath.Join(dir, "t.txt"), Format: "text", Diff: -1},
	}
	for _, opts := range cases {
		err := runEval(context.Background(), opts, &GlobalOptions{}, []string{filepath.Join(dir, "t.txt")}, nil, &bytes.Buffer{}, &bytes.Buffer{})
		if !isUsageError(err) {
			t.Errorf("%+v: err = %v, want usage error", opts, err)
		}
	}
	opts := EvalOptions{Truth: filepath.Join(dir, "t.txt"), Format: "text"}
	err := runEval(context.Background(), opts, &GlobalOptions{}, []string{filepath.Join(dir, "missing.txt")}, nil, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing hypothesis: err = %v, want one naming the file", err)
	}
}
