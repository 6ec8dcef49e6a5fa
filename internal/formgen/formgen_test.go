package formgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// drawn is every line a page prints, as read (handwriting marks removed).
func drawn(p Page) string {
	var all []string
	for _, part := range [][]string{p.Form.HeaderLeft, p.Form.HeaderRight, p.Form.Title} {
		for _, l := range part {
			all = append(all, render.FormText(l))
		}
	}
	return strings.Join(all, "\n")
}

// The fields a page's truth gives are printed on it, in the form the
// decrees ask: the number line, the place and date, the type line, the
// abstract; both families and both damages come up; the same seed gives
// the same page.
func TestMakeFieldsArePrinted(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 20; seed++ {
		p, err := Make(seed)
		if err != nil {
			t.Fatal(err)
		}
		text := drawn(p)
		f := p.Fields
		seen[f.Family] = true
		seen[map[bool]string{true: "bilevel", false: "colour"}[p.Damage.Bilevel]] = true
		num := f.Number
		gap := " "
		if p.Damage.BlankNum {
			// The blank left empty: the code as printed lacks the number.
			gap = " " + blankNumber
			if regexp.MustCompile(`\d`).MatchString(strings.SplitN(num, "/", 2)[0]) {
				t.Errorf("seed %d: blank number, yet the fields give %q", seed, num)
			}
		}
		if f.Family == "party" {
			if !regexp.MustCompile(`^(\d+)?-[\pL]+/[\pL]+$`).MatchString(num) || !strings.Contains(text, "Số"+gap+num) || !strings.Contains(text, "ĐẢNG CỘNG SẢN VIỆT NAM") {
				t.Errorf("seed %d: party number %q not printed as HD 36 asks:\n%s", seed, num, text)
			}
		} else if p.Damage.DottedNum {
			// The dotted leader the pen covered in part, around the number.
			no, sym, _ := strings.Cut(num, "/")
			if !strings.Contains(text, "Số: ."+no+". . /"+sym) {
				t.Errorf("seed %d: dotted number %q not printed:\n%s", seed, num, text)
			}
		} else if !strings.Contains(text, "Số:"+gap+num) || !strings.Contains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") {
			t.Errorf("seed %d: state number %q not printed:\n%s", seed, num, text)
		}
		if p.Damage.BlankDate {
			// Day and month left blank: the fields give the year alone.
			if !regexp.MustCompile(`^\d{4}$`).MatchString(f.Date) || !strings.Contains(text, f.Place+", ngày"+blankDay+"tháng"+blankDay+"năm "+f.Date) {
				t.Errorf("seed %d: blank date %q not printed:\n%s", seed, f.Date, text)
			}
		} else {
			y, m, d := f.Date[:4], strings.TrimLeft(f.Date[5:7], "0"), strings.TrimLeft(f.Date[8:], "0")
			if !regexp.MustCompile(regexp.QuoteMeta(f.Place) + `, ngày 0?` + d + ` tháng 0?` + m + ` năm ` + y).MatchString(text) {
				t.Errorf("seed %d: place and date %s, %s not printed:\n%s", seed, f.Place, f.Date, text)
			}
		}
		seen["blank number"] = seen["blank number"] || p.Damage.BlankNum
		seen["blank date"] = seen["blank date"] || p.Damage.BlankDate
		if f.DocType != "CÔNG VĂN" && !strings.Contains(text, "\n"+f.DocType+"\n") {
			t.Errorf("seed %d: type %q not on its own line", seed, f.DocType)
		}
		if !strings.Contains(strings.ReplaceAll(text, "\n", " "), f.Title) {
			t.Errorf("seed %d: title %q not printed:\n%s", seed, f.Title, text)
		}
		// A body may be written on two lines ("ỦY BAN NHÂN DÂN" / "HUYỆN …").
		if !strings.Contains(strings.ReplaceAll(text, "\n", " "), f.Issuer) {
			t.Errorf("seed %d: issuer %q not printed", seed, f.Issuer)
		}
		if f.ParentBody != nil && !strings.HasPrefix(text, *f.ParentBody+"\n") {
			t.Errorf("seed %d: parent body %q not the first line", seed, *f.ParentBody)
		}
		again, _ := Make(seed)
		a, _ := json.Marshal(again)
		b, _ := json.Marshal(p)
		if !bytes.Equal(a, b) {
			t.Errorf("seed %d drew two different pages", seed)
		}
	}
	for _, k := range []string{"state", "party", "bilevel", "colour", "blank number", "blank date"} {
		if !seen[k] {
			t.Errorf("no %s page in 20 seeds", k)
		}
	}
}

