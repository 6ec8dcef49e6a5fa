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
// repaired exactly as before. A word joins letters with digits and signs
// ("chính/BQP;", "2Điều"): the veto holds a rewrite that touches a run of
// its letters that is a known syllable or a name, and lets through one
// that only drops or moves what lies around them.

// GlyphVeto says how surely a word must have been read for the veto to
// hold it: its word confidence (0–100), the least top confidence of its
// glyphs and the least margin of a glyph's top choice over its runner-up
// (0–1), each at least this. A zero GlyphVeto vetoes nothing.
type GlyphVeto struct {
	Conf, Top, Margin float64
}

// FittedGlyphVeto is the veto the decoder uses unless Options.GlyphVeto
// says otherwise: a first guess (word confidence 90, every glyph's top
// 0.9 and 0.7 above its runner-up), to be calibrated on tuning pages
// (fit_alts.go -veto).
var FittedGlyphVeto = GlyphVeto{Conf: 90, Top: 0.9, Margin: 0.7}

func (r *Repairer) glyphVeto() GlyphVeto {
	if r.opts.GlyphVeto != nil {
		return *r.opts.GlyphVeto
	}
	return FittedGlyphVeto
}

// on says the veto holds anything.
func (v GlyphVeto) on() bool { return v.Conf > 0 || v.Top > 0 || v.Margin > 0 }

// sureOf says whether the veto holds word w: read from its glyphs as it
// stands in text, at least as surely as v asks.
func sureOf(v GlyphVeto, text string, w *ocrchan.Placed) bool {
	return w.FromGlyphs && text[w.Start:w.End] == w.Printed && w.Confidence >= v.Conf && w.MinTop >= v.Top && w.MinMargin >= v.Margin
}

// heldRun says whether the bytes a–b of word w, rewritten as repl, touch
// a run of its letters that is a syllable the inventory knows or a name
// and that repl does not keep whole: "chính" of "chính/BQP;" made
// "CTNH/BQP", not the digit of "2Điều" dropped nor "1àm", whose letters
// are no syllable, nor "Qu ả" merged into "Quả". What the veto holds is
// the reading of such runs, not the digits, signs and spaces around them.
func (r *Repairer) heldRun(w string, a, b int, repl string) bool {
	for i := 0; i < len(w); {
		c, n := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsLetter(c) {
			i += n
			continue
		}
		j := i
		for j < len(w) {
			c, n := utf8.DecodeRuneInString(w[j:])
			if !unicode.IsLetter(c) {
				break
			}
			j += n
		}
		if i < b && a < j || a == b && i <= a && a <= j {
			run := w[i:j]
			if !strings.Contains(repl, run) && (r.trie.lookup(normalizeObserved(run)) >= 0 || isName(run)) {
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
		if !r.heldRun(w.Printed, a, b, repl) {
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

// offered says whether the glyphs of w listed the spelling s.
func offered(w ocrchan.Word, s string) bool {
	for _, c := range w.Candidates {
		if c.Text == s {
			return true
		}
	}
	return false
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
