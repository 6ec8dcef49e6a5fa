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

// TestParseEncodings: parse reads every encoding fix reads (issue 15, case
// 14): UTF-16 with a byte-order mark, TCVN3, VNI and Windows-1258, and
// refuses text it cannot read naming the file, line and byte offset.
func TestParseEncodings(t *testing.T) {
	const text = "Số: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện công tác năm 2025\n"
	le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, b := range map[string][]byte{
		"utf16le.txt": le,
		"utf16be.txt": be,
		// The same text in TCVN3 (capitals with tones drawn from lowercase
		// bytes, as .VnTimeH fonts do), VNI, and as iconv writes it in CP1258.
		"tcvn3.txt":  []byte("S\xe8: 12/KH-UBND\n\nK\xda HO\xb9CH\nTh\xf9c hi\xd6n c\xabng t\xb8c n\xa8m 2025\n"),
		"vni.txt":    []byte("So\xe1: 12/KH-UBND\n\nKE\xc1 HOA\xcfCH\nTh\xf6\xefc hie\xe4n co\xe2ng ta\xf9c na\xeam 2025\n"),
		"cp1258.txt": []byte("S\xf4\xec: 12/KH-UBND\n\nK\xca\xec HOA\xf2CH\nTh\xfd\xf2c hi\xea\xf2n c\xf4ng t\xe1c n\xe3m 2025\n"),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		out, err := parseRun(t, "text", []string{path}, "")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, want := range []string{"12/KH-UBND", "KẾ HOẠCH", "Thực hiện công tác năm 2025"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: %q lacks %q", name, out, want)
			}
		}
	}
	// UTF-8 with a stray byte on line 3: refused, with line and offset.
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte("Số: 12/KH-UBND\n\nKẾ HO\xffẠCH\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = parseRun(t, "json", []string{bad}, "")
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "line 3, byte offset 25") {
		t.Errorf("stray byte: %v, want the file, line 3 and offset 25 named", err)
	}
}
