package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// markListMarkers turns the list marker that opens a line ("V." "XII)"
// "b)" "đ.") into a fixed slot. Such a marker is numbering, not a damaged
// word: read as a word, "V." of "V. TỔ CHỨC" would become "Về." and the
// document would lose a section. A marker is a Roman numeral (I to XX), a
// single letter, or a letter numbered below it ("a1)", "b12)", the items
// legal texts insert under point a without renumbering), followed at once
// by "." or ")", first on its line.
func markListMarkers(text string, slots []slot) []slot {
	for i := range slots {
		s := &slots[i]
		if s.kind != slotWord || (i > 0 && slots[i-1].line == s.line) || i+1 >= len(slots) {
			continue
		}
		next := slots[i+1]
		if next.start != s.end || next.line != s.line {
			continue
		}
		if mark := text[next.start:next.end]; mark != "." && mark != ")" {
			continue
		}
		w := text[s.start:s.end]
		switch {
		case isRomanMarker(w):
			s.kind, s.unit, s.marker = slotFixed, token.UnitNumber, true
		case utf8.RuneCountInString(w) == 1:
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) {
				s.kind, s.unit, s.marker = slotFixed, viet.Lower(w), true
			}
		case isSubItemLabel(w):
			// Read as a word, "a1" lost its number ("a)") or became "ai".
			_, n := utf8.DecodeRuneInString(w)
			s.kind, s.unit, s.marker = slotFixed, viet.Lower(w[:n]), true
		}
	}
	return slots
}

// isSubItemLabel reports a small letter and one or two digits ("a1",
// "đ12"): the label of an item inserted under a lettered point. A capital
// is left out ("A1" may be a cell, a grade or a damaged "Ai"), and so is a
// digit before the letter ("1a" may be "la" read with a 1).
func isSubItemLabel(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || len(w) == n || len(w)-n > 2 {
		return false
	}
	for i := n; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// romanMarkers are the numerals of headings and lists, I to XX.
var romanMarkers = func() map[string]bool {
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	m := map[string]bool{}
	for _, tens := range []string{"", "X", "XX"} {
		for _, o := range ones {
			if n := tens + o; n != "" && len(n) <= len("XVIII") && (tens != "XX" || o == "") {
				m[n] = true
			}
		}
	}
	return m
}()

// isRomanMarker reports a Roman numeral from I to XX, in capitals or in
// small letters (lists numbered "i)", "ii)").
func isRomanMarker(w string) bool {
	if romanMarkers[w] {
		return true
	}
	return w == strings.ToLower(w) && romanMarkers[strings.ToUpper(w)]
}
