package wordmap

import (
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/editdist"
)

// Box is a rectangle in page pixels, X1 and Y1 exclusive.
type Box struct{ X0, Y0, X1, Y1 int }

func union(a, b Box) Box {
	return Box{min(a.X0, b.X0), min(a.Y0, b.Y0), max(a.X1, b.X1), max(a.Y1, b.Y1)}
}

// Word is a word with the box it was read in and OCR's confidence, 0–100.
type Word struct {
	Text       string
	Box        Box
	Confidence float64
}

// Line places the tokens of repaired, the repair of one line of OCR words
// (ocr, in reading order), on those words' boxes. A token equal to its
// OCR word takes its box and confidence. Each run of tokens and words
// between such matches, where repair changed, split, joined or dropped
// words, is read one to one when it has as many tokens as words; otherwise
// the box around its words is shared out by the tokens' lengths, with the
// words' mean confidence. Tokens repair added beside no word join the run
// before them (after them at the start of the line). With no OCR words
// nothing can be placed and Line returns nil.
func Line(ocr []Word, repaired string) []Word {
	toks := strings.Fields(repaired)
	if len(ocr) == 0 || len(toks) == 0 {
		return nil
	}
	_, pairs := editdist.Align(len(ocr), len(toks), func(i, j int) bool { return ocr[i].Text == toks[j] })
	var runs []span
	open := false // the last run takes more columns
	for _, p := range pairs {
		exact := p.A >= 0 && p.B >= 0 && ocr[p.A].Text == toks[p.B]
		if exact || !open {
			runs = append(runs, span{w0: -1, t0: -1})
		}
		runs[len(runs)-1].add(p)
		open = !exact
	}
	// A run of tokens without words joins a neighbour, so that its tokens
	// get a share of a word's box.
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		if r.w0 >= 0 || len(runs) == 1 {
			continue
		}
		if i > 0 {
			runs[i-1] = runs[i-1].join(r)
		} else {
			runs[1] = r.join(runs[1])
		}
		runs = append(runs[:i], runs[i+1:]...)
		i--
	}
	out := make([]Word, 0, len(toks))
	for _, r := range runs {
		out = r.place(ocr, toks, out)
	}
	return out
}

// span is a run of alignment columns: the OCR words and the tokens it
// covers, each a half-open range, -1 at the start of an empty one.
type span struct{ w0, w1, t0, t1 int }

func (s *span) add(p editdist.Pair) {
	if p.A >= 0 {
		if s.w0 < 0 {
			s.w0 = p.A
		}
		s.w1 = p.A + 1
	}
	if p.B >= 0 {
		if s.t0 < 0 {
			s.t0 = p.B
		}
		s.t1 = p.B + 1
	}
}

// join is s followed by n.
func (s span) join(n span) span {
	for _, p := range []editdist.Pair{{A: n.w0, B: n.t0}, {A: n.w1 - 1, B: n.t1 - 1}} {
		if n.w0 < 0 {
			p.A = -1
		}
		if n.t0 < 0 {
			p.B = -1
		}
		s.add(p)
	}
	return s
}

// place appends the span's tokens with their boxes to out.
func (s span) place(ocr []Word, toks []string, out []Word) []Word {
	if s.t0 < 0 || s.w0 < 0 {
		return out // words repair dropped (or, alone on a line, tokens without words)
	}
	words, tokens := ocr[s.w0:s.w1], toks[s.t0:s.t1]
	if len(words) == len(tokens) {
		for i, t := range tokens {
			out = append(out, Word{Text: t, Box: words[i].Box, Confidence: words[i].Confidence})
		}
		return out
	}
	box, conf := words[0].Box, 0.0
	for _, w := range words {
		box = union(box, w.Box)
		conf += w.Confidence
	}
	conf /= float64(len(words))
	return spread(out, box, conf, tokens)
}

// spread shares box out over tokens left to right in proportion to their
// lengths in characters, a space's share between them, and appends them.
func spread(out []Word, box Box, conf float64, tokens []string) []Word {
	chars := len(tokens) - 1
	for _, t := range tokens {
		chars += utf8.RuneCountInString(t)
	}
	width := box.X1 - box.X0
	at := 0
	for i, t := range tokens {
		n := utf8.RuneCountInString(t)
		b := box
		b.X0 = box.X0 + width*at/chars
		b.X1 = box.X0 + width*(at+n)/chars
		if i == len(tokens)-1 {
			b.X1 = box.X1
		}
		if b.X1 <= b.X0 {
			b.X1 = b.X0 + 1
		}
		out = append(out, Word{Text: t, Box: b, Confidence: conf})
		at += n + 1
	}
	return out
}