// Write leaves an image and a fields file per seed; a colour page's JPEG
// records its resolution (JFIF density) so OCR reads it at scale.
func TestWriteFiles(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	dir := t.TempDir()
	if err := Write(dir, 3, 5, false, 0); err != nil {
		t.Fatal(err)
	}
	for seed := uint64(3); seed < 5; seed++ {
		p, _ := Make(seed)
		ext := ".jpg"
		if p.Damage.Bilevel {
			ext = ".png"
		}
		img, err := os.ReadFile(filepath.Join(dir, p.Name+ext))
		if err != nil {
			t.Fatal(err)
		}
		if ext == ".jpg" && (string(img[6:10]) != "JFIF" || int(img[14])<<8|int(img[15]) != p.Damage.DPI) {
			t.Errorf("%s: no JFIF density of %d dpi", p.Name, p.Damage.DPI)
		}
		b, err := os.ReadFile(filepath.Join(dir, p.Name+".fields.json"))
		want, _ := json.MarshalIndent(p.Fields, "", "  ")
		if err != nil || !bytes.Equal(bytes.TrimSpace(b), want) {
			t.Errorf("%s: fields file %s, want %+v", p.Name, b, p.Fields)
		}
	}
	if err := Write(dir, 5, 5, false, 0); err == nil {
		t.Error("an empty seed range is not an error")
	}
}

// Scanner noise in the header comes up on some pages of each seed range,
// never on all, drawn by the same generator for both; it is what the page
// says it is.
func TestMakeHeaderNoiseOnSomePages(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	for _, from := range []uint64{1, 100001} {
		noisy := 0
		for seed := from; seed < from+24; seed++ {
			p, err := Make(seed)
			if err != nil {
				t.Fatal(err)
			}
			if p.Form.HeaderNoise != p.Damage.Specks {
				t.Errorf("seed %d: form noise %d, damage says %d", seed, p.Form.HeaderNoise, p.Damage.Specks)
			}
			if p.Damage.Specks != 0 {
				noisy++
			}
		}
		if noisy < 4 || noisy > 20 {
			t.Errorf("seeds %d..%d: %d of 24 pages with header noise, want some, not all", from, from+23, noisy)
		}
	}
}

// A last page prints a page number, the body's end and a closing whose
// Nơi nhận list ends in the archive line; the seal is stamped in its three
// places over a seed range; its truth is the lines printed, the seal's
// words left out; first pages stay as Make draws them.
func TestMakeLastPages(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	places := map[string]bool{}
	for seed := uint64(1); seed <= 12; seed++ {
		p, err := MakeLast(seed)
		if err != nil {
			t.Fatal(err)
		}
		first, _ := Make(seed)
		if !p.Last || p.Name != first.Name+"-last" || p.Form.HeaderLeft != nil || p.Form.PageNumber == "" {
			t.Errorf("seed %d: not a last page: %+v", seed, p)
		}
		list := p.Form.ClosingLeft
		if len(list) < 4 || list[0] != "Nơi nhận:" || !strings.HasPrefix(list[len(list)-1], "- Lưu") {
			t.Errorf("seed %d: Nơi nhận list %q", seed, list)
		}
		switch s := p.Form.SealShift; {
		case s[0] < -1:
			places["over the list"] = true
		case s[1] < 0:
			places["higher"] = true
		default:
			places["as the rules ask"] = true
		}
		_, _, lines, err := DrawLines(p)
		if err != nil {
			t.Fatal(err)
		}
		truth := strings.Join(lines, "\n")
		for _, l := range append(append([]string{}, list...), p.Form.ClosingRight...) {
			if !strings.Contains(truth, l) {
				t.Errorf("seed %d: %q not in the truth:\n%s", seed, l, truth)
			}
		}
		for _, w := range p.Form.Seal {
			if strings.Contains("\n"+truth+"\n", "\n"+w+"\n") {
				t.Errorf("seed %d: the seal's %q in the truth", seed, w)
			}
		}
		if first.Form.SealShift != ([2]float64{}) || first.Last {
			t.Errorf("seed %d: the first page changed", seed)
		}
	}
	if len(places) != 3 {
		t.Errorf("seals stamped only %v in 12 seeds", places)
	}
}

