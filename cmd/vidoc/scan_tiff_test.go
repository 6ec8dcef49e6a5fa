package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestScanTIFFToSearchablePDF: `vidoc scan --format txt,pdf` of archive
// TIFFs, a 1-bit CCITT G4 one and a JPEG-in-TIFF one made here from the
// test's notice, writes searchable PDFs whose pdftotext words are the
// repaired words, which pass qpdf --check, and whose page images are the
// TIFF's image data as it was: the G4 strip byte for byte, the JPEG
// strips joined (tiff2pdf adds the TIFF's shared JPEG tables) and not
// recompressed.
func TestScanTIFFToSearchablePDF(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdfimages", "pdftotext", "tiff2pdf", "tiffinfo", "convert"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	bin := buildVidoc(t)
	work, in, out := t.TempDir(), t.TempDir(), t.TempDir()
	png, _ := strippedPages(t, work)
	g4, jpeg := filepath.Join(in, "cong van g4.tiff"), filepath.Join(in, "cong van jpeg.tif")
	for _, c := range [][]string{
		{png, "-threshold", "50%", "-compress", "Group4", g4},
		{png, "-compress", "JPEG", "-quality", "85", jpeg},
	} {
		if b, err := exec.Command("convert", c...).CombinedOutput(); err != nil {
			t.Skipf("convert %s: %v\n%s", strings.Join(c, " "), err, b)
		}
	}
	args := []string{"scan", in, "-o", out, "-j", "2", "--progress", "none", "--format", "txt,pdf"}
	if b, err := vidocCommand(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("vidoc %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	for _, c := range []struct {
		tiff, name, enc string
	}{{g4, "cong van g4", "ccitt"}, {jpeg, "cong van jpeg", "jpeg"}} {
		t.Run(c.name, func(t *testing.T) {
			text := strings.Fields(readFile(t, filepath.Join(out, c.name+".txt")))
			if len(text) < 60 {
				t.Fatalf("repaired text has %d words: %q", len(text), text)
			}
			pdf := filepath.Join(out, c.name+".pdf")
			checkSearchablePDF(t, pdf, text)
			list, err := exec.Command("pdfimages", "-list", pdf).Output()
			if err != nil {
				t.Fatal(err)
			}
			if rows := strings.Split(strings.TrimSpace(string(list)), "\n")[2:]; len(rows) != 1 || strings.Fields(rows[0])[8] != c.enc {
				t.Fatalf("page images, want one %s:\n%s", c.enc, list)
			}
			ext := map[string]string{"ccitt": ".ccitt", "jpeg": ".jpg"}[c.enc]
			img, ok := pdfImages(t, pdf, t.TempDir(), "out")["-000"+ext]
			if !ok {
				t.Fatalf("pdfimages -all wrote no -000%s", ext)
			}
			strips, tables := tiffStrips(t, c.tiff)
			data := readFile(t, c.tiff)
			var joined strings.Builder
			for _, s := range strips {
				joined.WriteString(data[s[0] : s[0]+s[1]])
			}
			if c.enc == "ccitt" {
				if img != joined.String() {
					t.Errorf("the G4 page image (%d bytes) is not the TIFF's strip (%d bytes)", len(img), joined.Len())
				}
				return
			}
			// Each strip is a JPEG stream: joined into one, each loses
			// its start and end markers and the whole gains the tables.
			if n := joined.Len(); len(img) < n-4*len(strips) || len(img) > n+tables {
				t.Errorf("the JPEG page image has %d bytes, the TIFF's %d strips %d and tables %d: recompressed", len(img), len(strips), n, tables)
			}
		})
	}
}

// TestOCRTIFFToSearchablePDF: `vidoc ocr --format pdf` of a multi-page
// TIFF writes every page, each image passed through, under a text layer
// that pdftotext reads.
func TestOCRTIFFToSearchablePDF(t *testing.T) {
	for _, tool := range []string{"qpdf", "pdfimages", "pdftotext", "tiff2pdf"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(pdf, ocrOutput(t, filepath.Join(ocrPagesDir, "doc3-jpeg.tiff"), "pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := exec.Command("qpdf", "--check", pdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, b)
	}
	list, err := exec.Command("pdfimages", "-list", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(list)), "\n")[2:]
	if len(rows) != 3 {
		t.Fatalf("page images, want 3:\n%s", list)
	}
	for _, r := range rows {
		if f := strings.Fields(r); f[8] != "jpeg" {
			t.Errorf("page %s image encoded %s, want the TIFF's JPEG", f[0], f[8])
		}
	}
	for page := 1; page <= 3; page++ {
		n := strconv.Itoa(page)
		got, err := exec.Command("pdftotext", "-f", n, "-l", n, pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if len(strings.Fields(string(got))) < 50 {
			t.Errorf("page %d text layer: %q", page, got)
		}
	}
}

var (
	stripRe  = regexp.MustCompile(`(?m)^\s+\d+: \[\s*(\d+),\s*(\d+)\]`)
	tablesRe = regexp.MustCompile(`JPEG Tables: \((\d+) bytes\)`)
)

// tiffStrips returns the offset and size of each strip of the first page
// of a TIFF, and the size of its shared JPEG tables (0 when none), as
// tiffinfo reads them.
func tiffStrips(t *testing.T, path string) ([][2]int, int) {
	t.Helper()
	out, err := exec.Command("tiffinfo", "-s", "-0", path).Output()
	if err != nil {
		t.Fatalf("tiffinfo: %v", err)
	}
	var strips [][2]int
	for _, m := range stripRe.FindAllSubmatch(out, -1) {
		off, _ := strconv.Atoi(string(m[1]))
		n, _ := strconv.Atoi(string(m[2]))
		strips = append(strips, [2]int{off, n})
	}
	if len(strips) == 0 {
		t.Fatalf("tiffinfo lists no strips:\n%s", out)
	}
	tables := 0
	if m := tablesRe.FindSubmatch(out); m != nil {
		tables, _ = strconv.Atoi(string(m[1]))
	}
	return strips, tables
}
