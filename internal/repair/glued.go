package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
)

// Text layers of old OCR engines drop the space between a word and a
// number ("hoc2021-2022", "30/6/2021den"): the slotter then sees one
// token, a damaged word or a code. Whether it is one (digits standing for
// marked letters, "16isng" for lối sống; a code, "QH15") or a word glued to
// a number is the decoder's choice: gluedArcs offers the split reading as
// one more arc over the token, the letter part read through the channel
// and the number seen by the language model as its class, so that the
// context and the channel decide against the whole-token readings.

// A glued split costs what a missing space costs (splitPenalty) and this
// much more: a number and a word run together is rarer than two syllables
// run together, and a correct token must not be cut for a small gain.
const gluedPenalty = 0

// minGluedDigits is the shortest number a word is split from: one digit
// next to letters is most often a damaged letter ("K8" for Kế, "1ut").
const minGluedDigits = 2

// gluedSplit finds where the letters and the number of a token meet. It
// accepts letters then a number ("hoc2021-2022") or a number then letters
// ("2021den"): the letter part has two letters or more, at least one small
// (codes are in capitals: "QH15", "NĐ-CP"); the number part starts (or
// ends) with a digit, holds minGluedDigits digits or more and no letter.
// cut is the byte offset where the second part starts.
func gluedSplit(w string) (cut int, numFirst, ok bool) {
	lettersEnd := 0 // letters then a number
	for i, r := range w {
		if !unicode.IsLetter(r) {
			break
		}
		lettersEnd = i + utf8.RuneLen(r)
	}
	if lettersEnd > 0 && lettersEnd < len(w) && isDigit(w[lettersEnd]) && wordPart(w[:lettersEnd]) && numberPart(w[lettersEnd:]) {
		return lettersEnd, false, true
	}
	lettersStart := numberThenWord(w)
	if lettersStart > 0 && lettersStart < len(w) && isDigit(w[lettersStart-1]) && wordPart(w[lettersStart:]) && (numberPart(w[:lettersStart]) || oneDigitBefore(w, lettersStart)) {
		return lettersStart, true, true
	}
	if lettersStart > 1 && lettersStart < len(w) && w[lettersStart-1] == '%' && wordPart(w[lettersStart:]) && numberPart(w[:lettersStart-1]) {
		// "80%mức": a share glued to the word after it.
		return lettersStart, true, true
	}
	if lettersStart > 1 && lettersStart < len(w) && strings.IndexByte(",;:", w[lettersStart-1]) >= 0 && isDigit(w[lettersStart-2]) &&
		wordPart(w[lettersStart:]) && numberPart(w[:lettersStart-1]) {
		// "19/6/2015;Luật": a date ending a clause, the space after its
		// comma or semicolon lost.
		return lettersStart, true, true
	}
	// A sentence that ends on a number, its full stop glued to the
	// capital that opens the next one ("15/3/2024.Trường").
	if lettersStart > 1 && lettersStart < len(w) && w[lettersStart-1] == '.' && isDigit(w[lettersStart-2]) &&
		unicode.IsUpper(firstRune(w[lettersStart:])) && wordPart(w[lettersStart:]) && numberPart(w[:lettersStart-1]) {
		return lettersStart, true, true
	}
	return 0, false, false
}

// numberThenWord returns where the word at the end of w starts: a letter,
// then letters and the symbols old engines draw for marks ("c\"a" for của,
// "d'ồng"), scanned back from the end; len(w) when w ends in no letter.
func numberThenWord(w string) int {
	start, end := len(w), len(w)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(w[:end])
		if !unicode.IsLetter(r) && !markRune(r) {
			break
		}
		end -= n
		if unicode.IsLetter(r) {
			start = end
		}
	}
	return start
}

// wordPart reports letters that may be a damaged syllable: two or more,
// one at least small; symbols drawn for marks may stand among them.
func wordPart(s string) bool {
	n, lower := 0, false
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
		lower = lower || unicode.IsLower(r)
	}
	return n >= 2 && lower
}

// numberPart reports digits, perhaps joined by . , / or -, with at least
// minGluedDigits digits and a digit at both ends.
func numberPart(s string) bool {
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			digits++
		case c == '.' || c == ',' || c == '/' || c == '-':
		default:
			return false
		}
	}
	return digits >= minGluedDigits && isDigit(s[0]) && isDigit(s[len(s)-1])
}

// numberUnit is the language-model unit a number part is seen as: the
// class of its first token ("<num>", "<date>").
func numberUnit(s string) string {
	toks := token.Tokenize(s, nil)
	if len(toks) == 0 {
		return token.UnitNumber
	}
	return string(token.AppendUnit(nil, s, toks[0]))
}

// gluedArcs are the readings of obsText as a word and a number run
// together: the best few readings of the letter part, each with the number
// kept, or read as a date (gluedDateArcs; inDate: after "ngày"). None when
// the token is no such pair.
func (r *Repairer) gluedArcs(ch *errmodel.Channel, obsText string, inDate bool) []arc {
	cut, numFirst, ok := gluedSplit(obsText)
	if !ok {
		return nil
	}
	word, num := obsText[:cut], obsText[cut:]
	if numFirst {
		word, num = num, word
	}
	numID := r.unitID(numberUnit(num))
	cands := r.splitCandidates(ch, normalizeObserved(word))
	out := make([]arc, 0, min(3, len(cands)))
	for _, c := range cands[:min(3, len(cands))] {
		units := [2]int32{r.sylID[c.word], numID}
		if numFirst {
			units = [2]int32{numID, r.sylID[c.word]}
		}
		out = append(out, arc{span: 1, units: units, text: r.syl[c.word], glued: int32(cut), numFirst: numFirst,
			chLogP: c.logP + r.params.splitPenalty + gluedPenalty})
	}
	return append(out, r.gluedDateArcs(ch, num, out, inDate)...)
}

// renderGlued writes a glued split: the letter part in its own case, the
// number as it was, a space between.
func (r *Repairer) renderGlued(orig string, a *arc, upperLine bool) string {
	if a.caseCut {
		return r.renderCaseCut(orig, a, upperLine)
	}
	if a.numFirst {
		return r.gluedNumber(orig[:a.glued], a.units[0]) + " " + r.caseLike(a.text, orig[a.glued:], upperLine)
	}
	return r.caseLike(a.text, orig[:a.glued], upperLine) + " " + r.gluedNumber(orig[a.glued:], a.units[1])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
