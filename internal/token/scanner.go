package token

import (
	"strings"
	"unicode/utf8"
)

// Scanner splits a text into tokens. It keeps its buffers between calls, so
// tokenizing allocates nothing per token once it has warmed up; Reset reuses
// a Scanner for the next text.
type Scanner struct {
	text    string
	pos     int
	pending []Token // tokens of the current chunk not yet returned
	next    int     // index of the next pending token
}

// NewScanner returns a Scanner over text.
func NewScanner(text string) *Scanner {
	s := &Scanner{}
	s.Reset(text)
	return s
}

// Reset starts the scanner over a new text.
func (s *Scanner) Reset(text string) {
	s.text, s.pos, s.pending, s.next = text, 0, s.pending[:0], 0
}

// Tokenize appends the tokens of text to dst and returns it.
func Tokenize(text string, dst []Token) []Token {
	var s Scanner
	s.Reset(text)
	for {
		t, ok := s.Next()
		if !ok {
			return dst
		}
		dst = append(dst, t)
	}
}

// Next returns the next token, or false at the end of the text.
func (s *Scanner) Next() (Token, bool) {
	for s.next >= len(s.pending) {
		s.pending, s.next = s.pending[:0], 0
		if !s.fill() {
			return Token{}, false
		}
	}
	t := s.pending[s.next]
	s.next++
	return t, true
}

// fill tokenizes the next line break or white-space separated chunk into
// s.pending; it reports false at the end of the text.
func (s *Scanner) fill() bool {
	text := s.text
	for s.pos < len(text) {
		c := text[s.pos]
		switch {
		case c == '\n':
			s.emit(s.pos, s.pos+1, LineBreak)
			s.pos++
			return true
		case c == '\r':
			end := s.pos + 1
			if end < len(text) && text[end] == '\n' {
				end++
			}
			s.emit(s.pos, end, LineBreak)
			s.pos = end
			return true
		case c == ' ' || c == '\t':
			s.pos++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[s.pos:])
		if isLineSpace(r) {
			s.pos += n
			continue
		}
		start := s.pos
		end := start
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if r == '\n' || r == '\r' || isLineSpace(r) {
				break
			}
			end += n
		}
		s.pos = end
		s.chunk(start, end)
		return true
	}
	return false
}

func (s *Scanner) emit(start, end int, k Kind) {
	s.pending = append(s.pending, Token{Start: start, End: end, Kind: k})
}

// chunk tokenizes text[a:b], a run without white space.
func (s *Scanner) chunk(a, b int) {
	text := s.text
	if hasWebPrefix(text[a:b]) {
		end := trimTrailingPunct(text, a, b)
		s.emit(a, end, URL)
		s.puncts(end, b)
		return
	}
	if at := strings.IndexByte(text[a:b], '@'); at > 0 {
		c, d := trimPunct(text, a, b)
		if c < d && isEmail(text[c:d]) {
			s.puncts(a, c)
			s.emit(c, d, Email)
			s.puncts(d, b)
			return
		}
	}
	s.segment(a, b)
}

// segment tokenizes text[a:b]: leading and trailing punctuation, and a core
// that begins and ends with a letter or digit.
func (s *Scanner) segment(a, b int) {
	c, d := trimPunct(s.text, a, b)
	s.puncts(a, c)
	if c < d {
		s.core(c, d, d < b && (s.text[d] == '.' || s.text[d] == ')'))
	}
	s.puncts(d, b)
}

// core classifies text[c:d], which begins and ends with a letter or digit.
// markFollows tells whether a "." or ")" follows it (roman numerals).
func (s *Scanner) core(c, d int, markFollows bool) {
	text := s.text[c:d]
	var letters, digits, joiners, others, upper, lower int
	for _, r := range text {
		switch {
		case isDigit(r):
			digits++
		case isLetter(r):
			letters++
			if isUpper(r) {
				upper++
			} else if isLower(r) {
				lower++
			}
		case r == '-' || r == '/' || r == '.' || r == '_' || r == ',':
			joiners++
		default:
			others++
		}
	}
	switch {
	case others > 0:
		s.split(c, d)
	case letters > 0 && joiners == 0 && digits == 0:
		s.emit(c, d, wordKind(text, upper, lower, markFollows))
	case letters == 0:
		s.emit2(c, d, numericKind(text))
	case digits > 0:
		s.emit(c, d, Code)
	default: // letters joined by - / . _ ,
		if isCodeOfLetters(text) {
			s.emit(c, d, Code)
		} else {
			s.split(c, d)
		}
	}
}

// emit2 emits a numeric core, splitting ranges such as "2020-2025".
func (s *Scanner) emit2(c, d int, k Kind) {
	if k != Invalid {
		s.emit(c, d, k)
		return
	}
	s.split(c, d)
}

