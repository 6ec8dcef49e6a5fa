package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// slotKind says what the decoder may do with a piece of the input.
type slotKind uint8

const (
	slotWord     slotKind = iota // letters, perhaps damaged: repairable
	slotFixed                    // numbers, dates, URLs, punctuation: kept, seen by the LM as a class
	slotCode                     // a document code: repaired by rules, seen as <code>
	slotBoundary                 // a line break that ends a sentence: </s>, then <s>
)

// slot is one unit of the observed text the decoder reads.
type slot struct {
	start, end int // byte span in the window
	kind       slotKind
	unit       string // LM unit of a fixed slot
	// joinable: the previous slot is a word on the same line separated by
	// one space only, so the two may be one syllable split by the OCR.
	joinable bool
	line     int
	// repl is the text of a code slot whose pieces were joined.
	repl string
	// lone marks a single consonant letter ("b" of "b)"): no syllable, so
	// kept, unless the damage is the legacy kind that loses whole vowels
	// ("K" for "Kế").
	lone bool
	// marker: a list marker opening its line ("V.", "b)"), kept as it is.
	marker bool
	// capsLine: the word is on a line mostly in capitals (a heading).
	capsLine bool
	// spaceBefore: the word was glued to the list number before it
	// (splitListNumbers); a reading of it is written after a space.
	spaceBefore bool
}

// withBoundaries inserts a sentence boundary at each line break where a
// sentence most likely ends: after . ; : ! ? or before a line that starts
// with a digit or a list mark; where a heading in capitals begins or ends
// (upperLines: "BỘ TÀI CHÍNH" / "Số: 12/TCT"); and at a blank line, unless
// the text is double-spaced and the next line goes on in small letters.
// Elsewhere OCR lines wrap inside a sentence and the language model keeps
// its context across the break.
func withBoundaries(text string, slots []slot, upperLines map[int]bool) []slot {
	// In text double-spaced throughout (a blank line after most lines) a
	// blank line is layout: only a capital after it opens a paragraph.
	breaks, blanks := 0, 0
	for i := 1; i < len(slots); i++ {
		if d := slots[i].line - slots[i-1].line; d > 0 {
			breaks++
			if d > 1 {
				blanks++
			}
		}
	}
	paragraphs := blanks*2 <= breaks
	out := make([]slot, 0, len(slots)+len(slots)/8)
	for i, s := range slots {
		if i > 0 && s.line != slots[i-1].line {
			prev := text[slots[i-1].start:slots[i-1].end]
			first, _ := utf8.DecodeRuneInString(text[s.start:s.end])
			heading := upperLines[s.line] != upperLines[slots[i-1].line]
			blank := s.line > slots[i-1].line+1 && (paragraphs || unicode.IsUpper(first))
			if heading || blank || strings.ContainsAny(prev, ".;:!?") || unicode.IsDigit(first) || s.marker || strings.ContainsRune("-+•*–", first) {
				out = append(out, slot{start: s.start, end: s.start, kind: slotBoundary, line: s.line})
			}
		}
		out = append(out, s)
	}
	return out
}

// leadPunct and trailPunct are peeled off the ends of a white-space chunk.
// "^" and "'" are not in trailPunct: after a letter they are damaged marks
// ("Bo^", "la'"), not punctuation.
const (
	leadPunct  = "\"'“”‘’«»([{<-–—•*…+"
	trailPunct = ".,;:!?)]}\"”’»…>/"
)

// slotsOf splits text into slots.
func slotsOf(text string) []slot {
	var out []slot
	line := 0
	i := 0
	prevWordEnd := -1
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			line++
			i += n
			prevWordEnd = -1
			continue
		}
		if token.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if token.IsSpace(r) {
				break
			}
			j += n
		}
		chunk := text[i:j]
		// One space, or two before a lone letter ("ho  p" for "hợp"):
		// a wider gap between whole words is layout, not a split syllable.
		gap := text[max(prevWordEnd, 0):i]
		joinable := prevWordEnd >= 0 && (gap == " " || gap == "  " && j-i == 1)
		prevWordEnd = -1
		startLen := len(out)
		out = appendChunk(out, text, i, j, line)
		if len(out) > startLen {
			first := &out[startLen]
			if first.start == i && first.kind == slotWord {
				first.joinable = joinable
			}
			last := out[len(out)-1]
			if last.end == j && last.kind == slotWord {
				prevWordEnd = j
			}
		}
		_ = chunk
		i = j
	}
	return out
}

