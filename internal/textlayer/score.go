package textlayer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// wordStats says how Vietnamese a text looks, word by word.
type wordStats struct {
	chars    int // runes other than spaces
	words    int // space-separated words
	checked  int // words of letters with a vowel: those a syllable check means something for
	valid    int // checked words that are valid Vietnamese syllables
	marked   int // valid ones that carry a Vietnamese diacritic (tone, hat, horn, breve, đ)
	known    int // checked words that spell a known syllable once diacritics are set aside
	nonASCII int // runes above ASCII
}

// measure counts text's words. A word's punctuation is trimmed before the
// check ("hoạch," is hoạch), and words holding digits are not checked
// (numbers, dates, document codes). known tells which words are syllables
// with their diacritics lost or wrong ("thuc" is thức, thực…): the words
// repair can set right.
func measure(text string, known knownSkeletons) wordStats {
	var s wordStats
	for _, w := range strings.Fields(text) {
		s.words++
		s.chars += utf8.RuneCountInString(w)
		for _, r := range w {
			if r >= utf8.RuneSelf {
				s.nonASCII++
			}
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" || !viet.HasVowel(w) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue
		}
		s.checked++
		if known.has(w) {
			s.known++
		}
		if viet.Valid(w) {
			s.valid++
			if viet.StripDiacritics(w) != w {
				s.marked++
			}
		}
	}
	return s
}

// validShare is the share of checked words that are valid syllables; 0
// without any.
func (s wordStats) validShare() float64 {
	if s.checked == 0 {
		return 0
	}
	return float64(s.valid) / float64(s.checked)
}

// markedShare is the share of checked words that are valid syllables with
// diacritics. Running Vietnamese has them on most syllables (well over a
// third even in headings); text read by an engine without Vietnamese, or
// typed without them, has almost none.
func (s wordStats) markedShare() float64 {
	if s.checked == 0 {
		return 0
	}
	return float64(s.marked) / float64(s.checked)
}

// knownShare is the share of checked words that are syllables but for
// their diacritics; 0 without any.
func (s wordStats) knownShare() float64 {
	if s.checked == 0 {
		return 0
	}
	return float64(s.known) / float64(s.checked)
}
