package token

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vidoc/vidoc/internal/viet"
)

// Class units: what the language model counts in place of a token's text.
const (
	UnitBOS     = "<s>"   // start of a sentence (line)
	UnitEOS     = "</s>"  // end of a sentence (line)
	UnitUnknown = "<unk>" // a word outside the model's vocabulary
	UnitNumber  = "<num>"
	UnitDate    = "<date>"
	UnitCode    = "<code>"
	UnitAbbr    = "<abbr>"
	UnitURL     = "<url>"
	UnitEmail   = "<email>"
	UnitSymbol  = "<sym>" // any punctuation or symbol without a class of its own
)

// punctUnits names the punctuation classes; typographic variants share the
// class of their ASCII form (“ ” → ", – — → -).
var punctUnits = map[rune]string{
	'.': "<punct-.>", ',': "<punct-,>", ';': "<punct-;>", ':': "<punct-:>",
	'!': "<punct-!>", '?': "<punct-?>", '(': "<punct-(>", ')': "<punct-)>",
	'[': "<punct-(>", ']': "<punct-)>", '"': `<punct-">`, '“': `<punct-">`,
	'”': `<punct-">`, '\'': "<punct-'>", '‘': "<punct-'>", '’': "<punct-'>",
	'-': "<punct-->", '–': "<punct-->", '—': "<punct-->", '/': "<punct-/>",
	'…': "<punct-…>", '%': "<punct-%>", '&': "<punct-&>", '+': "<punct-+>",
	'*': "<punct-*>", '=': "<punct-=>",
}

// ClassUnits lists every class unit AppendUnit can produce, so a model can
// keep them all in its vocabulary whatever their counts.
func ClassUnits() []string {
	seen := map[string]bool{}
	out := []string{UnitBOS, UnitEOS, UnitUnknown, UnitNumber, UnitDate, UnitCode, UnitAbbr, UnitURL, UnitEmail, UnitSymbol}
	for _, u := range out {
		seen[u] = true
	}
	for _, r := range ".,;:!?()\"'-/…%&+*=" {
		if u := punctUnits[r]; !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

// AppendUnit appends to dst the language-model unit of token t of text and
// returns the extended buffer: for words the lowercase NFC spelling with the
// tone in old-style place (hoà → hòa, uỷ → ủy, the placement administrative
// documents print, so both spellings count as one), for other kinds their
// class. A line break gives UnitEOS. It allocates only when dst is too
// small or the word is not in NFC.
func AppendUnit(dst []byte, text string, t Token) []byte {
	switch t.Kind {
	case Word, Latin:
		return AppendWordUnit(dst, text[t.Start:t.End])
	case Abbr:
		return append(dst, UnitAbbr...)
	case Number:
		return append(dst, UnitNumber...)
	case Date:
		return append(dst, UnitDate...)
	case Code:
		return append(dst, UnitCode...)
	case URL:
		return append(dst, UnitURL...)
	case Email:
		return append(dst, UnitEmail...)
	case LineBreak:
		return append(dst, UnitEOS...)
	case Punct:
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		if u, ok := punctUnits[r]; ok {
			return append(dst, u...)
		}
		return append(dst, UnitSymbol...)
	}
	return append(dst, UnitSymbol...)
}

// AppendWordUnit appends the unit of one word: lowercase, NFC, tone in
// old-style place.
func AppendWordUnit(dst []byte, word string) []byte {
	if hasCombining(word) && !norm.NFC.IsNormalString(word) {
		word = norm.NFC.String(word)
	}
	start := len(dst)
	dst = viet.AppendLower(dst, word)
	return oldStyleTone(dst, start)
}

// oldStyleTone moves the tone of the open rhymes oa, oe, uy from the second
// vowel to the first (hoà → hòa, khoẻ → khỏe, thuỷ → thủy) in dst[start:],
// a lowercase NFC syllable.
func oldStyleTone(dst []byte, start int) []byte {
	w := dst[start:]
	n := len(w)
	if n < 3 {
		return dst
	}
	// The last rune carries the tone; the one before it is a bare o or u.
	last, ln := utf8.DecodeLastRune(w)
	base, tone := baseOf(last)
	if tone == viet.ToneLevel || ln < 2 || n-ln-1 < 0 {
		return dst
	}
	prev := w[n-ln-1]
	switch {
	case prev == 'o' && (base == 'a' || base == 'e'):
	case prev == 'u' && base == 'y':
		if n-ln-2 >= 0 && w[n-ln-2] == 'q' {
			return dst // quý: the u belongs to the initial qu
		}
	default:
		return dst
	}
	if n-ln-2 >= 0 {
		// A vowel before the glide makes it no open oa/oe/uy rhyme (e.g. "ươi" shapes).
		if b, _ := baseOf(rune(w[n-ln-2])); viet.IsVowel(b) && w[n-ln-2] < utf8.RuneSelf {
			return dst
		}
	}
	toned := viet.WithTone(rune(prev), tone)
	var tmp [8]byte
	enc := utf8.AppendRune(tmp[:0], toned)
	enc = utf8.AppendRune(enc, base)
	dst = append(dst[:start+n-ln-1], enc...)
	return dst
}

// hasCombining reports whether word holds a combining mark: text without one
// is NFC already when, as here, its letters are precomposed Latin ones, and
// this check costs far less than the normalizer's.
func hasCombining(word string) bool {
	for i := 0; i < len(word); i++ {
		if word[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(word[i:])
		if isMark(r) {
			return true
		}
		i += n - 1
	}
	return false
}
