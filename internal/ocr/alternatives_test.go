package ocr

import (
	"context"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/pagegen"
	"github.com/vidoc/vidoc/internal/render"
)

var devAlternatives = flag.Bool("dev-alternatives", false,
	"measure, on pages rendered from ../shared/dev/texts, how often the per-glyph choices reach the words Tesseract got wrong (slow)")

// altsText is written for these tests: administrative prose with the
// letters Tesseract confuses most (ư/u, ơ/o, ă/â/a, the five tones).
const altsText = `Ủy ban nhân dân huyện đề nghị các phường, xã khẩn trương rà soát
danh sách hộ nghèo, cận nghèo và báo cáo kết quả trước ngày mười lăm.
Trường hợp chưa thống nhất, Phòng Lao động thương binh và xã hội chủ trì
phối hợp với Ủy ban Mặt trận Tổ quốc xem xét, giải quyết dứt điểm.
NĂNG LỰC THỰC HIỆN NHIỆM VỤ CỦA CÁN BỘ, CÔNG CHỨC CẤP XÃ VẪN CÒN HẠN CHẾ;
việc ứng dụng công nghệ thông tin trong quản lý hồ sơ chưa đồng bộ.`

// reach counts, over the syllables of a page that Tesseract got wrong, how
// many the per-glyph choices can spell (every letter of the truth among its
// glyph's alternatives) and how many every glyph's first choice spells.
type reach struct{ wrong, reachable, top int }

func (r *reach) add(o reach) { r.wrong += o.wrong; r.reachable += o.reachable; r.top += o.top }

// measureReach aligns the page's text with its truth (eval's alignment, as
// vscore.py does) and looks each wrong syllable up in the word it came
// from. A glyph stands for one rune of the word's text.
func measureReach(t *testing.T, truth string, res *Result) reach {
	t.Helper()
	var r reach
	w := 0 // words before w are used up
	for _, e := range eval.Compare(truth, res.Text).Errors {
		r.wrong++
		if e.Missing || e.Hyp == "" {
			continue
		}
		var word *Word
		var at int
		for i := w; i < len(res.Words); i++ {
			if k := strings.Index(res.Words[i].Text, e.Hyp); k >= 0 {
				word, at, w = &res.Words[i], utf8.RuneCountInString(res.Words[i].Text[:k]), i
				break
			}
		}
		if word == nil {
			t.Fatalf("misread %q is in no word of the page", e.Hyp)
		}
		if len(word.Chars) != utf8.RuneCountInString(word.Text) {
			continue // glyphs and letters do not line up: not spelt from glyphs
		}
		want := []rune(e.Truth)
		if len(want) != utf8.RuneCountInString(e.Hyp) {
			continue // a split or merged syllable: no choice of glyphs spells it
		}
		all, top := true, true
		for k, c := range want {
			alts := word.Chars[at+k].Alts
			all = all && slices.ContainsFunc(alts, func(a Alt) bool { return a.C == string(c) })
			top = top && len(alts) > 0 && alts[0].C == string(c)
		}
		if all {
			r.reachable++
		}
		if top {
			r.top++
		}
	}
	return r
}

// degradedPages lays text out in a few fonts and resolutions, spoils each
// page like a scan (deterministic by seed) and returns them with their truth.
func degradedPages(t *testing.T, text string, seed uint64, n int) ([]pagegen.Page, []int) {
	t.Helper()
	fonts := pagegen.InstalledFonts(pagegen.Fonts)
	if len(fonts) == 0 {
		t.Skip("none of pagegen's fonts is installed")
	}
	rng := rand.New(rand.NewPCG(seed, 14))
	var pages []pagegen.Page
	var dpis []int
	for len(pages) < n {
		style := pagegen.RandomStyle(rng, fonts, []int{150, 200})
		split, err := pagegen.SplitPages(text, style)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range split {
			img, err := pagegen.RandomDegrade(rng).Apply(p.Image)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, pagegen.Page{Text: p.Text, Image: img})
			dpis = append(dpis, style.DPI)
		}
	}
	return pages[:n], dpis[:n]
}

