package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/viet"
)

// The glyph veto (issue 14, no page below its OCR input). Most of what
// repair writes comes from rules of the text: the case a token takes
// (ocrCapital, short capitals, caselessAlone...), merges and splits of
// tokens, glued letters, list numbers, what the document cache and
// adaptation make likelier. Each is right about text whose provenance is
// unknown, but when vidoc read the page itself it knows more: a word whose
// every glyph Tesseract read with its top choice far above the rest, and
// which is a syllable the inventory knows or a name, is nearly always
// right. Such a word may be rewritten only into a spelling its own glyphs
// offered (one of its channel's candidates, case included): the rule that
// wrote anything else is vetoed and the word is kept as printed. The veto
// sits where every rule's reading becomes text (repairBlock), so each rule
// is vetoed alike, the ones to come included; text without glyphs is
// repaired exactly as before. A word joins letters and digits with signs
// ("chính/BQP;", "A1,"): the veto holds a rewrite that changes a run of
// its letters and digits that is a known syllable, a name or holds a
// digit (a point's label "A1" read as "A", a harm found on new legal
// pages), and lets through one that only drops or moves the signs and
// spaces between them.

// GlyphVeto says how surely a word must have been read for the veto to
// hold it: its word confidence (0–100), and, over the glyphs of the run
// of letters rewritten, the least top confidence and the least margin of
// a glyph's top choice over its runner-up (0–1), each at least this. A
// zero GlyphVeto vetoes nothing.
type GlyphVeto struct {
	Conf, Top, Margin float64
}

// FittedGlyphVeto is the veto the decoder uses unless Options.GlyphVeto
// says otherwise. It was calibrated on tuning pages only (fit_alts.go
// -veto: one decoding per page with the fitted weights and no veto, then
// each veto of a grid of word confidence, glyph top and margin applied to
// its changes; most syllables right, then fewest pages below their OCR
// input): 70 new pages of ../shared/corpus/legal (FIT_PICKS="2:1:31
// 12:1:31 19:1:31 30:1:31 34:1:31", never fitted on before) and 10 of the
// tuning scans' transcriptions (FIT_TRUTHS="41 42"). Without the veto
// repair with the glyphs put 27806 syllables right with 2 pages below
// their OCR input (point labels "A1, A2" read as "A", a line of them; and
// one other); with this veto 27812 and none below: it held 13 changes of
// words the OCR read right and 6 of words it read wrong (a mark Tesseract
// read surely and wrongly, "bố" for "bổ", with no runner-up). Word
// confidence 80 gave 27811, 96 27810 with a page below; a margin of 0.5
// 27811, 0.9 27810 with a page below; the glyphs' top is tied from 0 to
// 0.85 (held by the word confidence) and costs from 0.9 on. These
// figures were taken before marksOnly let changes of marks alone through.
// The grid was run again (FIT_VETO_GRID=1, which now scores the tuning
// documents' real scans too) on 30 renders of the tuning scans'
// transcriptions (FIT_TRUTHS="41 42" and "51 52 53 54") and those 5 real
// scan pages: on the scans no veto with a word confidence of 60 or more
// holds anything (1636 syllables right either way: their words are read
// less surely), and a word read surely there is right as often as on
// rendered pages (fit_alts.go -sure: 1723 of 1773 words, against 5236 of
// 5337 on the renders), so the scans ask no other threshold; on the
// renders every veto of the grid that held anything held only marks
// (marksOnly).
var FittedGlyphVeto = GlyphVeto{Conf: 90, Top: 0.85, Margin: 0.7}

func (r *Repairer) glyphVeto() GlyphVeto {
	if r.opts.GlyphVeto != nil {
		return *r.opts.GlyphVeto
	}
	return FittedGlyphVeto
}

// on says the veto holds anything.
func (v GlyphVeto) on() bool { return v.Conf > 0 || v.Top > 0 || v.Margin > 0 }

