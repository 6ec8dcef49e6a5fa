package viet

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ToneStyle selects where tone marks go in oa, oe and uy without a final
// consonant: StyleOld writes hòa, khỏe, ủy, thủy (as administrative documents
// print them), StyleNew writes hoà, khoẻ, uỷ, thuỷ. StyleKeep leaves each
// spelling as it is. quý, hoàng, thuyết are the same in both styles.
type ToneStyle uint8

const (
	StyleKeep ToneStyle = iota
	StyleOld
	StyleNew
)

var styleNames = [...]string{"keep", "old", "new"}

// String returns "keep", "old" or "new", the names ParseToneStyle accepts.
func (t ToneStyle) String() string {
	if int(t) < len(styleNames) {
		return styleNames[t]
	}
	return fmt.Sprintf("ToneStyle(%d)", t)
}

// ParseToneStyle parses a --tone-style value: keep, old or new.
func ParseToneStyle(s string) (ToneStyle, error) {
	for i, n := range styleNames {
		if strings.EqualFold(s, n) {
			return ToneStyle(i), nil
		}
	}
	return StyleKeep, fmt.Errorf("tone style %q: want keep, old or new", s)
}

// ConvertTone rewrites every syllable of text whose tone placement differs
// between the styles into the given style, keeping each letter's case and
// everything that is not such a syllable untouched. The result is NFC.
// With StyleKeep, or when nothing changes, text is returned as it was.
func ConvertTone(text string, style ToneStyle) string {
	if style == StyleKeep {
		return text
	}
	text = NFC(text)
	var b []byte // allocated on the first change
	last := 0    // end of text already copied into b
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !IsLetter(r) {
				break
			}
			j += size
		}
		word := text[i:j]
		if s, ok := Parse(word); ok && s.placement != StyleKeep && s.placement != style {
			if b == nil {
				b = make([]byte, 0, len(text)+8)
			}
			b = append(b, text[last:i]...)
			b = appendWithCaseOf(b, s.Compose(style), word)
			last = j
		}
		i = j
	}
	if b == nil {
		return text
	}
	return string(append(b, text[last:]...))
}

// appendWithCaseOf appends lower, a lowercase spelling with as many letters
// as model, giving each letter the case of model's letter at that position.
func appendWithCaseOf(dst []byte, lower, model string) []byte {
	var upper [maxSyllableRunes]bool
	n := 0
	for _, r := range model {
		if n < len(upper) {
			upper[n] = unicode.IsUpper(r)
		}
		n++
	}
	k := 0
	for _, r := range lower {
		if k < len(upper) && upper[k] {
			r = unicode.ToUpper(r)
		}
		dst = utf8.AppendRune(dst, r)
		k++
	}
	return dst
}
