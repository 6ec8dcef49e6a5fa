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

const parseSample = "../../testdata/structure/longthanh-2024-kh.txt"

func parseRun(t *testing.T, format string, args []string, stdin string) (string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	err := runParse(context.Background(), ParseOptions{Format: format}, &GlobalOptions{}, args, strings.NewReader(stdin), &out, &errb)
	return out.String(), err
}

func TestParseJSONFromFile(t *testing.T) {
	out, err := parseRun(t, "json", []string{parseSample}, "")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		SchemaVersion string `json:"schema_version"`
		Header        struct {
			Date    struct{ ISO string } `json:"date"`
			Place   struct{ Value string }
			DocType struct{ Value string } `json:"doc_type"`
		}
		Body []struct{ Label string }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	var labels []string
	for _, n := range doc.Body {
		labels = append(labels, n.Label)
	}
	if doc.SchemaVersion == "" || doc.Header.Date.ISO != "2024-07-17" || doc.Header.Place.Value != "Long Thành" ||
		doc.Header.DocType.Value != "KẾ HOẠCH" || strings.Join(labels, " ") != "I II III IV V" {
		t.Errorf("parsed %+v, sections %q", doc.Header, labels)
	}
}

// With no file or "-", parse reads stdin; md reads as the outline.
func TestParseMarkdownFromStdin(t *testing.T) {
	data, err := os.ReadFile(parseSample)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{nil, {"-"}} {
		out, err := parseRun(t, "md", args, string(data))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"# KẾ HOẠCH: thực hiện Kế hoạch số 344-KH/TU", "2024-07-17", "Long Thành",
			"\n## I. MỤC ĐÍCH, YÊU CẦU\n", "\n### 1. Mục đích\n", "\n## V. TỔ CHỨC THỰC HIỆN\n", "Chỉ thị số 28-CT/TW, 2023-12-25, Bộ Chính trị"} {
			if !strings.Contains(out, want) {
				t.Errorf("args %q: markdown lacks %q", args, want)
			}
		}
	}
}

func TestParseText(t *testing.T) {
	out, err := parseRun(t, "text", nil, "KẾ HOẠCH\nthực hiện nhiệm vụ\n\nI. MỤC ĐÍCH\n- Nâng cao nhận thức của cán bộ\nvề công tác này.\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "KẾ HOẠCH\n\nthực hiện nhiệm vụ\n\nI. MỤC ĐÍCH\n\n- Nâng cao nhận thức của cán bộ về công tác này.\n"
	if out != want {
		t.Errorf("text output:\n%q\nwant\n%q", out, want)
	}
}

func TestParseErrors(t *testing.T) {
	if _, err := parseRun(t, "xml", nil, ""); !isUsageError(err) {
		t.Errorf("--format xml: err = %v, want a usage error", err)
	}
	missing := filepath.Join(t.TempDir(), "none.txt")
	if _, err := parseRun(t, "json", []string{missing}, ""); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: err = %v, want it named", err)
	}
	bin := filepath.Join(t.TempDir(), "scan.png")
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := parseRun(t, "json", []string{bin}, "")
	if err == nil || !strings.Contains(err.Error(), bin) || !strings.Contains(err.Error(), "binary") {
		t.Errorf("binary file: err = %v, want a clear error naming it", err)
	}
	var ee *ExitError
	if errors.As(err, &ee) {
		t.Errorf("binary input is a fatal error, not partial: %v", ee)
	}
	// Empty input is not an error: the result has nulls.
	out, err := parseRun(t, "json", nil, "")
	if err != nil || !strings.Contains(out, `"doc_type": null`) {
		t.Errorf("empty input: %v %q", err, out)
	}
}
