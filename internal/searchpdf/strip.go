package searchpdf

import (
	"bytes"
	"strconv"
)

// Content streams are read with a small tokenizer of PDF's content syntax
// (ISO 32000-1 §7.2, §8.9.7): enough to find operators and their operands
// while stepping over strings, which may hold "ET" or "Tj", and inline
// images, which may hold any byte.

// token is one lexical token of a content stream, as byte offsets.
type token struct {
	start, end int
	kind       tokenKind
}

type tokenKind uint8

const (
	tokOperand  tokenKind = iota // number, string, name, array or dict bracket, true/false/null
	tokOperator                  // a keyword: BT, Tj, cm…
)

func isSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// lexer walks a content stream token by token.
type lexer struct {
	b   []byte
	pos int
}

// next returns the next token; ok is false at the end of the stream.
func (l *lexer) next() (t token, ok bool) {
	b := l.b
	for l.pos < len(b) {
		c := b[l.pos]
		switch {
		case isSpace(c):
			l.pos++
			continue
		case c == '%': // comment to the end of the line
			for l.pos < len(b) && b[l.pos] != '\n' && b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		start := l.pos
		switch {
		case c == '(':
			l.pos = skipLiteral(b, l.pos)
		case c == '<' && l.pos+1 < len(b) && b[l.pos+1] == '<', c == '>' && l.pos+1 < len(b) && b[l.pos+1] == '>':
			l.pos += 2
		case c == '<':
			if i := bytes.IndexByte(b[l.pos:], '>'); i >= 0 {
				l.pos += i + 1
			} else {
				l.pos = len(b)
			}
		case c == '/':
			l.pos++
			for l.pos < len(b) && !isSpace(b[l.pos]) && !isDelim(b[l.pos]) {
				l.pos++
			}
		case isDelim(c): // [ ] { } and a stray ) or >
			l.pos++
		default:
			for l.pos < len(b) && !isSpace(b[l.pos]) && !isDelim(b[l.pos]) {
				l.pos++
			}
			if word := b[start:l.pos]; !isOperandWord(word) {
				return token{start, l.pos, tokOperator}, true
			}
		}
		return token{start, l.pos, tokOperand}, true
	}
	return token{}, false
}

// isOperandWord tells numbers and the keywords true, false and null from
// operators.
func isOperandWord(w []byte) bool {
	switch string(w) {
	case "true", "false", "null":
		return true
	}
	c := w[0]
	return c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9')
}

// skipLiteral returns the offset after the literal string opening at i:
// parentheses nest, and a backslash escapes the byte after it.
func skipLiteral(b []byte, i int) int {
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(b)
}

// skipInlineImage returns the offset after the EI that ends the inline
// image whose data starts after the ID operator ending at i: the first
// "EI" with white space before it and white space or the end after it.
func skipInlineImage(b []byte, i int) int {
	for j := i + 1; j+1 < len(b); j++ {
		if b[j] == 'E' && b[j+1] == 'I' && isSpace(b[j-1]) && (j+2 == len(b) || isSpace(b[j+2])) {
			return j + 2
		}
	}
	return len(b)
}

// show is a text-showing operator with its operands.
type show struct {
	start, end int     // from the first operand to the end of the operator
	op         string  // Tj, TJ, ' or "
	operands   []token // for ", whose spacing operands stay
}

// stripInvisible removes the invisible text from a page's content stream:
// in every text object (BT…ET) whose every text-showing operator draws in
// rendering mode 3, the showing operators go, and everything else stays
// (fonts, positions, marked content), so the page draws exactly as
// before. A text object that shows anything visibly is left whole. It
// returns the new stream and how many operators it removed.
//
// The rendering mode is tracked as graphics state: set by Tr inside or
// outside text objects, saved by q and restored by Q.
func stripInvisible(content []byte) ([]byte, int) {
	l := lexer{b: content}
	tr, stack := 0, []int(nil)
	var operands []token
	var inText, visible bool
	var shows, remove []show
	for {
		t, ok := l.next()
		if !ok {
			break
		}
		if t.kind == tokOperand {
			operands = append(operands, t)
			continue
		}
		op := string(content[t.start:t.end])
		switch op {
		case "q":
			stack = append(stack, tr)
		case "Q":
			if n := len(stack); n > 0 {
				tr, stack = stack[n-1], stack[:n-1]
			}
		case "Tr":
			if n := len(operands); n > 0 {
				if v, err := strconv.Atoi(string(content[operands[n-1].start:operands[n-1].end])); err == nil {
					tr = v
				}
			}
		case "BT":
			inText, visible, shows = true, false, shows[:0]
		case "Tj", "TJ", "'", "\"":
			s := show{start: t.start, end: t.end, op: op, operands: operands}
			if len(operands) > 0 {
				s.start = operands[0].start
			}
			shows = append(shows, s)
			if tr != 3 || !inText {
				visible = true
			}
		case "ET":
			if inText && !visible {
				remove = append(remove, shows...)
			}
			inText = false
		case "ID":
			l.pos = skipInlineImage(content, l.pos)
		}
		operands = nil
	}
	if len(remove) == 0 {
		return content, 0
	}
	out := make([]byte, 0, len(content))
	last := 0
	for _, s := range remove {
		out = append(out, content[last:s.start]...)
		out = append(out, replacement(content, s)...)
		last = s.end
	}
	out = append(out, content[last:]...)
	return out, len(remove)
}

// replacement is what stands in for a removed showing operator: nothing
// for Tj and TJ; the move to the next line that ' and " also make, and
// the word and character spacing " also sets.
func replacement(content []byte, s show) []byte {
	switch s.op {
	case "'":
		return []byte(" T* ")
	case "\"":
		if len(s.operands) == 3 {
			aw := content[s.operands[0].start:s.operands[0].end]
			ac := content[s.operands[1].start:s.operands[1].end]
			return []byte(" " + string(aw) + " Tw " + string(ac) + " Tc T* ")
		}
		return []byte(" T* ")
	}
	return []byte(" ")
}
