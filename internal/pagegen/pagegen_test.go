package pagegen

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/viet"
)

const sampleText = `ỦY BAN NHÂN DÂN TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUYẾT ĐỊNH
Về việc ban hành Quy chế quản lý văn bản

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý văn bản đi, văn bản đến.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
`

func TestSplitPagesKeepsEveryWordOnePagePerChunk(t *testing.T) {
	// Long enough for a few pages at 72 dpi in 14 pt, with a paragraph
	// longer than a page, which must be cut inside.
	var b strings.Builder
	for range 12 {
		b.WriteString(sampleText)
	}
	b.WriteString(strings.Repeat("văn bản quy phạm pháp luật ", 500) + "\n")
	b.WriteString(sampleText)
	fonts := InstalledFonts(Fonts)
	if len(fonts) == 0 {
		t.Skip("no Vietnamese font installed (fonts-dejavu-core, fonts-liberation2)")
	}
	style := Style{Font: fonts[0], SizePt: 14, DPI: 72}
	pages, err := SplitPages(b.String(), style)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 5 {
		t.Fatalf("%d pages, want several", len(pages))
	}
	var words []string
	for i, p := range pages {
		if p.Image == nil || p.Image.Rect.Dx() != 595 {
			t.Fatalf("page %d: image %v, want an A4 page at 72 dpi", i+1, p.Image.Rect)
		}
		// Each page's text alone renders to exactly one page.
		imgs, err := render.Pages(p.Text, render.Options{FontPath: style.Font, SizePt: style.SizePt, DPI: style.DPI})
		if err != nil || len(imgs) != 1 {
			t.Fatalf("page %d: text renders to %d pages (%v)", i+1, len(imgs), err)
		}
		words = append(words, strings.Fields(p.Text)...)
	}
	if got, want := strings.Join(words, " "), strings.Join(strings.Fields(b.String()), " "); got != want {
		t.Errorf("pages lost or reordered words: %d words, want %d", len(words), len(strings.Fields(want)))
	}
}

func TestDegradeDeterministicAndVisible(t *testing.T) {
	page := image.NewGray(image.Rect(0, 0, 400, 300))
	for i := range page.Pix {
		page.Pix[i] = 255
	}
	for y := 100; y < 140; y++ {
		for x := 50; x < 350; x++ {
			page.Pix[y*page.Stride+x] = 0
		}
	}
	orig := bytes.Clone(page.Pix)
	for seed := range uint64(20) {
		d := RandomDegrade(rand.New(rand.NewPCG(seed, 1)))
		a, err := d.Apply(page)
		if err != nil {
			t.Fatal(err)
		}
		b, err := d.Apply(page)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Pix, b.Pix) {
			t.Fatalf("seed %d: the same damage gave different pixels", seed)
		}
		if bytes.Equal(a.Pix, orig) {
			t.Fatalf("seed %d: damage %+v changed nothing", seed, d)
		}
		// The black bar must survive as dark ink in the middle of the page.
		if v := a.Pix[120*a.Stride+200]; v > 128 {
			t.Fatalf("seed %d: ink at the centre turned to %d under %+v", seed, v, d)
		}
	}
	if !bytes.Equal(page.Pix, orig) {
		t.Error("Apply changed its input")
	}
}

func TestGenerateWritesAlignedPairs(t *testing.T) {
	if _, err := exec.LookPath("tesseract"); err != nil {
		t.Skip("tesseract not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "quyetdinh.txt")
	if err := os.WriteFile(in, []byte(sampleText), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "pairs")
	opts := Options{Out: out, Models: []string{"eng"}, DPIs: []int{200}, Seed: 3, Jobs: 1}
	sum, err := Generate(context.Background(), []string{in}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Pages != 1 || sum.Failed != 0 {
		t.Fatalf("summary %+v, want one page", sum)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if got := read("quyetdinh_p001.truth.txt"); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(sampleText), " ") {
		t.Errorf("truth = %q", got)
	}
	eng := read("quyetdinh_p001.eng.txt")
	// English tesseract reads the letters but not the Vietnamese marks: most
	// of the truth's words, stripped, come back.
	read1 := map[string]bool{}
	for _, w := range strings.Fields(eng) {
		read1[w] = true
	}
	stripped := strings.Fields(viet.StripDiacritics(sampleText))
	found := 0
	for _, w := range stripped {
		if read1[w] {
			found++
		}
	}
	if found < len(stripped)/2 {
		t.Errorf("eng OCR has %d of %d stripped truth words:\n%s\n%s", found, len(stripped), eng, read("manifest.jsonl"))
	}
	var rec Record
	if err := json.Unmarshal([]byte(read("manifest.jsonl")), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Name != "quyetdinh_p001" || rec.Style.DPI != 200 || rec.OCRSeconds["eng"] <= 0 {
		t.Errorf("manifest record %+v", rec)
	}
	// A second run finds everything done and reads nothing again.
	sum, err = Generate(context.Background(), []string{in}, opts)
	if err != nil || sum.Pages != 1 || sum.OCRSeconds["eng"] != 0 {
		t.Errorf("resumed run: %+v, %v; want the page skipped", sum, err)
	}
}