// Received stamps over the date and blanks left empty come up on some
// pages of each seed range, never on all, and a page's damage says what
// its form draws.
func TestMakeStampsAndBlanksOnSomePages(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	for _, from := range []uint64{1, 100001} {
		var received, blanks int
		for seed := from; seed < from+24; seed++ {
			p, err := Make(seed)
			if err != nil {
				t.Fatal(err)
			}
			if p.Damage.Received != (len(p.Form.Received) > 0) {
				t.Errorf("seed %d: damage says received %v, form stamps %q", seed, p.Damage.Received, p.Form.Received)
			}
			if p.Damage.Received {
				received++
			}
			if p.Damage.BlankNum || p.Damage.BlankDate {
				blanks++
			}
		}
		if received == 0 || received > 12 || blanks == 0 || blanks > 12 {
			t.Errorf("seeds %d..: %d received stamps, %d pages with blanks in 24", from, received, blanks)
		}
	}
}

// A page cut at the top (Write's topCut) is shorter by the rows above its
// fixed line, named -cut, shows no fields, and its truth keeps the fixed
// line shaved by less than topCutKept and leaves out the rows cut away.
func TestWriteTopCut(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	dir := t.TempDir()
	for _, c := range []struct {
		seed  uint64
		share float64
		fixed string
	}{{4, 0.3, mottoLine}, {3, 0.3, partyTitle}, {4, 0.5, ""}} {
		if err := Write(dir, c.seed, c.seed+1, false, c.share); err != nil {
			t.Fatal(err)
		}
		p, _ := Make(c.seed)
		if _, err := os.Stat(filepath.Join(dir, p.Name+"-cut.fields.json")); err == nil {
			t.Errorf("%s cut: fields written", p.Name)
		}
		b, err := os.ReadFile(filepath.Join(dir, p.Name+"-cut.truth.txt"))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		first := lines[:2]
		// A state page's first row (national title, issuing body's first
		// line) lies above the motto; a Party page's is the fixed line's.
		if slices.Contains(lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") || c.fixed == mottoLine && slices.Contains(lines, p.Form.HeaderLeft[0]) {
			t.Errorf("%s cut at %.1f: truth keeps a row cut away: %q", p.Name, c.share, first)
		}
		if c.fixed != "" && !slices.Contains(first, c.fixed) || c.fixed == "" && (slices.Contains(lines, mottoLine) || slices.Contains(lines, partyTitle)) {
			t.Errorf("%s cut at %.1f: truth opens %q, want %q", p.Name, c.share, first, c.fixed)
		}
	}
}

