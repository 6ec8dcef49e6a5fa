package ocrchan

import (
	"strings"
	"unicode"
)

// Page is a page as vidoc's OCR prints it in JSON (ocr.Result with
// Options.Alternatives): its text and its words with their glyphs'
// choices. The JSON of `vidoc ocr --format json --alternatives` decodes
// into it as it is.
type Page struct {
	Text  string    `json:"text"`
	Words []Printed `json:"words"`
	// Error is set on the line of a page vidoc ocr could not read, which
	// has no text.
	Error string `json:"error,omitempty"`
}

// Printed is one word as the OCR printed it, with each glyph's choices in
// the order of its letters (ocr.Word and ocr.Char).
type Printed struct {
	Text  string  `json:"text"`
	Chars []Glyph `json:"chars,omitempty"`
	// Confidence is Tesseract's confidence in the word, 0–100 (ocr.Word).
	Confidence float64 `json:"confidence"`
}

// Glyph is one glyph's choices, best first (ocr.Char).
type Glyph struct {
	Alts []Choice `json:"alts"`
}

// Placed is a word's channel with its byte span in the page text.
type Placed struct {
	Start, End int
	Word
}

// Channels builds the channel of each word of the page that has choices and
// places it on the page text (Place); a word Place cannot find gets none.
func Channels(p Page, opts Options) []Placed {
	printed := make([]string, len(p.Words))
	for i, w := range p.Words {
		printed[i] = w.Text
	}
	at := Place(p.Text, printed)
	out := make([]Placed, 0, len(p.Words))
	for i, w := range p.Words {
		if len(w.Chars) == 0 || at[i] < 0 {
			continue
		}
		glyphs := make([][]Choice, len(w.Chars))
		for k, c := range w.Chars {
			glyphs[k] = c.Alts
		}
		cw := Build(w.Text, glyphs, opts)
		cw.Confidence = w.Confidence
		out = append(out, Placed{Start: at[i], End: at[i] + len(w.Text), Word: cw})
	}
	return out
}

// lookahead is how far Place looks, in words and in tokens of the text,
// for the next match when a word and the token before it differ.
const lookahead = 8

// Place finds the printed words in the page text, in order, and returns
// the byte offset of each, or -1 for a word the text does not have where
// it should. The text is mostly the words joined by white space, but the
// layout stage may have dropped a word (a rule read as "-", a seal's
// letters) or put lines in another order: a word that does not match the
// next token of the text is matched a few tokens on, or left out when a
// later word matches sooner.
func Place(text string, words []string) []int {
	toks := Fields(text)
	at := make([]int, len(words))
	t := 0
	budget := resyncBudget
	for i := 0; i < len(words); i++ {
		at[i] = -1
		// The nearest pair (word i+dw, token t+dt) that match, nearest
		// by dw+dt.
		found := false
		for d := 0; d <= 2*lookahead && !found; d++ {
			for dw := 0; dw <= min(d, lookahead) && !found; dw++ {
				dt := d - dw
				if dt > lookahead || i+dw >= len(words) || t+dt >= len(toks) {
					continue
				}
				k := toks[t+dt]
				if text[k.Start:k.End] == words[i+dw] {
					for s := i; s < i+dw; s++ {
						at[s] = -1
					}
					i += dw
					at[i] = k.Start
					t += dt + 1
					found = true
				}
			}
		}
		if !found {
			// The word is not in the text nearby. Where the layout read
			// a region again (a table's cells) the text differs for
			// more than the lookahead: find the words again further
			// on, where a run of them stands as they were printed.
			if k := resync(text, toks[t:], words[i:], &budget); k >= 0 {
				at[i] = toks[t+k].Start
				t += k + 1
			}
		}
	}
	return at
}

// anchorWords is how many words in a row must stand as consecutive tokens
// for Place to find its way again after the text and the words parted: one
// or two short words ("của các") recur too often to say where.
const anchorWords = 3

// resyncBudget bounds the tokens resync looks at over one page. Each word
// not found nearby makes it search the rest of the page, so a page whose
// words the text does not hold costs words × tokens: a hostile OCR JSON of
// 100 000 such words would take minutes. A real page of 1 000 words, every
// one of them missing, costs a million; past the budget the words not
// found nearby are left out.
const resyncBudget = 1 << 23

// resync returns the index of the first token of toks from which the first
// anchorWords words stand in a row, or -1; each token it looks at is taken
// from budget, and it gives -1 once budget is spent.
func resync(text string, toks []Span, words []string, budget *int) int {
	if len(words) < anchorWords {
		return -1
	}
	for k := 0; k+anchorWords <= len(toks); k++ {
		if *budget--; *budget < 0 {
			return -1
		}
		n := 0
		for n < anchorWords && text[toks[k+n].Start:toks[k+n].End] == words[n] {
			n++
		}
		if n == anchorWords {
			return k
		}
	}
	return -1
}

// Span is the bytes start–end of a token of a text.
type Span struct{ Start, End int }

// Fields is strings.Fields with each token's byte span in text.
func Fields(text string) []Span {
	var out []Span
	notSpace := func(r rune) bool { return !unicode.IsSpace(r) }
	for i := 0; ; {
		k := strings.IndexFunc(text[i:], notSpace)
		if k < 0 {
			return out
		}
		i += k
		n := strings.IndexFunc(text[i:], unicode.IsSpace)
		if n < 0 {
			n = len(text) - i
		}
		out = append(out, Span{i, i + n})
		i += n
	}
}