// sureOf says whether the veto may hold word w: read from its glyphs as
// it stands in text, with at least the word confidence v asks.
func sureOf(v GlyphVeto, text string, w *ocrchan.Placed) bool {
	return w.FromGlyphs && text[w.Start:w.End] == w.Printed && w.Confidence >= v.Conf && len(w.Tops) == utf8.RuneCountInString(w.Printed)
}

// heldRun says whether the bytes a–b of word w, rewritten as repl, touch
// a run of its letters and digits that the veto v holds: a syllable the
// inventory knows, a name, or a run with digits (a number, a label such
// as "A1" or "2a"), every glyph of it read at least as surely as v asks,
// that repl does not keep whole. So "chính" of "chính/BQP;" made
// "CTNH/BQP" is held, however unsure its semicolon, and so is "A1" read
// as "A"; not "năm2024" split into "năm 2024" (a number keeps its glyphs
// when a space is put between it and its letters), nor "Qu ả" merged
// into "Quả", nor "hoatDong" split, whose letters are no syllable. What
// the veto holds is the reading of such runs, not the signs and spaces
// around them.
func (r *Repairer) heldRun(v GlyphVeto, w *ocrchan.Word, a, b int, repl string) bool {
	p := w.Printed
	inRun := func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }
	g := 0 // the glyph of p[i]
	for i := 0; i < len(p); {
		c, n := utf8.DecodeRuneInString(p[i:])
		if !inRun(c) {
			i += n
			g++
			continue
		}
		j, top, margin, digits := i, 1.0, 1.0, false
		for j < len(p) {
			c, n := utf8.DecodeRuneInString(p[j:])
			if !inRun(c) {
				break
			}
			digits = digits || unicode.IsDigit(c)
			top, margin = min(top, w.Tops[g]), min(margin, w.Margins[g])
			j += n
			g++
		}
		if (i < b && a < j || a == b && i <= a && a <= j) && top >= v.Top && margin >= v.Margin {
			run := p[i:j]
			kept := strings.Contains(repl, run) || digits && strings.Contains(strings.ReplaceAll(repl, " ", ""), run)
			if !kept && (digits || r.trie.lookup(normalizeObserved(run)) >= 0 || isName(run)) {
				return true
			}
		}
		i = j
	}
	return false
}

// isName says a word is a name the inventory may lack ("Lẩng"): a
// Vietnamese syllable by its shape, its first letter a capital and the
// others in one case. Glued syllables ("Điềukhoản") are no syllable.
func isName(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && viet.CaseOf(w) != viet.CaseMixed && viet.Valid(viet.Lower(w))
}

// vetoed says whether writing repl over text[start:end] (a space before
// it when the rule split it from what precedes) rewrites a word of
// words (relative to text, sorted) that the veto holds into a spelling its
// glyphs did not offer.
func (r *Repairer) vetoed(text string, words []ocrchan.Placed, start, end int, repl string) bool {
	v := r.glyphVeto()
	if len(words) == 0 || !v.on() {
		return false
	}
	for i := range words {
		w := &words[i]
		if w.End <= start {
			continue
		}
		if w.Start >= end {
			break
		}
		if !sureOf(v, text, w) {
			continue
		}
		a, b := max(start, w.Start)-w.Start, min(end, w.End)-w.Start
		if dropsSureFinalDash(v, text, w, start, end, repl) {
			return true
		}
		if !r.heldRun(v, &w.Word, a, b, repl) {
			continue
		}
		if start < w.Start || end > w.End {
			// A merge with its neighbour, or a rewrite reaching past
			// it: no spelling of one word's glyphs offers that.
			return true
		}
		if !offered(w.Word, text[w.Start:start]+repl+text[end:w.End]) {
			return true
		}
	}
	return false
}