// Some last pages take the closing's harder shapes (varyLast): an archive
// line of unit codes with digits, the archive line on the signer's name's
// row, a seal stamped low over the list's last lines, a flourish drawn
// over them; every page still draws.
func TestMakeLastVariants(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 40; seed++ {
		p, err := MakeLast(seed)
		if err != nil {
			t.Fatal(err)
		}
		list, signer := p.Form.ClosingLeft, p.Form.ClosingRight
		if last := list[len(list)-1]; regexp.MustCompile(`^- Lưu.*[A-Z]+\d`).MatchString(last) {
			seen["code"] = true
		}
		if len(list)-1 == len(signer)+2 {
			seen["beside the name"] = true
		}
		if s := p.Form.SealShift; s[0] < -2.3 && s[1] > 0.3 {
			seen["seal low"] = true
		}
		if p.Form.SignatureShift < -1 {
			seen["flourish"] = true
		}
	}
	if len(seen) != 4 {
		t.Errorf("last pages' variants seen in 40 seeds: %v", seen)
	}
}

// The shapes of real number lines and bodies come up on some pages of a
// seed range, each as the page says: a dotted number leader the pen covers
// in part, a drafting unit written out in the symbol, and a body citing a
// document dated before the page.
func TestMakeRealShapes(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	seen := map[string]int{}
	for seed := uint64(1); seed <= 60; seed++ {
		p, err := Make(seed)
		if err != nil {
			t.Fatal(err)
		}
		text := drawn(p)
		if p.Damage.DottedNum {
			seen["dotted"]++
		}
		if p.Damage.SpelledUnit {
			seen["spelled"]++
			if !regexp.MustCompile(`^\d*/\p{Lu}+-\p{Lu}+ \p{Lu}\p{Ll}* \p{Ll}+$`).MatchString(p.Fields.Number) {
				t.Errorf("seed %d: spelled unit in %q", seed, p.Fields.Number)
			}
		}
		if p.Damage.Cites {
			seen["cites"]++
			m := regexp.MustCompile(`số \S+ ngày (\d+)/(\d+)/(\d+)`).FindStringSubmatch(strings.Join(p.Form.Body, "\n"))
			if m == nil {
				t.Fatalf("seed %d: no citation printed:\n%s", seed, text)
			}
			day, _ := strconv.Atoi(m[1])
			month, _ := strconv.Atoi(m[2])
			at := fmt.Sprintf("%s-%02d-%02d", m[3], month, day)
			if p.Fields.Date != "" && len(p.Fields.Date) == 10 && at >= p.Fields.Date {
				t.Errorf("seed %d: cites a document of %s, not before the page's %s", seed, at, p.Fields.Date)
			}
		}
	}
	for _, k := range []string{"dotted", "spelled", "cites"} {
		if seen[k] == 0 || seen[k] == 60 {
			t.Errorf("%s on %d of 60 pages", k, seen[k])
		}
	}
}

// Full received stamps (the office's name and the clerk's handwriting)
// in a dark ink, and 300 dpi colour scans, come up on some pages of each
// seed range, never on all.
func TestMakeDarkReceivedStampsAndFineColour(t *testing.T) {
	if _, err := os.Stat(render.DefaultFontPath); err != nil {
		t.Skip("fonts-dejavu-core not installed")
	}
	for _, from := range []uint64{1, 100001} {
		var full, dark, fine int
		for seed := from; seed < from+24; seed++ {
			p, err := Make(seed)
			if err != nil {
				t.Fatal(err)
			}
			if p.Damage.ReceivedInk != "" {
				full++
				if !strings.Contains(strings.Join(p.Form.Received, " "), render.HandOpen) {
					t.Errorf("seed %d: full received stamp %q holds no handwriting", seed, p.Form.Received)
				}
				if c := p.Form.ReceivedInk; int(c.B)-int(c.R) < 40 && int(c.R)-int(c.B) < 40 {
					dark++ // black, blue-black or grey: no colour to drop it by
				}
			}
			if !p.Damage.Bilevel && p.Damage.DPI == 300 {
				fine++
			}
		}
		if full == 0 || full > 12 || fine == 0 || fine > 12 {
			t.Errorf("seeds %d..: %d full received stamps, %d colour pages at 300 dpi in 24", from, full, fine)
		}
		if from == 1 && dark == 0 {
			t.Errorf("seeds %d..: no received stamp in a dark ink", from)
		}
	}
}