// appendChunk adds the slots of the white-space free chunk text[a:b].
func appendChunk(out []slot, text string, a, b, line int) []slot {
	chunk := text[a:b]
	if token.IsAddressChunk(chunk) {
		toks := token.Tokenize(chunk, nil)
		for _, t := range toks {
			out = append(out, slot{start: a + t.Start, end: a + t.End, kind: slotFixed, unit: string(token.AppendUnit(nil, chunk, t)), line: line})
		}
		return out
	}
	c, d := a, b
	for c < d {
		r, n := utf8.DecodeRuneInString(text[c:d])
		if !strings.ContainsRune(leadPunct, r) {
			break
		}
		c += n
	}
	for d > c {
		r, n := utf8.DecodeLastRuneInString(text[c:d])
		if !strings.ContainsRune(trailPunct, r) || r == '’' && hornApostrophe(text[a:b], text[c:d-n]) ||
			r == '!' && d == b && innerBang(text, c, d-n, b) {
			break
		}
		// "so"" or "vii." keep the mark out; but "'" and "^" after a letter
		// stay (they are not in trailPunct).
		d -= n
	}
	out = appendFixed(out, text, a, c, line)
	if c < d {
		core := text[c:d]
		switch {
		case letterSlashLetter(core):
			out = append(out, slot{start: c, end: d, kind: slotFixed, unit: token.UnitAbbr, line: line})
		case looksLikeCode(core) && !slashedWords(core):
			out = append(out, slot{start: c, end: d, kind: slotCode, unit: token.UnitCode, line: line})
		case !hasLetter(core) && !dollarWord(core) || isMeasure(core):
			toks := token.Tokenize(core, nil)
			for _, t := range toks {
				out = append(out, slot{start: c + t.Start, end: c + t.End, kind: slotFixed, unit: string(token.AppendUnit(nil, core, t)), line: line})
			}
		default:
			out = appendWords(out, text, c, d, line)
		}
	}
	return appendFixed(out, text, d, b, line)
}

