package textenc

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// tcvn3High maps the bytes 0xA0–0xFF of TCVN 5712:1993 to Unicode.
//
// Sources: the standard as summarised by the Unicode-era references
// (Wikipedia "VSCII", which lists VN3's 67 lowercase letters, 7 capitals
// and no-break space, and VN2's 21 additions), cross-checked against the
// TCVN→UCS-2 table of XFree86's X-TrueType module and the TCVN3 tables of
// Vietnamese converters (UniKey, vietunicode.sourceforge.net charts).
//
// VN3 ("ABC", the .VnTime fonts) has capitals only for the seven letters
// without tone (Ă Â Ê Ô Ơ Ư Đ). A capital with a tone was typed in an
// all-capital font (.VnTimeH), which draws the lowercase byte as a
// capital: the byte itself cannot tell "ế" from "Ế", so it decodes to the
// lowercase letter and tcvn3Case restores the capitals of all-capital
// words. The positions VN3 leaves empty hold VN2's capitals with tones and
// its five combining tone marks (0xB0–0xB4); VN2 is a superset of VN3, so
// VN3 text decodes the same either way.
var tcvn3High = [96]rune{
	// 0xA0
	'\u00a0', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
	// 0xB0: combining grave, hook above, tilde, acute, dot below
	'\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ',
	// 0xC0
	'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
	// 0xD0
	'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
	// 0xE0
	'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
	// 0xF0
	'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
}

// legacyRune is a decoded letter and whether its case is unknown (a TCVN3
// lowercase byte, which .VnTimeH draws as a capital).
type legacyRune struct {
	r       rune
	unknown bool
}

// tcvn3Rune decodes one TCVN3 byte. 0x80–0x9F are control codes in the
// standard; .VnTime fonts are Windows fonts and files saved from Word
// hold Windows-1252 punctuation (“ ” – …) there, so they decode as such.
func tcvn3Rune(c byte) legacyRune {
	switch {
	case c < 0x80:
		return legacyRune{r: rune(c)}
	case c < 0xA0:
		return legacyRune{r: charmap.Windows1252.DecodeByte(c)}
	}
	r := tcvn3High[c-0xA0]
	return legacyRune{r: r, unknown: unicode.IsLower(r)}
}

// decodeTCVN3 decodes a piece of TCVN3 text to NFC UTF-8 (the combining
// tone marks of VN2 compose with their letter).
func (lr *legacyReader) decodeTCVN3(dst, piece []byte) []byte {
	rs := lr.runes[:0]
	for _, c := range piece {
		rs = append(rs, tcvn3Rune(c))
	}
	lr.words = tcvn3Case(rs, lr.words)
	lr.ended = tcvn3SentenceCase(rs, lr.ended)
	lr.runes = rs
	raw := lr.scratch[:0]
	marks := false
	for _, x := range rs {
		raw = utf8.AppendRune(raw, x.r)
		marks = marks || x.r >= 0x300 && x.r <= 0x36F
	}
	lr.scratch = raw
	if !marks { // VN3 text: precomposed letters only, NFC already
		return append(dst, raw...)
	}
	return norm.NFC.Append(dst, raw...)
}