// split breaks text[c:d] at every character that is neither letter nor
// digit, classifying the pieces on their own.
func (s *Scanner) split(c, d int) {
	text := s.text
	i := c
	for i < d {
		r, n := utf8.DecodeRuneInString(text[i:d])
		if !isAlnum(r) {
			s.emit(i, i+n, Punct)
			i += n
			continue
		}
		j := i
		var letters, digits, upper, lower int
		for j < d {
			r, n := utf8.DecodeRuneInString(text[j:d])
			if !isAlnum(r) {
				break
			}
			if isDigit(r) {
				digits++
			} else {
				letters++
				if isUpper(r) {
					upper++
				} else if isLower(r) {
					lower++
				}
			}
			j += n
		}
		switch {
		case digits == 0:
			s.emit(i, j, wordKind(text[i:j], upper, lower, j < d && (text[j] == '.' || text[j] == ')')))
		case letters == 0:
			s.emit(i, j, Number)
		default:
			s.emit(i, j, Code)
		}
		i = j
	}
}

// puncts emits every character of text[a:b] as a Punct token.
func (s *Scanner) puncts(a, b int) {
	for i := a; i < b; {
		_, n := utf8.DecodeRuneInString(s.text[i:b])
		s.emit(i, i+n, Punct)
		i += n
	}
}

// wordKind classifies a run of letters.
func wordKind(w string, upper, lower int, markFollows bool) Kind {
	if markFollows && lower == 0 && isRoman(w) {
		return Number
	}
	if IsSyllableShape(w) {
		return Word
	}
	if lower == 0 && upper > 0 {
		return Abbr
	}
	// Capitals followed by a lower-case tail of an abbreviation: "TPHCMh" is
	// rare; mixed words that are not syllables are foreign words.
	return Latin
}

func isRoman(w string) bool {
	if len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// numericKind classifies digits joined by - / . , : numbers, dates, or
// Invalid for a sequence to split (ranges like 2020-2025).
func numericKind(t string) Kind {
	var groups [8]int // digit count of each group
	var seps [8]byte
	ng := 0
	cur := 0
	for i := 0; i < len(t); i++ {
		ch := t[i]
		if isDigit(rune(ch)) {
			cur++
			continue
		}
		if ng >= len(groups)-1 {
			return Invalid
		}
		groups[ng], seps[ng] = cur, ch
		ng++
		cur = 0
	}
	groups[ng] = cur
	ng++
	if ng == 1 {
		return Number
	}
	sep := seps[0]
	for i := 1; i < ng-1; i++ {
		if seps[i] != sep {
			return Invalid
		}
	}
	switch sep {
	case '/':
		if ng <= 3 && groups[0] <= 2 && groups[ng-1] <= 4 {
			return Date
		}
		return Invalid
	case '-', '.':
		if ng == 3 && groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 4 || groups[2] == 2) {
			return Date
		}
		if sep == '.' && groups[0] <= 3 && allThree(groups[1:ng]) {
			return Number // 1.000.000
		}
		if sep == '.' && ng == 2 {
			return Number // 4.42
		}
		return Invalid
	case ',':
		if ng == 2 || groups[0] <= 3 && allThree(groups[1:ng]) {
			return Number // 2,5 and 1,000,000
		}
	}
	return Invalid
}

func allThree(g []int) bool {
	for _, n := range g {
		if n != 3 {
			return false
		}
	}
	return true
}

// isCodeOfLetters reports whether letters joined by - / . _ , form a code
// ("KH/TU", "QĐ-UBND", "TP.HCM") rather than words to split ("Rịa-Vũng",
// "và/hoặc"): some part is an abbreviation, and no comma joins.
func isCodeOfLetters(t string) bool {
	if strings.IndexByte(t, ',') >= 0 {
		return false
	}
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != '-' && t[i] != '/' && t[i] != '.' && t[i] != '_' {
			continue
		}
		part := t[start:i]
		start = i + 1
		if part == "" {
			return false
		}
		if !IsSyllableShape(part) && strings.ToUpper(part) == part {
			return true
		}
	}
	return false
}

// trimPunct returns the bounds of text[a:b] without leading and trailing
// characters that are neither letters nor digits.
func trimPunct(text string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if isAlnum(r) && !isMark(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if isAlnum(r) {
			break
		}
		b -= n
	}
	return a, b
}

func trimTrailingPunct(text string, a, b int) int {
	for b > a {
		switch text[b-1] {
		case '.', ',', ';', ':', ')', ']', '"', '\'', '!', '?':
			b--
			continue
		}
		break
	}
	return b
}

// IsAddressChunk reports whether Tokenize reads the white-space free chunk
// as a web address, or finds an e-mail address in it (between leading and
// trailing punctuation). Repair keeps such chunks as they are; asking here
// keeps its answer the tokenizer's.
func IsAddressChunk(chunk string) bool {
	if hasWebPrefix(chunk) {
		return true
	}
	if strings.IndexByte(chunk, '@') <= 0 {
		return false
	}
	c, d := trimPunct(chunk, 0, len(chunk))
	return c < d && isEmail(chunk[c:d])
}

// hasWebPrefix reports whether s begins as a web address is written.
func hasWebPrefix(s string) bool {
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isEmail(t string) bool {
	at := strings.IndexByte(t, '@')
	if at <= 0 || at != strings.LastIndexByte(t, '@') {
		return false
	}
	domain := t[at+1:]
	dot := strings.LastIndexByte(domain, '.')
	if dot <= 0 || dot == len(domain)-1 {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(isAlnum(rune(c)) || c == '.' || c == '_' || c == '-' || c == '+' || c == '@') {
			return false
		}
	}
	return true
}