// innerBang reports a "!" that ends the word text[c:bang] and is followed
// on its line by more words: no exclamation ends a sentence mid-line with
// the next word going on, so it is an I ("XA HO! CHU NGHIA").
func innerBang(text string, c, bang, end int) bool {
	if c == bang {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[c:bang])
	if !unicode.IsLetter(last) {
		return false
	}
	rest := text[end:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimLeft(rest, " \t")
	first, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLetter(first) && viet.CleanCaseOf(text[c:bang]) == viet.CleanCaseOf(strings.Fields(rest)[0])
}

// isMeasure reports a number with a unit glued to it ("1,5m", "10kg",
// "500m2"): a number with a decimal part or of two digits or more, then
// one small ASCII letter or a unit of two or three, perhaps with a digit;
// or one digit and a unit. One digit before other letters ("1ut" for luật), or more
// letters ("16isng" for lối sống), may be damaged letters and stay a word.
func isMeasure(core string) bool {
	if isClockTime(core) {
		return true
	}
	i := 0
	for i < len(core) && (isDigit(core[i]) || i > 0 && (core[i] == ',' || core[i] == '.') && i+1 < len(core) && isDigit(core[i+1])) {
		i++
	}
	if i == 1 {
		return units[core[1:]]
	}
	if i < 2 {
		return false
	}
	j := i
	for j < len(core) && core[j] >= 'a' && core[j] <= 'z' {
		j++
	}
	letters := j - i
	if j == len(core)-1 && isDigit(core[j]) {
		j++
	}
	// One letter after a number is a unit or an hour ("23h"); two or three
	// are a unit only if they spell one: "2021den" is a word glued to a
	// number, which the decoder may split (gluedArcs).
	return j == len(core) && (letters == 1 || letters <= 3 && units[core[i:]])
}

// isClockTime reports a time of day as administrative documents write it,
// hours, h (or g, giờ) and two digits of minutes ("7h30", "14g00"): no
// syllable, however damaged, has two digits after a letter after a digit,
// and read as one it became a word ("hồ" for 7h30).
func isClockTime(core string) bool {
	n := len(core)
	if n != 4 && n != 5 || core[n-3] != 'h' && core[n-3] != 'g' {
		return false
	}
	for i := 0; i < n; i++ {
		if i != n-3 && !isDigit(core[i]) {
			return false
		}
	}
	hour := int(core[0] - '0')
	if n == 5 {
		hour = 10*hour + int(core[1]-'0')
	}
	return hour <= 24 && core[n-2] <= '5'
}

// units are the units of measure written after one digit ("5m", "3ha")
// that no damaged syllable reads as.
var units = map[string]bool{"m": true, "cm": true, "mm": true, "km": true, "m2": true, "m3": true, "km2": true,
	"kg": true, "ha": true, "ml": true, "kw": true, "kwh": true}

// letterSlashLetter reports an abbreviation of two words by their first
// letters ("V/v" về việc, "b/c" báo cáo, "đ/c" đồng chí): kept, not read
// as two damaged words.
func letterSlashLetter(core string) bool {
	a, n := utf8.DecodeRuneInString(core)
	if n == 0 || !unicode.IsLetter(a) || len(core) <= n || core[n] != '/' {
		return false
	}
	b, m := utf8.DecodeRuneInString(core[n+1:])
	return unicode.IsLetter(b) && n+1+m == len(core)
}

// dollarWord reports "$" and one digit: no amount (Vietnamese texts write
// USD and decimals), but an S and a marked vowel in OCR's look-alikes ("$6"
// for Số, Sở).
func dollarWord(core string) bool {
	return len(core) == 2 && core[0] == '$' && core[1] >= '0' && core[1] <= '9'
}

// hornApostrophe reports a "’" that is the horn of ơ or ư drawn apart
// ("co’ so’" for cơ sở, as Tesseract eng writes it): it follows an o or u,
// and no "‘" opens a quotation in the chunk.
func hornApostrophe(chunk, before string) bool {
	if strings.ContainsRune(chunk, '‘') {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	b := viet.BaseLetter(r)
	return b == 'o' || b == 'u'
}

// innerPunct separates words inside a chunk ("khẩu/ngoài", "a,b"): these
// marks are not what OCR makes of a letter.
const innerPunct = "/,;:()[]"

// appendWords adds the word slots of text[c:d], split at inner punctuation.
func appendWords(out []slot, text string, c, d, line int) []slot {
	for c < d {
		k := strings.IndexAny(text[c:d], innerPunct)
		end := d
		if k >= 0 {
			end = c + k
		}
		if c < end {
			out = appendHyphenated(out, text, c, end, line)
		}
		if k < 0 {
			break
		}
		_, n := utf8.DecodeRuneInString(text[end:])
		out = appendFixed(out, text, end, end+n, line)
		c = end + n
	}
	return out
}

// appendHyphenated adds the word text[c:d]; a word of syllables joined by
// hyphens ("Công-gô", "ra-đa", "Pa-lét-tin": a foreign name or loanword
// transcribed syllable by syllable, as Vietnamese writes them) becomes one
// slot per syllable with its hyphens kept as punctuation, as the language
// model's tokenizer cut it. Read whole, its letters with the hyphen
// dropped matched two syllables and the hyphen was lost ("Đô la"). A
// hyphen inside a damaged word ("kh-ông") leaves a part that is no
// syllable: that word stays whole.
func appendHyphenated(out []slot, text string, c, d, line int) []slot {
	w := text[c:d]
	if strings.Contains(w, "-") && hyphenedSyllables(w) {
		for c < d {
			end := c + strings.IndexByte(text[c:d]+"-", '-')
			out = appendHyphenated(out, text, c, end, line)
			if end == d {
				break
			}
			out = appendFixed(out, text, end, end+1, line)
			c = end + 1
		}
		return out
	}
	return append(out, slot{start: c, end: d, kind: slotWord, line: line, lone: len(w) == 1 && isConsonantLetter(w[0])})
}

// hyphenedSyllables reports w as syllables joined by single hyphens, each
// a valid Vietnamese syllable in any case.
func hyphenedSyllables(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || !viet.Valid(viet.Lower(p)) {
			return false
		}
	}
	return true
}

func isConsonantLetter(b byte) bool {
	b |= 0x20
	return b >= 'a' && b <= 'z' && !strings.ContainsRune("aeiouy", rune(b))
}

// appendFixed adds one punctuation slot per character of text[a:b].
func appendFixed(out []slot, text string, a, b, line int) []slot {
	for i := a; i < b; {
		_, n := utf8.DecodeRuneInString(text[i:b])
		t := token.Token{Start: i, End: i + n, Kind: token.Punct}
		out = append(out, slot{start: i, end: i + n, kind: slotFixed, unit: string(token.AppendUnit(nil, text, t)), line: line})
		i += n
	}
	return out
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
