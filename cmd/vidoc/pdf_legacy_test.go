package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/textenc"
)

// tcvn3Lines are written for this test: a letter with no capital that
// carries a tone, which TCVN3's lowercase font (.VnTime) cannot draw.
var tcvn3Lines = []string{
	"Công văn về việc rà soát hồ sơ lưu trữ năm nay",
	"Phòng nội vụ đề nghị các đơn vị kiểm tra danh mục",
	"hồ sơ, tài liệu đã nộp lưu và báo cáo kết quả",
	"trước ngày mười lăm tháng sau để tổng hợp chung.",
	"Trân trọng cảm ơn sự phối hợp của các đơn vị.",
}

// tcvn3PDF writes a one-page PDF of lines drawn as a .VnTime document
// gives them: TCVN3 bytes in a font with the standard Latin encoding, so
// that pdftotext extracts Windows-1252 mojibake. Each letter's byte is
// found by decoding every byte with textenc's own TCVN3 table.
func tcvn3PDF(t *testing.T, path string, lines []string) {
	t.Helper()
	table := map[rune]byte{}
	for c := 0x80; c <= 0xFF; c++ {
		r, err := textenc.NewReader(strings.NewReader("t"+string([]byte{byte(c)})), textenc.TCVN3, nil)
		if err != nil {
			t.Fatal(err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if rs := []rune(string(out)); len(rs) == 2 {
			table[rs[1]] = byte(c)
		}
	}
	pdf := fpdf.New("P", "pt", "A4", "")
	pdf.SetFont("Times", "", 12)
	pdf.AddPage()
	for i, l := range lines {
		var b []byte
		for _, r := range l {
			c, ok := table[r]
			switch {
			case r < 0x80:
				b = append(b, byte(r))
			case ok:
				b = append(b, c)
			default:
				t.Fatalf("%q has no TCVN3 byte", r)
			}
		}
		pdf.Text(72, 100+float64(i)*20, string(b))
	}
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
}

// TestTCVN3PDFEndToEnd is issue 13's "a TCVN3-font PDF gives correct
// Unicode": `vidoc scan --format txt,json` writes the letter's Unicode
// words and the manifest says the layer was decoded from TCVN3; `vidoc
// ocr --format json` takes the same decision and gives the same words.
func TestTCVN3PDFEndToEnd(t *testing.T) {
	in, out := inputDir(t), t.TempDir()
	path := filepath.Join(in, "cong van.pdf")
	tcvn3PDF(t, path, tcvn3Lines)
	want := strings.Fields(strings.Join(tcvn3Lines, " "))

	opts := ScanOptions{Output: out, Formats: []string{"txt", "json"}, Jobs: 2, Progress: "none", Lang: "vie", TextLayer: "auto"}
	var stdout, stderr bytes.Buffer
	if err := runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &stdout, &stderr); err != nil {
		t.Fatalf("scan: %v\n%s", err, stderr.String())
	}
	if got := strings.Fields(readFile(t, filepath.Join(out, "cong van.txt"))); !slices.Equal(got, want) {
		t.Errorf("scan text\n got %q\nwant %q", got, want)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "cong van.json"))), &doc); err != nil {
		t.Fatalf("scan JSON: %v", err)
	}
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	rec := recs["cong van"]
	if len(rec.TextLayer) != 1 {
		t.Fatalf("manifest text_layer %s, want one page", rec.TextLayer)
	}
	var note triageNote
	if err := json.Unmarshal(rec.TextLayer[0], &note); err != nil {
		t.Fatal(err)
	}
	if note.Decision != "decode" || note.Evidence.Encoding != textenc.TCVN3 {
		t.Errorf("manifest text_layer %s, want decode from %s", rec.TextLayer[0], textenc.TCVN3)
	}

	oopts := defaultOCROptions()
	oopts.Format = "json"
	stdout.Reset()
	if err := runOCR(context.Background(), oopts, &GlobalOptions{}, []string{path}, nil, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	var page struct {
		Text      string      `json:"text"`
		TextLayer *triageNote `json:"text_layer"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &page); err != nil {
		t.Fatalf("ocr JSON: %v\n%s", err, stdout.Bytes())
	}
	if page.TextLayer == nil || page.TextLayer.Decision != "decode" || page.TextLayer.Evidence.Encoding != textenc.TCVN3 {
		t.Errorf("ocr text_layer %+v, want decode from %s", page.TextLayer, textenc.TCVN3)
	}
	if got := strings.Fields(page.Text); !slices.Equal(got, want) {
		t.Errorf("ocr text\n got %q\nwant %q", got, want)
	}
}