// tcvn3Case capitalises the letters of unknown case in words written in an
// all-capital font. A word is in capitals when it has no lowercase letter
// of known case and either two capitals ("HO¹CH" is HOẠCH) or a capital
// after a letter of unknown case ("ñY" is ỦY: Title case has no capital
// after the first letter). A word with one capital, or none, and no
// lowercase letter ("KÕ", "¸N", "Uû") is ambiguous between Title case and
// capitals; it takes capitals when the nearest word before or after it is
// a Vietnamese word in capitals ("KÕ HO¹CH" is KẾ HOẠCH, "Kõ ho¹ch" stays
// Kế hoạch). ASCII-only words in capitals (abbreviations, "BAN") and
// codes ("12/Q§-UBND") are skipped in that search and are no evidence
// themselves: "ë UBND x·" stays "ở UBND xã", "Uû BAN NH¢N D¢N" is UỶ BAN
// NHÂN DÂN.
//
// What the bytes cannot tell stays lowercase: a Title-case word whose
// first letter has a tone ("ñy ban" for Ủy ban) inside a sentence (at its
// start tcvn3SentenceCase capitalises it) and a line of ambiguous words
// only ("XỬ LÝ").
//
// words is scratch space, returned for the next call.
func tcvn3Case(rs []legacyRune, words []caseWord) []caseWord {
	words = words[:0]
	var cur *caseWord
	for i, x := range rs {
		if unicode.IsSpace(x.r) {
			cur = nil
			continue
		}
		if cur == nil {
			words = append(words, caseWord{start: i, ascii: true})
			cur = &words[len(words)-1]
		}
		cur.end = i + 1
		if !unicode.IsLetter(x.r) {
			cur.gap = cur.gap || cur.letters
			continue
		}
		cur.code = cur.code || cur.gap
		cur.letters = true
		cur.ascii = cur.ascii && x.r < 0x80
		switch {
		case x.unknown:
			cur.unknown = true
		case unicode.IsUpper(x.r):
			cur.upper++
			cur.capAfter = cur.capAfter || cur.unknown
		default:
			cur.lower = true
		}
	}
	some := false
	for i := range words {
		w := &words[i]
		w.caps = w.unknown && !w.lower && (w.upper >= 2 || w.capAfter)
		some = some || w.caps || !w.ascii && !w.code && !w.lower && w.upper >= 2
	}
	if !some {
		return words
	}
	// evidence: a Vietnamese word in capitals ("NH¢N" has no letter of
	// unknown case but is one); skip: no letters, codes ("12/QĐ-UBND"),
	// or ASCII capitals only.
	at := func(j int) (skip, evidence bool) {
		w := &words[j]
		if !w.letters || w.code || w.ascii && !w.lower {
			return true, false
		}
		return false, w.caps || !w.ascii && !w.lower && w.upper >= 2
	}
	// Spread capitals to ambiguous neighbours, both ways, until stable:
	// "§Ò ¸N TæNG KÕT" is ĐỀ ÁN TỔNG KẾT.
	for changed := true; changed; {
		changed = false
		for i := range words {
			w := &words[i]
			if w.caps || !w.unknown || w.lower {
				continue
			}
			if neighbourCaps(len(words), i, at) {
				w.caps, changed = true, true
			}
		}
	}
	for _, w := range words {
		if !w.caps {
			continue
		}
		for i := w.start; i < w.end; i++ {
			if rs[i].unknown {
				rs[i].r = unicode.ToUpper(rs[i].r)
			}
		}
	}
	return words
}

// caseWord is what tcvn3Case knows of a word.
type caseWord struct {
	start, end int
	letters    bool // has a letter at all (not a number or a dash)
	ascii      bool // all its letters are ASCII
	gap        bool // a non-letter came after a letter
	code       bool // letters on both sides of a non-letter: "QĐ-UBND", "V/v"
	unknown    bool // has letters of unknown case
	lower      bool // has a lowercase letter of known case
	upper      int  // capitals of known case
	capAfter   bool // a capital follows a letter of unknown case
	caps       bool
}

// neighbourCaps reports whether the nearest word before or after word i
// that at does not skip is evidence of capitals.
func neighbourCaps(n, i int, at func(j int) (skip, evidence bool)) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < n; j += step {
			if skip, ev := at(j); !skip {
				if ev {
					return true
				}
				break
			}
		}
	}
	return false
}

// tcvn3SentenceCase capitalises a first letter of unknown case that starts
// a sentence: Vietnamese capitalises the word after . ! or ? ("Điều 6. ñy
// ban" is Điều 6. Ủy ban), and at the start of the text, but not in list
// markers ("quy định.\n®) ..." keeps đ)). ended tells
// whether the text before rs ended a sentence; the result tells the same
// for the text after rs, for the next piece.
func tcvn3SentenceCase(rs []legacyRune, ended bool) bool {
	wordStart := true
	for i, x := range rs {
		switch {
		case unicode.IsSpace(x.r):
			wordStart = true
		case unicode.IsLetter(x.r):
			// A lone letter before ")" is a list marker ("đ)"), lowercase.
			marker := i+1 < len(rs) && rs[i+1].r == ')'
			if wordStart && ended && x.unknown && !marker {
				rs[i].r = unicode.ToUpper(x.r)
			}
			wordStart, ended = false, false
		case !wordStart || !isOpening(x.r):
			ended = x.r == '.' || x.r == '!' || x.r == '?'
		}
	}
	return ended
}

// isOpening: punctuation that may open a sentence before its first word.
func isOpening(r rune) bool {
	return unicode.Is(unicode.Ps, r) || unicode.Is(unicode.Pi, r) || r == '"' || r == '\'' || r == '-'
}

// endsSentence is tcvn3SentenceCase's state after ASCII text passed
// through before the encoding was known.
func endsSentence(ended bool, b []byte) bool {
	for i := len(b) - 1; i >= 0; i-- {
		switch c := b[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
		case c == '.' || c == '!' || c == '?':
			return true
		case isOpening(rune(c)):
			// an opening mark alone keeps what came before it
		default:
			return false
		}
	}
	return ended
}
