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
// repaired exactly as before.

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
// stands in text, at least as surely as v asks, and a known syllable or a
// name once the punctuation around it is set aside.
func (r *Repairer) sureOf(v GlyphVeto, text string, w *ocrchan.Placed) bool {
	if !w.FromGlyphs || text[w.Start:w.End] != w.Printed || w.Confidence < v.Conf || w.MinTop < v.Top || w.MinMargin < v.Margin {
		return false
	}
	letters := strings.TrimFunc(w.Printed, func(c rune) bool { return unicode.IsPunct(c) || unicode.IsSymbol(c) })
	if letters == "" {
		return false
	}
	if r.trie.lookup(normalizeObserved(letters)) >= 0 {
		return true
	}
	return isName(letters)
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
		if !r.sureOf(v, text, w) {
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
