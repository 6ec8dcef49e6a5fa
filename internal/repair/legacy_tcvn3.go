package repair

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
	tcvn3Case(rs)
	lr.runes = rs
	raw := lr.scratch[:0]
	for _, x := range rs {
		raw = utf8.AppendRune(raw, x.r)
	}
	lr.scratch = raw
	return norm.NFC.Append(dst, raw...)
}

// tcvn3Case capitalises the letters of unknown case in words written in an
// all-capital font. A word is all capitals when it has no lowercase ASCII
// letter and at least two capitals ("HO¹CH" is HOẠCH); a word with at most
// one capital and no lowercase letter ("KÕ", "¸N") is ambiguous between
// Title case and capitals, and takes capitals when the next or previous
// word is a Vietnamese word in capitals ("KÕ HO¹CH" is KẾ HOẠCH, "Kõ
// ho¹ch" stays Kế hoạch). ASCII-only words such as codes and
// abbreviations ("UBND") are no evidence: "ë UBND" stays "ở UBND".
func tcvn3Case(rs []legacyRune) {
	type word struct {
		start, end int
		letters    bool // has a letter at all (not a number or a dash)
		unknown    bool // has letters of unknown case
		lower      bool // has a lowercase letter of known case
		upper      int  // capitals of known case
		caps       bool
	}
	var words []word
	var cur *word
	for i, x := range rs {
		if unicode.IsSpace(x.r) {
			cur = nil
			continue
		}
		if cur == nil {
			words = append(words, word{start: i})
			cur = &words[len(words)-1]
		}
		cur.end = i + 1
		cur.letters = cur.letters || unicode.IsLetter(x.r)
		switch {
		case x.unknown:
			cur.unknown = true
		case unicode.IsUpper(x.r):
			cur.upper++
		case unicode.IsLower(x.r):
			cur.lower = true
		}
	}
	some := false
	for i := range words {
		w := &words[i]
		w.caps = w.unknown && !w.lower && w.upper >= 2
		some = some || w.caps
	}
	if !some {
		return
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
			if neighbourCaps(len(words), i, func(j int) (bool, bool) { return words[j].letters, words[j].caps }) {
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
}

// neighbourCaps reports whether the nearest word with letters before or
// after word i (numbers and dashes between are skipped) is a Vietnamese
// word in capitals; at(j) tells whether word j has letters and whether it
// is such a word.
func neighbourCaps(n, i int, at func(j int) (letters, caps bool)) bool {
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < n; j += step {
			if l, c := at(j); l {
				if c {
					return true
				}
				break
			}
		}
	}
	return false
}
