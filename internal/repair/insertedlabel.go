package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// markInsertedLabels turns the label of an article, clause or point
// inserted between two others ("khoản 2a", "Điều 5b", "“2a. …") into a
// fixed slot. A law that amends another numbers what it inserts by the
// number before it and a small letter, so the amended text need not be
// renumbered; such a label is a number, not a word damaged by a digit.
// One digit and one letter is also how OCR writes a short syllable whose
// l or s became a digit ("1a" for là), so the label is taken only where a
// number is due: after the word that names the part (khoản, điểm, Điều,
// mục, tiết, chương, phần) on the same line, or opening its line, perhaps
// after an opening quote, with "." or ")" right after it. Read as a word,
// "2a" lost its number and became "a", another point. A Roman numeral in
// capitals after a part's name is its number too, and so is a capital
// with a digit ("điểm A1").
func markInsertedLabels(text string, slots []slot) []slot {
	for i := range slots {
		s := &slots[i]
		if s.kind != slotWord {
			continue
		}
		w := text[s.start:s.end]
		afterPart := partBefore(text, slots, i)
		switch {
		case afterPart && (romanMarkers[w] || romanInserted(w)):
			// "Mục XI", "Chương VI": parts are numbered in Roman
			// numerals too, and the decoder read "XI" as a damaged "i".
			s.kind, s.unit = slotFixed, token.UnitNumber
		case romanEnumerator(text, slots, i):
			// "(iv)", "(xiii)": items numbered in small Roman
			// numerals, which the decoder read as a damaged "i".
			s.kind, s.unit = slotFixed, token.UnitNumber
		case afterPart && isCapitalDigit(w):
			// "điểm A1": a point named by a capital and a digit, alone
			// (markLabelSeries keeps those listed together).
			s.kind, s.unit = slotCode, token.UnitCode
		case !isInsertedLabel(w):
		case afterPart:
			s.kind, s.unit = slotFixed, token.UnitNumber
		case opensLine(text, slots, i) && i+1 < len(slots) && slots[i+1].start == s.end && slots[i+1].line == s.line &&
			(text[slots[i+1].start:slots[i+1].end] == "." || text[slots[i+1].start:slots[i+1].end] == ")"):
			s.kind, s.unit, s.marker = slotFixed, token.UnitNumber, true
		}
	}
	return slots
}

// partBefore reports slot i right after the name of a part on its line:
// a word of partNames, or "Phụ lục" (an appendix, numbered as parts are),
// perhaps followed by "số" ("Phụ lục số XII").
func partBefore(text string, slots []slot, i int) bool {
	word := func(k int) string {
		if k < 0 || slots[k].kind != slotWord || slots[k].line != slots[i].line {
			return ""
		}
		return viet.Lower(text[slots[k].start:slots[k].end])
	}
	k := i - 1
	if word(k) == "số" {
		k--
	}
	return partNames[word(k)] || word(k) == "lục" && word(k-1) == "phụ"
}

// romanInserted reports a Roman numeral in capitals and one small letter
// ("IIa", "XIb"): a part inserted after the one so numbered, as "2a" is.
func romanInserted(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] >= 'a' && w[n-1] <= 'z' && romanMarkers[w[:n-1]]
}

// romanEnumerator reports slot i a Roman numeral in small letters that
// numbers an item: in brackets ("(iv)"), or opening its line with ")"
// right after it ("iv)"). No syllable is written so, and read as one
// "(iv)" became "(i)", another item.
func romanEnumerator(text string, slots []slot, i int) bool {
	w := text[slots[i].start:slots[i].end]
	if w != strings.ToLower(w) || !romanMarkers[strings.ToUpper(w)] {
		return false
	}
	mark := func(k int, want string) bool {
		return k >= 0 && k < len(slots) && slots[k].line == slots[i].line && text[slots[k].start:slots[k].end] == want &&
			(k < i && slots[k].end == slots[i].start || k > i && slots[k].start == slots[i].end)
	}
	return mark(i+1, ")") && (mark(i-1, "(") || opensLine(text, slots, i))
}

// partNames name the parts of a legal text that an inserted label numbers.
var partNames = map[string]bool{"khoản": true, "điểm": true, "điều": true, "mục": true, "tiết": true, "chương": true, "phần": true}

// isInsertedLabel reports one digit and one small letter ("2a", "3đ"):
// the label of an inserted part that isMeasure does not already keep (a
// number of two digits or more with one letter is kept as a measure).
func isInsertedLabel(w string) bool {
	if len(w) < 2 || !isDigit(w[0]) {
		return false
	}
	r, n := utf8.DecodeRuneInString(w[1:])
	return 1+n == len(w) && unicode.IsLower(r) && (r < utf8.RuneSelf || r == 'đ')
}

// opensLine reports slot i first on its line but for marks ("“").
func opensLine(text string, slots []slot, i int) bool {
	for k := i - 1; k >= 0 && slots[k].line == slots[i].line; k-- {
		if strings.ContainsFunc(text[slots[k].start:slots[k].end], isLetterOrDigit) {
			return false
		}
	}
	return true
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
