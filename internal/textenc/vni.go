package textenc

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// VNI-Windows (the VNI-Times fonts) writes a vowel as its ASCII letter
// followed by one byte for its marks: "aø" is à, "aâ" â, "aá" ấ, "AÙ" Á.
// Letters of their own shape take one byte: ô is ơ, ö ư, ñ đ, and the i
// and ỵ with tones (ì í æ ó ò î). Capital letters take the capital form
// of the byte, 0x20 below the lowercase one.
//
// Sources: the VNI-Windows table of VNI Software as given by Vietnamese
// converters (UniKey's, xvnkb's vni.h, vietunicode.sourceforge.net charts);
// the mark bytes are those of the font, not of the VNI typing method.

// Combining marks used below.
const (
	mGrave = "\u0300"
	mAcute = "\u0301"
	mCirc  = "\u0302"
	mTilde = "\u0303"
	mBreve = "\u0306"
	mHook  = "\u0309"
	mDot   = "\u0323"
)

// vniMarks maps the lowercase mark bytes to the combining marks they stand
// for; NFC composes them with the vowel before.
var vniMarks = map[byte]string{
	0xF8: mGrave, 0xF9: mAcute, 0xFB: mHook, 0xF5: mTilde, 0xEF: mDot,
	0xE2: mCirc, 0xE0: mCirc + mGrave, 0xE1: mCirc + mAcute, 0xE5: mCirc + mHook, 0xE3: mCirc + mTilde, 0xE4: mCirc + mDot,
	0xEA: mBreve, 0xE8: mBreve + mGrave, 0xE9: mBreve + mAcute, 0xFA: mBreve + mHook, 0xFC: mBreve + mTilde, 0xEB: mBreve + mDot,
}

// vniLetters maps the lowercase single-byte letters.
var vniLetters = map[byte]rune{
	0xF4: 'ơ', 0xF6: 'ư', 0xF1: 'đ', 0xEE: 'ỵ',
	0xEC: 'ì', 0xED: 'í', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị',
}

// vniTable is the byte table built from the maps: for each byte ≥ 0x80,
// the mark it adds after a vowel, or the letter it is.
var vniTable = func() (t [128]struct {
	mark   string
	letter rune
}) {
	for b, m := range vniMarks {
		t[b-0x80].mark = m
		t[b-0x20-0x80].mark = m
	}
	for b, r := range vniLetters {
		t[b-0x80].letter = r
		t[b-0x20-0x80].letter = unicode.ToUpper(r)
	}
	return t
}()

// decodeVNI decodes a piece of VNI text to NFC UTF-8. A mark byte counts as
// a mark only after a vowel (a mark byte elsewhere is not VNI text and
// decodes as Windows-1252, the code page VNI fonts extend).
func (lr *legacyReader) decodeVNI(dst, piece []byte) []byte {
	raw := lr.scratch[:0]
	vowel := false // the byte before was a vowel that can take a mark
	for _, c := range piece {
		if c < 0x80 {
			raw = append(raw, c)
			vowel = isASCIIVowel(c)
			continue
		}
		e := vniTable[c-0x80]
		switch {
		case e.mark != "" && vowel:
			raw = append(raw, e.mark...)
			// A circumflex or breve alone may still take a tone byte.
			vowel = e.mark == mCirc || e.mark == mBreve
		case e.letter != 0:
			raw = utf8.AppendRune(raw, e.letter)
			vowel = e.letter == 'ơ' || e.letter == 'ư' || e.letter == 'Ơ' || e.letter == 'Ư'
		default:
			if e.mark != "" {
				lr.bad++
			}
			raw = utf8.AppendRune(raw, charmap.Windows1252.DecodeByte(c))
			vowel = false
		}
	}
	lr.scratch = raw
	return norm.NFC.Append(dst, raw...)
}