// TestAlternativesKeepTheText reads the same page with and without the
// alternatives: the text and boxes are the same, and every word carries
// one entry of sorted, bounded choices per glyph, which mostly spell it.
func TestAlternativesKeepTheText(t *testing.T) {
	opts := render.DefaultOptions()
	opts.DPI = 200
	imgs, err := render.Pages(altsText, opts)
	if err != nil {
		t.Fatal(err)
	}
	page := pngPage(t, imgs[0], opts.DPI, "alts.png")
	ctx := context.Background()
	plain, err := newEngine(t, Options{NoUpright: true}).Recognize(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	res, err := newEngine(t, Options{NoUpright: true, Alternatives: true}).Recognize(ctx, page)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != plain.Text {
		t.Errorf("text with alternatives\n%s\nwithout\n%s", res.Text, plain.Text)
	}
	if len(res.Words) != len(plain.Words) {
		t.Fatalf("%d words with alternatives, %d without", len(res.Words), len(plain.Words))
	}
	spelt := 0
	for i, w := range res.Words {
		if w.Box != plain.Words[i].Box || w.Confidence != plain.Words[i].Confidence {
			t.Errorf("word %q: box %v conf %.1f with alternatives, %v %.1f without",
				w.Text, w.Box, w.Confidence, plain.Words[i].Box, plain.Words[i].Confidence)
		}
		if plain.Words[i].Chars != nil {
			t.Errorf("word %q has choices without Options.Alternatives", w.Text)
		}
		if len(w.Chars) == 0 {
			t.Errorf("word %q has no glyphs", w.Text)
			continue
		}
		var first strings.Builder
		for _, c := range w.Chars {
			if len(c.Alts) == 0 || len(c.Alts) > MaxAlternatives {
				t.Errorf("word %q: a glyph with %d choices", w.Text, len(c.Alts))
				continue
			}
			for k, a := range c.Alts {
				if a.C == "" || a.P < 0 || a.P > 1 || k > 0 && a.P > c.Alts[k-1].P {
					t.Errorf("word %q: choices %v not sorted confidences in 0–1", w.Text, c.Alts)
				}
			}
			first.WriteString(c.Alts[0].C)
		}
		if first.String() == w.Text {
			spelt++
		}
	}
	t.Logf("%d of %d words spelt by their glyphs' first choices", spelt, len(res.Words))
	if spelt*10 < len(res.Words)*9 {
		t.Errorf("only %d of %d words are spelt by their glyphs' first choices", spelt, len(res.Words))
	}
}

// TestAlternativesReachMisreadWords reads scan-like pages of altsText, which
// Tesseract gets partly wrong: the choices must reach more of the wrong
// syllables than the first choices alone, and most of them.
func TestAlternativesReachMisreadWords(t *testing.T) {
	pages, dpis := degradedPages(t, altsText, 1, 4)
	e := newEngine(t, Options{NoUpright: true, Alternatives: true})
	var sum reach
	for i, p := range pages {
		res, err := e.Recognize(context.Background(), pngPage(t, p.Image, dpis[i], "degraded.png"))
		if err != nil {
			t.Fatal(err)
		}
		sum.add(measureReach(t, p.Text, res))
	}
	t.Logf("%d wrong syllables: %d reachable from the glyphs' choices, %d their first choices", sum.wrong, sum.reachable, sum.top)
	if sum.wrong == 0 {
		t.Fatal("Tesseract read every page right: the pages must be spoilt more for this test to mean anything")
	}
	if sum.reachable <= sum.top || sum.reachable*2 < sum.wrong {
		t.Errorf("%d of %d wrong syllables reachable, %d as first choices", sum.reachable, sum.wrong, sum.top)
	}
}

// TestAlternativesOnDevTexts measures the same on scan-like pages of the
// development texts (run with -dev-alternatives; it takes minutes): one
// page per text, as the benchmark makes them.
func TestAlternativesOnDevTexts(t *testing.T) {
	if !*devAlternatives {
		t.Skip("run with -dev-alternatives")
	}
	files, _ := filepath.Glob("../../../shared/dev/texts/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/dev/texts is absent")
	}
	e := newEngine(t, Options{NoUpright: true, Alternatives: true})
	var sum reach
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages, dpis := degradedPages(t, string(data), uint64(i), 1)
		res, err := e.Recognize(context.Background(), pngPage(t, pages[0].Image, dpis[0], filepath.Base(f)))
		if err != nil {
			t.Fatal(err)
		}
		r := measureReach(t, pages[0].Text, res)
		t.Logf("%s: %d wrong syllables, %d reachable, %d first choices", filepath.Base(f), r.wrong, r.reachable, r.top)
		sum.add(r)
	}
	t.Logf("all: %d wrong syllables, %d reachable from the glyphs' choices (%.0f %%), %d their first choices (%.0f %%)",
		sum.wrong, sum.reachable, 100*float64(sum.reachable)/float64(max(sum.wrong, 1)),
		sum.top, 100*float64(sum.top)/float64(max(sum.wrong, 1)))
}

// TestAlternativesDoNotLeak reads a page many times with one choice
// client, never recycled: what the C heap holds after the first pages
// must not grow with the pages read (a page's image, result iterator or
// arrays left unfreed would add tens of kilobytes each).
func TestAlternativesDoNotLeak(t *testing.T) {
	if cHeapInUse() < 0 {
		t.Skip("the C library cannot report its heap")
	}
	opts := render.DefaultOptions()
	opts.DPI = 150
	opts.PageWidthMM, opts.PageHeightMM, opts.MarginMM = 150, 60, 5
	imgs, err := render.Pages(altsText, opts)
	if err != nil {
		t.Fatal(err)
	}
	page := pngPage(t, imgs[0], opts.DPI, "small.png")
	e := newEngine(t, Options{RecycleEvery: 1000, NoUpright: true, NoDeskew: true, Alternatives: true})
	read := func(n int) {
		for i := 0; i < n; i++ {
			res, err := e.Recognize(context.Background(), page)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Words) < 20 || len(res.Words[0].Chars) == 0 {
				t.Fatalf("page read as %q", res.Text)
			}
		}
	}
	runtime.LockOSThread() // one thread, one malloc cache: freed chunks it keeps count as in use
	defer runtime.UnlockOSThread()
	read(5) // Tesseract's caches settle
	before, rss := cHeapInUse(), rssBytes(t)
	const pages = 30
	read(pages)
	growth := cHeapInUse() - before
	t.Logf("C heap %+d bytes over %d pages (%d KB in use before); RSS %+d KB", growth, pages, before>>10, (rssBytes(t)-rss)>>10)
	if growth > 1000*pages {
		t.Errorf("the C heap grew by %d bytes over %d pages: about %d a page", growth, pages, growth/pages)
	}
}
