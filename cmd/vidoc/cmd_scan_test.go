package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/render"
)

// copyFile copies a committed test page into a test folder.
func copyFile(tb testing.TB, src, dst string) {
	tb.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// stripPages cuts the inked part of a page into n pages of a few lines
// each, cutting only through blank rows.
func stripPages(t *testing.T, src string, n int) []*image.Gray {
	t.Helper()
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	gray := image.NewGray(b)
	draw.Draw(gray, b, img, b.Min, draw.Src)
	inked := make([]bool, b.Dy())
	first, last := -1, -1
	for y := range b.Dy() {
		row := gray.Pix[y*gray.Stride : y*gray.Stride+b.Dx()]
		for _, v := range row {
			if v < 128 {
				inked[y] = true
				break
			}
		}
		if inked[y] {
			if first < 0 {
				first = y
			}
			last = y
		}
	}
	if first < 0 {
		t.Fatalf("%s has no ink", src)
	}
	cuts := []int{max(first-40, 0)}
	for i := 1; i < n; i++ {
		y := first + (last-first)*i/n
		for y < last && inked[y] {
			y++
		}
		cuts = append(cuts, y)
	}
	cuts = append(cuts, min(last+40, b.Dy()))
	var pages []*image.Gray
	for i := range n {
		r := image.Rect(0, cuts[i], b.Dx(), cuts[i+1])
		page := image.NewGray(image.Rect(0, 0, r.Dx(), r.Dy()))
		draw.Draw(page, page.Bounds(), gray, r.Min, draw.Src)
		pages = append(pages, page)
	}
	return pages
}

func readFile(tb testing.TB, path string) string {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// TestScanFolderWithBadFileAndRotatedPage runs the real pipeline (Tesseract,
// orientation detection, structure) over a folder holding a good page, the
// same page turned 90°, a corrupt PDF and a truncated PNG.
func TestScanFolderWithBadFileAndRotatedPage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on two pages")
	}
	in, out := filepath.Join(t.TempDir(), "hồ sơ"), t.TempDir()
	// The top half of the committed test page, upright and turned 90°.
	half := stripPages(t, "../../testdata/pages/page1.png", 2)[0]
	if err := os.MkdirAll(filepath.Join(in, "2025"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := render.WritePNG(filepath.Join(in, "2025", "kế hoạch.png"), half, 300); err != nil {
		t.Fatal(err)
	}
	if err := render.WritePNG(filepath.Join(in, "2025", "xoay.png"), render.Turn(half, 1), 300); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "hỏng.pdf"), []byte("%PDF-1.4\nthis is not a PDF body\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := readFile(t, "../../testdata/pages/page1.png")
	if err := os.WriteFile(filepath.Join(in, "cụt.png"), []byte(good[:len(good)/3]), 0o644); err != nil {
		t.Fatal(err)
	}

	var stdout, stderr bytes.Buffer
	opts := ScanOptions{Output: out, Formats: []string{"txt", "json", "md"}, Jobs: 2, Progress: "json", Lang: "vie"}
	err := runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &stdout, &stderr)
	var ee *ExitError
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("runScan = %v, want exit code %d; stderr:\n%s", err, ExitPartial, stderr.String())
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout is not clean: %q", stdout.String())
	}

	// The upright page must be read well, and the turned one alike.
	truth := readFile(t, "../../testdata/text/doc3-page1.txt")
	upright := readFile(t, filepath.Join(out, "2025", "kế hoạch.txt"))
	if r := eval.Compare(truth[:len(upright)*9/10], upright); r.SylAcc < 0.8 {
		t.Errorf("upright half page: syllable accuracy %.3f against the start of its text; got:\n%s", r.SylAcc, upright)
	}
	for _, name := range []string{"kế hoạch", "xoay"} {
		for _, ext := range []string{".txt", ".json", ".md"} {
			if _, err := os.Stat(filepath.Join(out, "2025", name+ext)); err != nil {
				t.Errorf("missing output: %v", err)
			}
		}
		text := readFile(t, filepath.Join(out, "2025", name+".txt"))
		if r := eval.Compare(upright, text); r.SylAcc < 0.95 {
			t.Errorf("%s: syllable accuracy %.3f against the upright page, want ≥ 0.95; text:\n%s", name, r.SylAcc, text)
		}
		var doc map[string]any
		if err := json.Unmarshal([]byte(readFile(t, filepath.Join(out, "2025", name+".json"))), &doc); err != nil {
			t.Errorf("%s.json: %v", name, err)
		}
		if md := readFile(t, filepath.Join(out, "2025", name+".md")); !strings.Contains(md, "KẾ HOẠCH") {
			t.Errorf("%s.md lacks the document type:\n%s", name, md)
		}
	}
	for _, bad := range []string{"hỏng", "cụt"} {
		if _, err := os.Stat(filepath.Join(out, bad+".txt")); err == nil {
			t.Errorf("output written for the bad file %s", bad)
		}
	}

	// Progress: JSON events, one per page and document, then the summary
	// naming both bad files.
	var summary map[string]any
	kinds := map[string]int{}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		line := sc.Bytes()
		if !bytes.HasPrefix(line, []byte("{")) {
			continue // a log line
		}
		var ev map[string]any
		if err := json.Unmarshal(line, &ev); err != nil {
			t.Fatalf("progress line %q: %v", line, err)
		}
		kind, _ := ev["event"].(string)
		kinds[kind]++
		if kind == "summary" {
			summary = ev
		}
	}
	if kinds["page"] != 3 || kinds["document"] != 4 || kinds["summary"] != 1 {
		t.Errorf("progress events %v, want 3 page (one failed), 4 document, 1 summary", kinds)
	}
	if summary == nil || summary["done"] != 2.0 || summary["failed"] != 2.0 || summary["pages"] != 2.0 {
		t.Fatalf("summary %v", summary)
	}
	failures, _ := json.Marshal(summary["failures"])
	for _, want := range []string{"hỏng.pdf", "cụt.png"} {
		if !strings.Contains(string(failures), want) {
			t.Errorf("summary failures %s do not name %s", failures, want)
		}
	}
	if c, _ := summary["mean_confidence"].(float64); c < 50 {
		t.Errorf("mean confidence %v", c)
	}

	// The manifest records the failures too; a rerun skips the good pages
	// and tries the bad files again.
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	if r := recs["hỏng"]; r.Status != batch.StatusFailed || !strings.Contains(r.Error, "hỏng.pdf") {
		t.Errorf("manifest record of the corrupt PDF: %+v", r)
	}
	stderr.Reset()
	opts.Progress = "none"
	err = runScan(context.Background(), opts, &GlobalOptions{}, []string{in}, nil, &stdout, &stderr)
	if !errors.As(err, &ee) || ee.Code != ExitPartial {
		t.Fatalf("rerun = %v", err)
	}
	if s := stderr.String(); !strings.Contains(s, "2 skipped") || !strings.Contains(s, "hỏng.pdf") || !strings.Contains(s, "changes made: ") {
		t.Errorf("rerun summary:\n%s", s)
	}
}

