package layout

import (
	"slices"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/viet"
)

// fixedLines are the header lines whose wording is fixed: the national
// title and the motto (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the Party
// title (Hướng dẫn 36-HD/VPTW). Variants differ only in what a document
// may legitimately print: the old or new tone placement of HÒA, and a
// hyphen or an en dash in the motto. The closest variant to what was read
// is written.
var fixedLines = [][]string{
	{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
	{"Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"},
	{"ĐẢNG CỘNG SẢN VIỆT NAM"},
}

// snapShare bounds the letter edit distance of a match: one letter in six
// may be misread (or cut off at the page's edge) and the line still be the
// known one; no two fixed lines are that close to each other, nor to any
// other header line.
const snapShare = 6

// snapFixed writes the fixed lines of the header zone in their known forms.
// A fixed line cut in two parts of one column on one row (a word read a
// gap apart, or split off at the page's edge) is joined first when the two
// together are the known line and neither is alone.
func (p *page) snapFixed() {
	for k := 0; k < len(p.parts); k++ {
		pt := p.parts[k]
		if !p.inHeaderZone(pt) {
			continue
		}
		form, ok := snapLine(pt.text)
		if !ok {
			j := p.fixedNeighbour(k)
			if j < 0 {
				continue
			}
			joined := joinPair(pt, p.parts[j])
			form, _ = snapLine(joined.text)
			p.parts[k] = joined
			p.parts = slices.Delete(p.parts, j, j+1)
			pt = joined
		}
		if form != pt.text {
			p.snaps = append(p.snaps, Snapped{Read: pt.text, Form: form, Box: pt.box})
			pt.text = form
		}
	}
}

func (p *page) inHeaderZone(pt *part) bool {
	return pt.kind == HeaderLeft || pt.kind == HeaderRight ||
		pt.kind == Body && pt.box.Y0 <= int(headerShare*float64(p.h))
}

// fixedNeighbour is the index of a part after k of the same kind on the
// same row whose text joined with part k's is a fixed line, or -1.
func (p *page) fixedNeighbour(k int) int {
	pt := p.parts[k]
	for j := k + 1; j < len(p.parts); j++ {
		q := p.parts[j]
		if q.kind != pt.kind || !overlapY(pt, q) {
			continue
		}
		if _, ok := snapLine(joinPair(pt, q).text); ok {
			return j
		}
	}
	return -1
}

// snapLine returns the known form of a fixed line that text is a misread
// of, comparing letters only, with marks and case dropped. A read missing
// the line's first or last word (cut off at the page's edge, or dropped as
// noise before it was known to be print) is still the line.
func snapLine(text string) (string, bool) {
	read := letters(text)
	if len(read) < 8 {
		return "", false
	}
	for k, forms := range fixedLines {
		if !fixedMatch(read, k) && !(k == mottoIndex && mottoShaped(text, read)) {
			continue
		}
		best, bestD := forms[0], -1
		for _, f := range forms {
			if d := editdist.Runes([]rune(text), []rune(f)); bestD < 0 || d < bestD {
				best, bestD = f, d
			}
		}
		return best, true
	}
	return "", false
}

// fixedKey is the letters a read of a fixed line is compared with and the
// edits allowed: the whole line within snapShare, or the line without its
// first or last word within half that (a lost word is evidence enough
// against the line that the rest must be read nearly right).
type fixedKey struct {
	want  []rune
	edits int
}

// fixedKeys holds the keys of each of fixedLines, made once.
var fixedKeys = func() [][]fixedKey {
	out := make([][]fixedKey, len(fixedLines))
	for k, forms := range fixedLines {
		want := letters(forms[0])
		out[k] = append(out[k], fixedKey{want, len(want) / snapShare})
		ws := strings.FieldsFunc(forms[0], func(r rune) bool { return r == ' ' || r == '-' || r == '–' })
		for _, cand := range []string{strings.Join(ws[1:], " "), strings.Join(ws[:len(ws)-1], " ")} {
			if want := letters(cand); len(want) >= 8 {
				out[k] = append(out[k], fixedKey{want, len(want) / (2 * snapShare)})
			}
		}
	}
	return out
}()

// fixedMatch reports whether the letters read are those of fixed line k,
// whole or without an end word (fixedKey). The length difference bounds
// the distance from below, so most reads are ruled out without it.
func fixedMatch(read []rune, k int) bool {
	for _, key := range fixedKeys[k] {
		if abs(len(read)-len(key.want)) <= key.edits && editdist.Runes(read, key.want) <= key.edits {
			return true
		}
	}
	return false
}

// mottoIndex is the motto's place in fixedLines.
const mottoIndex = 1

// mottoPhrases is how many phrases the motto joins with dashes, and
// mottoPhraseWords the most words OCR may make of one (two printed, a
// syllable split in two).
const (
	mottoPhrases     = 3
	mottoPhraseWords = 3
)

// mottoShaped reports whether a read (text, and its letters read) is set
// as the motto is set: three short phrases joined by two dashes standing
// apart from the letters (ND 30/2020 Phụ lục I: "Độc lập - Tự do - Hạnh
// phúc"), with about the motto's letters and at most three in five of
// them edited away. A motto cut at the page's top edge, or printed with its
// rule through the descenders, is read as a letter salad ("LƯỌC 1Q@pD -
// 1ỰƯ dO - lianh DhHUC") that no letter match takes, while its dashes,
// plain strokes, are read surely; no other header line has that shape,
// once the number line's figures and symbol are told from it.
func mottoShaped(text string, read []rune) bool {
	want := fixedKeys[mottoIndex][0].want
	if abs(len(read)-len(want)) > len(want)/3 {
		return false
	}
	isDash := func(r rune) bool { return r == '-' || r == '–' || r == '—' }
	phrases, words := 0, 0
	open := false // a phrase has words and no dash has closed it
	for _, f := range strings.Fields(text) {
		core := strings.TrimFunc(f, isDash)
		if core == "" || isDash([]rune(f)[0]) {
			// A dash standing alone, or glued before a word: a phrase
			// ends here, and none may be empty.
			if !open {
				return false
			}
			open = false
		}
		if core == "" {
			continue
		}
		if !open {
			phrases++
			words = 0
			open = true
		}
		if words++; words > mottoPhraseWords || !hasAlnum(core) {
			return false
		}
		if strings.ContainsRune(core, '/') || !hasLetter(core) && len([]rune(core)) >= 2 {
			// A symbol ("-KL/TU") or a number: the number line beside
			// the place and date, whose dashes may make three phrases
			// too ("2069 -KL/TU — Bình Phước,"). A misread motto
			// letter may be a digit, never a run of digits or a slash.
			return false
		}
		if rs := []rune(f); isDash(rs[len(rs)-1]) {
			open = false // a dash glued after a word
		}
	}
	return open && phrases == mottoPhrases && 5*editdist.Runes(read, want) <= 3*len(want)
}

// fixedLettersMax bounds the letters of a read that may be a fixed line:
// the longest, the national title, with every edit snapShare allows added.
var fixedLettersMax = func() int {
	n := 0
	for _, forms := range fixedLines {
		l := len(letters(forms[0]))
		n = max(n, l+l/snapShare)
	}
	return n
}()

// markFixed marks the words of the header zone that read as a fixed line,
// on one Tesseract line or on two side by side on one row (a word set a
// little off the baseline): they are print whatever their confidence or
// place, so no noise, border, garbage or grey-stamp rule drops them. It
// runs before those rules, on every word read.
func (p *page) markFixed() {
	limit := int(headerShare * float64(p.h))
	var rows [][]int
	for t, line := range p.tlines {
		if p.words[line[0]].Box.Y0 > limit {
			continue
		}
		rows = append(rows, line)
		if t+1 < len(p.tlines) && p.sameRow(line, p.tlines[t+1]) {
			both := append(slices.Clone(line), p.tlines[t+1]...)
			slices.SortStableFunc(both, func(a, b int) int { return p.words[a].Box.X0 - p.words[b].Box.X0 })
			rows = append(rows, both)
		}
	}
	for _, row := range rows {
		// The run nearest its fixed line, the shortest of equals: a word
		// of the other column or a speck beside the line is no part of it.
		lo, hi, bestD := 0, 0, -1
		for a := range row {
			if !hasAlnum(p.words[row[a]].Text) {
				continue // a run opens on a word
			}
			text := ""
			for b := a; b < len(row); b++ {
				text = strings.TrimSpace(text + " " + p.words[row[b]].Text)
				read := letters(text)
				if len(read) > fixedLettersMax {
					break // longer than any fixed line misread
				}
				if !hasAlnum(p.words[row[b]].Text) {
					continue // nor closes on a mark
				}
				form, ok := snapLine(text)
				if !ok {
					continue
				}
				d := editdist.Runes(read, letters(form))
				if bestD < 0 || d < bestD || d == bestD && b+1-a < hi-lo {
					lo, hi, bestD = a, b+1, d
				}
			}
		}
		for _, i := range row[lo:hi] {
			p.words[i].fixed = true
		}
	}
}

// sameRow reports whether two Tesseract lines stand on one row.
func (p *page) sameRow(a, b []int) bool {
	box := func(line []int) ocr.Box {
		bx := p.words[line[0]].Box
		for _, i := range line[1:] {
			bx = union(bx, p.words[i].Box)
		}
		return bx
	}
	return overlapY(&part{box: box(a)}, &part{box: box(b)})
}

// letters is the upper-case letters of s without marks (viet strips Đ to D).
func letters(s string) []rune {
	var out []rune
	for _, r := range strings.ToUpper(viet.StripDiacritics(s)) {
		if unicode.IsLetter(r) {
			out = append(out, r)
		}
	}
	return out
}