// dropsSureFinalDash says whether writing repl over text[start:end]
// drops the dash that ends word w, read surely, before a space on its line
// ("chính- Kế toán"). The text path keeps a word's dash in its slot, since
// without glyphs a dash typed against the word before it cannot be told
// from a speck read as "-", and the decoder's reading drops it. With the
// glyphs it can: on 16 pages rendered from the transcriptions of the
// new tuning scans (FIT_TRUTH_DIR=OUT/tune/truth FIT_TRUTHS=81
// scripts/fit_alternatives.sh) the decoder dropped a dash read at 0.93
// with no runner-up, by both paths, and left a page below its OCR input
// (135 of 136 syllables); held, no page is below and 3165 are right
// against 3164. Only the
// final dash is held: a dash inside a word ("kh-ông") is a speck the
// decoder rightly drops, and one at a line's end may be a syllable cut
// there.
func dropsSureFinalDash(v GlyphVeto, text string, w *ocrchan.Placed, start, end int, repl string) bool {
	last, n := utf8.DecodeLastRuneInString(w.Printed)
	g := len(w.Tops) - 1
	if !isDash(last) || g < 0 || w.Tops[g] < v.Top || w.Margins[g] < v.Margin {
		return false
	}
	if w.End >= len(text) || text[w.End] != ' ' || start > w.End-n || end < w.End {
		return false
	}
	dash := string(last)
	return strings.Count(repl, dash) < strings.Count(text[start:end], dash)
}

// isDash says r is a hyphen or a dash.
func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// offered says whether the veto lets w be written s: one of its beam's
// spellings, or its printed word with only marks changed (marksOnly).
func offered(w ocrchan.Word, s string) bool {
	for _, c := range w.Candidates {
		if c.Text == s {
			return true
		}
	}
	return marksOnly(w, s)
}

// marksOnly says whether s is w's printed word with only the marks of
// some letters changed: the same letters beneath, in the same case. A
// mark is where Tesseract is surely wrong most often: a hook or a dot is
// a few pixels, a scan fades it, and it reads "tô" for "tổ", "Cân" for
// "Căn", "thang" for "tháng" with every glyph's top at 0.95 and no
// runner-up, or with the right mark listed only at its floor, outside the
// word's beam. The decoder has weighed the glyphs' choices against the
// language model before choosing such a reading; what the veto is for is
// the rules that rewrite more than marks (digits dropped, letters, case,
// codes, merges). On 37 new legal pages (FIT_PICKS="8:1:47 17:1:47
// 26:1:47") the veto held 7 changes of marks, every one a word the OCR
// read wrong, and no harm; on 20 renders of the tuning scans'
// transcriptions (FIT_TRUTHS="51 52 53 54") 2, both wins. An earlier form
// let a mark through only when its glyph listed it at any confidence
// (Word.Listed): on the tuned scan pline_1 the veto had held such a mark
// against the language model's right reading.
func marksOnly(w ocrchan.Word, s string) bool {
	return sameLettersBeneath(w.Printed, s)
}

// sameLettersBeneath says whether s differs from printed in marks only:
// the same letters beneath, in the same case.
func sameLettersBeneath(printed, s string) bool {
	p, q := []rune(printed), []rune(s)
	if len(q) != len(p) {
		return false
	}
	for i := range p {
		if p[i] != q[i] && (viet.BaseLetter(p[i]) != viet.BaseLetter(q[i]) || unicode.IsUpper(p[i]) != unicode.IsUpper(q[i])) {
			return false
		}
	}
	return true
}

// WithGlyphVeto returns a repairer like r (adapted or not) whose glyph
// veto is v: the calibration (fit_alts.go -veto) and the harm hunts try
// others.
func (r *Repairer) WithGlyphVeto(v GlyphVeto) *Repairer {
	c := *r
	c.opts.GlyphVeto = &v
	return &c
}

// Vetoes says whether the veto v holds change c of text, whose OCR words
// are words (sorted, spans in text): whether a repairer with v would have
// kept it. The decoding does not depend on the veto, so the calibration
// decodes once and tries each v on its changes.
func (r *Repairer) Vetoes(v GlyphVeto, text string, words []ocrchan.Placed, c Change) bool {
	return r.WithGlyphVeto(v).vetoed(text, words, c.Offset, c.Offset+len(c.Original), c.Replacement)
}
