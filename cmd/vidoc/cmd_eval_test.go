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

	"golang.org/x/text/encoding/unicode"

	"github.com/vidoc/vidoc/internal/eval"
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
	var out, errb bytes.Buffer
	opts := EvalOptions{Truth: truth, Format: "json", Diff: 10}
	err := runEval(context.Background(), opts, &GlobalOptions{}, []string{hyp}, nil, &out, &errb)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("err = %v, want partial failure for c.txt without truth", err)
	}
	if !strings.Contains(errb.String(), "c.txt") {
		t.Errorf("log %q does not name c.txt", errb.String())
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

// TestEvalRefusesEmptyTruthAndNonText (issue 15, case 15): an empty truth
// is an error, not wer=248; binary data is refused, naming the file; UTF-16
// is decoded and scored like UTF-8. In folders such a pair fails (exit 3)
// and the others are scored.
func TestEvalRefusesEmptyTruthAndNonText(t *testing.T) {
	dir := t.TempDir()
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("Ủy ban nhân dân tỉnh"))
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{
		"empty.txt": "",
		"blank.txt": " \n\t\n",
		"hyp.txt":   "Ủy ban nhân dân tỉnh",
		"scan.png":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
		"u16.txt":   string(u16),
	})
	run := func(truth, hyp string) (string, error) {
		var out bytes.Buffer
		err := runEval(context.Background(), EvalOptions{Truth: filepath.Join(dir, truth), Format: "text"}, &GlobalOptions{},
			[]string{filepath.Join(dir, hyp)}, nil, &out, &bytes.Buffer{})
		return out.String(), err
	}
	for _, c := range []struct{ truth, hyp, want string }{
		{"empty.txt", "hyp.txt", "empty.txt is empty"},
		{"blank.txt", "hyp.txt", "blank.txt is empty"},
		{"hyp.txt", "scan.png", "scan.png: binary"},
		{"scan.png", "hyp.txt", "scan.png: binary"},
	} {
		out, err := run(c.truth, c.hyp)
		var ee *ExitError
		if err == nil || !strings.Contains(err.Error(), c.want) || errors.As(err, &ee) || isUsageError(err) || out != "" {
			t.Errorf("truth %s, hyp %s: err %v, output %q; want a fatal error with %q and no figures", c.truth, c.hyp, err, out, c.want)
		}
	}
	if out, err := run("u16.txt", "hyp.txt"); err != nil || !strings.HasPrefix(out, "words=5 syl_acc=1.0000") {
		t.Errorf("UTF-16 truth: %v, %q", err, out)
	}

	truth, hyp := filepath.Join(dir, "truth"), filepath.Join(dir, "hyps")
	writeFiles(t, truth, map[string]string{"a.txt": "một hai", "b.txt": ""})
	writeFiles(t, hyp, map[string]string{"a.txt": "một hai", "b.txt": "ba"})
	var out, errb bytes.Buffer
	err = runEval(context.Background(), EvalOptions{Truth: truth, Format: "text"}, &GlobalOptions{}, []string{hyp}, nil, &out, &errb)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial || !strings.Contains(errb.String(), "b.txt is empty") {
		t.Errorf("folders with an empty truth: err %v, log %q; want exit 3 naming b.txt", err, errb.String())
	}
	if !strings.Contains(out.String(), "a.txt words=2 syl_acc=1.0000") {
		t.Errorf("folders: output %q lacks a.txt's figures", out.String())
	}
}

// Texts too long to align at once are refused, naming both files and
// saying to score in parts, before the alignment is allocated: two 3 MB
// texts made the Go runtime die out of memory (a fatal error, exit 2,
// no message of vidoc's), and anything much larger than here would too.
func TestEvalRefusesTextsTooLongToAlign(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("một hai ba tư\n", 8200) // 32,800 tokens
	writeFiles(t, dir, map[string]string{"truth.txt": long, "hyp.txt": long})
	opts := EvalOptions{Truth: filepath.Join(dir, "truth.txt"), Format: "text"}
	var out bytes.Buffer
	err := runEval(context.Background(), opts, &GlobalOptions{}, []string{filepath.Join(dir, "hyp.txt")}, nil, &out, &out)
	var tl *eval.TooLongError
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), filepath.Join(dir, "hyp.txt")+" against "+filepath.Join(dir, "truth.txt")) {
		t.Errorf("got %v, want a TooLongError naming both files", err)
	}
}
