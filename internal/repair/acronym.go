package repair

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Administrative documents define the acronyms they use in parentheses
// after the words they stand for ("đăng ký môn học (ĐKMH)") and then write
// the acronym alone. An engine that reads the Đ of the definition as B or D
// ("(BKMH)") reads it so wherever the acronym recurs, where no word around
// it says what it stands for, and an acronym no corpus holds cannot be
// mended from known code parts. The definition can: adaptation decodes the
// sample, finds each acronym in parentheses whose letters are the initials
// of the decoded words before it but for a capital the OCR misread, and
// the adapted repairer writes the acronym as defined wherever it meets it.

// acronymDef is an acronym of 2 to 8 capitals in parentheses after words.
var acronymDef = regexp.MustCompile(`((?:\pL+[ \t]+){2,8})\([ \t]*(\p{Lu}{2,8})[ \t]*\)`)

// acronymKey folds the misreadings of an acronym's capitals that
// definedAcronym mends: Đ read as D anywhere, and as B at the start (the
// capital rows of the error model).
func acronymKey(a string) string {
	if rest, ok := strings.CutPrefix(a, "B"); ok {
		a = "D" + rest
	}
	return strings.ReplaceAll(a, "Đ", "D")
}

// definedAcronyms returns, by acronymKey, the acronyms text (a decoding)
// defines with a letter misread: those whose capitals are its words'
// initials once the misreadings acronymKey folds are undone.
func definedAcronyms(text string) map[string]string {
	var defs map[string]string
	for _, m := range acronymDefs(text) {
		acr := m[2]
		n := utf8.RuneCountInString(acr)
		words := strings.Fields(m[1])
		if len(words) < n {
			continue
		}
		var want strings.Builder
		for _, w := range words[len(words)-n:] {
			r, _ := utf8.DecodeRuneInString(w)
			want.WriteRune(unicode.ToUpper(baseInitial(r)))
		}
		def := want.String()
		if def == acr || acronymKey(def) != acronymKey(acr) {
			continue
		}
		if defs == nil {
			defs = map[string]string{}
		}
		defs[acronymKey(def)] = def
	}
	return defs
}

// acronymDefs is acronymDef.FindAllStringSubmatch(text, -1), with the
// regular expression run only where a match can be: on the run of letters,
// spaces and tabs before each "(" up to the first ")" after it. A match is
// such a run, its "(" and capitals up to a ")", so it starts in the run
// before its own "(" and no earlier; the expression, which cannot skip to
// a literal, would otherwise try every position of a sample (4 % of the
// instructions of adaptation on stripped text).
func acronymDefs(text string) [][]string {
	var out [][]string
	from := 0 // where the next match may start
	for {
		p := strings.IndexByte(text[from:], '(')
		if p < 0 {
			return out
		}
		p += from
		e := strings.IndexByte(text[p:], ')')
		if e < 0 {
			return out // no "(" from here on is closed
		}
		e += p + 1
		s := p
		for s > from {
			r, n := utf8.DecodeLastRuneInString(text[from:s])
			if r != ' ' && r != '\t' && !unicode.IsLetter(r) {
				break
			}
			s -= n
		}
		if m := acronymDef.FindStringSubmatch(text[s:e]); m != nil {
			out = append(out, m)
			from = e
		} else {
			from = p + 1
		}
	}
}

// baseInitial is r without its tone and vowel marks, đ kept (an acronym
// writes Đ for đ and A for ấ).
func baseInitial(r rune) rune {
	if unicode.ToLower(r) == 'đ' {
		return 'đ'
	}
	return viet.BaseLetter(r)
}

// definedAcronym returns the acronym the document defines that part, in
// capitals, is a misreading of.
func (cr *codeRepairer) definedAcronym(part string) (string, bool) {
	if cr == nil || len(cr.defined) == 0 {
		return part, false
	}
	d, ok := cr.defined[acronymKey(part)]
	return d, ok && d != part
}

// withAcronyms returns cr with the acronyms defs added to those it knows;
// cr is not changed.
func (cr *codeRepairer) withAcronyms(defs map[string]string) *codeRepairer {
	c := &codeRepairer{defined: map[string]string{}}
	if cr != nil {
		c.parts, c.strokes = cr.parts, cr.strokes
		for k, v := range cr.defined {
			c.defined[k] = v
		}
	}
	for k, v := range defs {
		c.defined[k] = v
	}
	return c
}
