package repair

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/viet"
)

// Old scanner engines tell C, O, S, U, V, W, X, Z (and Ô, Ơ, Ư with their
// marks) from the small letters by size alone, and on a worn page a word
// in the middle of a sentence comes out capitalised ("phối hợp với các Cơ
// quan"). Whether the capital is the document's or the engine's is
// settled by how often the corpus capitalises that syllable in the same
// place (dictionaries/casing.tsv, counted by dictionaries/gen_casing.go):
// a syllable it almost never capitalises there is written small.

// casingRow is one row of casing.tsv: uses mid-sentence, small and
// capitalised.
type casingRow struct{ small, capital int }

// casingKey names a row: a syllable and its context, "-" for any,
// "prev:X" right after the word X, "next:X" right before it.
type casingKey struct{ syllable, context string }

// rarelyCapital is the verdict on a row (RarelyCapital).
func (c casingRow) rarelyCapital() bool { return RarelyCapital(c.small, c.capital) }

// RarelyCapital is the verdict on a casing.tsv row: capitalised in under
// 1 % of its mid-sentence uses. dictionaries/gen_casing.go keeps a row with
// a context only where this verdict differs from the syllable's own row, so
// it calls this too.
func RarelyCapital(small, capital int) bool { return capital*100 < small+capital }

// casingTable parses the embedded casing.tsv once.
var casingTable = sync.OnceValue(func() map[casingKey]casingRow {
	return parseCasing(dictionaries.Casing)
})

// parseCasing reads casing.tsv's rows; a malformed row (none in the
// embedded file, which TestCasingTableParses checks) is skipped.
func parseCasing(data string) map[casingKey]casingRow {
	t := map[casingKey]casingRow{}
	for line := range strings.Lines(data) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if len(f) != 4 {
			continue
		}
		small, err1 := strconv.Atoi(f[2])
		capital, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			continue
		}
		t[casingKey{f[0], f[1]}] = casingRow{small, capital}
	}
	return t
}

// unsureCase reports text whose words show an engine that does not know
// case: at least minMixedCase of its words (of two letters or more) have a
// capital after a small letter or after their first letter while holding
// small ones ("chInh", "DQc"). Measured on the real scanner layers of
// ../shared (the sample 4.2 %, the epu layer 6.6 %) against Tesseract's
// fra, deu, por, Latin, eng and vie on the rendered dev pages (0.3-0.8 %
// over all pages, 2.2 % on the worst page).
func unsureCase(text string) bool {
	words, mixed := 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		words++
		if innerCapital(w) {
			mixed++
		}
	}
	return words > 0 && float64(mixed) >= minMixedCase*float64(words)
}

// minMixedCase is unsureCase's share of words in mixed case.
const minMixedCase = 0.03

// caseEvidence says whether a document's engine knows case. Measured on a
// block (10 to 40 lines) the share of words in mixed case is noisy (up to
// 8 % on a short block of Tesseract's), so a document that adapts decides
// once, on its adaptation sample (up to AdaptSample bytes), where it is not.
type caseEvidence int8

const (
	caseUnknown    caseEvidence = iota // no sample: each text decides (unsureCase)
	caseReliable                       // the sample's words know case
	caseUnreliable                     // the sample's words are in random case
)

// caseEvidenceOf decides on a document's adaptation sample.
func caseEvidenceOf(sample string) caseEvidence {
	if unsureCase(sample) {
		return caseUnreliable
	}
	return caseReliable
}

// lookAlikeCapital reports a capital that is its small letter drawn larger.
func lookAlikeCapital(r rune) bool {
	return unicode.IsUpper(r) && strings.ContainsRune("cosuvwxz", viet.BaseLetter(r))
}

// madeUpCapital reports that slot i, read as syllable w, is capitalised
// by the OCR, not by the writer: its only capital is a look-alike first
// letter; it stands mid-sentence after a word ending in a small letter
// (perhaps with a comma between, perhaps at the end of the line before
// when no sentence boundary separates them) on lines not in capitals;
// the next word is not capitalised (which would make both a name or a
// title, "Sở Tư pháp"), nor is the word before unless the corpus has a
// row for the pair; and the corpus almost never capitalises w there
// (rarelyInCorpus), judged with around, the decoder's readings of the
// words right before and after.
func madeUpCapital(text string, slots []slot, i int, w string, around [2]string, upperLines map[int]bool) bool {
	s := slots[i]
	if s.kind != slotWord || upperLines[s.line] || strings.ContainsRune(w, ' ') {
		return false
	}
	orig := text[s.start:s.end]
	first, size := utf8.DecodeRuneInString(orig)
	if !lookAlikeCapital(first) || !noCapital(orig[size:]) {
		return false
	}
	k := i - 1
	if k >= 0 && slots[k].kind == slotFixed && text[slots[k].start:slots[k].end] == "," {
		k--
	}
	if k < 0 || slots[k].kind != slotWord || slots[k].line < s.line-1 || upperLines[slots[k].line] {
		return false
	}
	prevWord := text[slots[k].start:slots[k].end]
	last, _ := utf8.DecodeLastRuneInString(prevWord)
	if !unicode.IsLower(last) {
		return false
	}
	prev, next := around[0], around[1]
	if k != i-1 || strings.ContainsRune(prev, ' ') {
		prev = ""
	}
	if p, _ := utf8.DecodeRuneInString(prevWord); unicode.IsUpper(p) {
		// After a capitalised word the two may be a name ("Hải
		// Chuyền"): only a row for the pair says they are not ("Huyện ủy").
		if _, ok := casingTable()[casingKey{w, "prev:" + prev}]; !ok || prev == "" {
			return false
		}
	}
	if strings.ContainsRune(next, ' ') {
		next = ""
	}
	if i+1 < len(slots) && slots[i+1].kind == slotWord && slots[i+1].line == s.line {
		if c := viet.CleanCaseOf(text[slots[i+1].start:slots[i+1].end]); c != viet.CaseLower && c != viet.CaseNone {
			return false
		}
	} else {
		next = ""
	}
	return rarelyInCorpus(casingTable(), w, prev, next)
}

// rarelyInCorpus reports the corpus's verdict on syllable w capitalised
// after the word prev and before next ("" where unknown): a row of w in
// one of those contexts (kept only where it overturns w's own verdict)
// says rare or not, and if neither has a row, w's own row does. Rows in
// context that disagree keep the capital.
func rarelyInCorpus(t map[casingKey]casingRow, w, prev, next string) bool {
	ctx := false
	for _, c := range [2]string{"prev:" + prev, "next:" + next} {
		if c == "prev:" || c == "next:" {
			continue
		}
		if row, ok := t[casingKey{w, c}]; ok {
			if !row.rarelyCapital() {
				return false
			}
			ctx = true
		}
	}
	if ctx {
		return true
	}
	row, ok := t[casingKey{w, "-"}]
	return ok && row.rarelyCapital()
}

// noCapital reports the rest of a word after its first letter holding
// letters, all small (and perhaps a mark read as punctuation: "Chu'").
func noCapital(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}