func TestScanRefusesBadArguments(t *testing.T) {
	in := t.TempDir()
	copyFile(t, "../../testdata/pages/page1.png", filepath.Join(in, "a.png"))
	cases := []struct {
		name string
		opts ScanOptions
		args []string
		want string
	}{
		{"no output", ScanOptions{Jobs: 1, Progress: "none"}, []string{in}, "-o OUTDIR"},
		{"no input", ScanOptions{Output: t.TempDir(), Jobs: 1, Progress: "none"}, nil, "at least one input"},
		{"output is the input folder", ScanOptions{Output: in, Jobs: 1, Progress: "none"}, []string{in}, "inside input folder"},
		{"output inside the input folder", ScanOptions{Output: filepath.Join(in, "out"), Jobs: 1, Progress: "none"}, []string{in}, "inside input folder"},
		{"output next to an input file", ScanOptions{Output: in, Jobs: 1, Progress: "none"}, []string{filepath.Join(in, "a.png")}, "next to its inputs"},
		{"bad format", ScanOptions{Output: t.TempDir(), Formats: []string{"txt,docx"}, Jobs: 1, Progress: "none"}, []string{in}, "docx"},
		{"bad shard", ScanOptions{Output: t.TempDir(), Jobs: 1, Shard: "4/4", Progress: "none"}, []string{in}, "shard"},
		{"bad progress", ScanOptions{Output: t.TempDir(), Jobs: 1, Progress: "loud"}, []string{in}, "progress"},
		{"no workers", ScanOptions{Output: t.TempDir(), Jobs: 0, Progress: "none"}, []string{in}, "-j"},
		{"missing input", ScanOptions{Output: t.TempDir(), Jobs: 1, Progress: "none"}, []string{filepath.Join(in, "nope")}, "nope"},
	}
	for _, c := range cases {
		err := runScan(context.Background(), c.opts, &GlobalOptions{}, c.args, nil, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !isUsageError(err) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want a usage error mentioning %q", c.name, err, c.want)
		}
	}
	if entries, _ := os.ReadDir(in); len(entries) != 1 {
		t.Errorf("the input folder was written to: %d entries", len(entries))
	}
}

func TestScanMergeManifests(t *testing.T) {
	out := t.TempDir()
	shard0 := `{"name":"b","status":"failed","error":"corrupt","finished":"2026-01-01T00:00:00Z"}
{"name":"b","status":"done","repairs":5,"finished":"2026-01-02T00:00:00Z"}
`
	shard1 := `{"name":"a","status":"done","finished":"2026-01-01T00:00:00Z"}
{"name":"c","status":"do`
	if err := os.WriteFile(filepath.Join(out, batch.ManifestPrefix+".shard-0-of-2.jsonl"), []byte(shard0), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, batch.ManifestPrefix+".shard-1-of-2.jsonl"), []byte(shard1), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	opts := ScanOptions{Output: out, MergeManifests: true}
	if err := runScan(context.Background(), opts, &GlobalOptions{}, nil, nil, &stdout, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	merged := stdout.String()
	var got []string
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var rec batch.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("merged line %q: %v", sc.Text(), err)
		}
		got = append(got, fmt.Sprintf("%s:%s:%d", rec.Name, rec.Status, rec.Changes))
	}
	// b's record has the old key "repairs": its count comes out as "changes".
	if strings.Join(got, " ") != "a:done:0 b:done:5" {
		t.Errorf("merged manifest %v, want a:done:0 b:done:5 (latest record per document, torn line dropped, old key read)", got)
	}
	if strings.Contains(merged, "repairs") {
		t.Errorf("merged manifest keeps the old key:\n%s", merged)
	}
	// Inputs beside --merge-manifests are a usage error, not ignored; a
	// folder without manifests (a mistyped OUTDIR) is an error, not an
	// empty archive.
	if err := runScan(context.Background(), opts, &GlobalOptions{}, []string{"scans"}, nil, &bytes.Buffer{}, &bytes.Buffer{}); !isUsageError(err) {
		t.Errorf("--merge-manifests with an INPUT: %v, want a usage error", err)
	}
	opts.Output = t.TempDir()
	if err := runScan(context.Background(), opts, &GlobalOptions{}, nil, nil, &bytes.Buffer{}, &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "no manifest") {
		t.Errorf("--merge-manifests on a folder without manifests: %v, want an error", err)
	}
}
