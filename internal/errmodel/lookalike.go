package errmodel

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/viet"
)

// handRows are the look-alike rows written by hand rather than learned
// (dictionaries/lookalikes.tsv, each with the glyph story that justifies it):
// confusions of old OCR engines, scanners' text layers and worn pages that
// Tesseract reading rendered pages makes too rarely for the training pairs
// to teach. Learn adds them on top of what the pairs teach.
type handRows struct {
	// legacy are glyph confusions of old engines, keyed by the letter
	// without its tone: every toned form inherits them (minLookAlike). A
	// row keyed by a toned letter is that letter's alone: a confusion
	// its tone mark makes ("q" for ụ, the dot below read as q's tail).
	legacy map[rune][]string
	// clean are shape confusions of any engine on a worn page, given to
	// the clean and stripped channels at minCleanLookAlike.
	clean map[rune][]string
	// twins are vowels whose bowls OCR confuses with their marks intact.
	twins map[rune]rune
	// marks are what an engine without Vietnamese writes for any vowel
	// carrying a mark, in place of the whole letter.
	marks []string
	// multi are confusions over two or three letters at once ("rư" read
	// as "nr"), given to the legacy channel at minLookAlike.
	multi []MultiRow
	// capital are confusions of a capital's shape, keyed by the letter
	// without its tone, observed strings starting with a capital ("B" for
	// Đ): the search meets them only where the word starts with that
	// capital, so a small b is not read as đ. Every channel has them, at
	// the legacy or clean floor.
	capital map[rune][]string
}

// Hand tables, as named in the first column of lookalikes.tsv.
const (
	tableLegacy = "legacy"
	tableClean  = "clean"
	tableTwin   = "twin"
	tableMark   = "mark"
	tableMulti  = "multi"
	tableCap    = "capital"
)

var embeddedHandRows = sync.OnceValues(func() (*handRows, error) {
	return parseHandRows(dictionaries.LookAlikes)
})

// parseHandRows reads lines of table, intended letter, observed string
// (both Go-quoted) and provenance, tab-separated; # starts a comment.
func parseHandRows(text string) (*handRows, error) {
	h := &handRows{legacy: map[rune][]string{}, clean: map[rune][]string{}, twins: map[rune]rune{}, capital: map[rune][]string{}}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" {
			return nil, fmt.Errorf("lookalikes.tsv line %d: want table, letter, observed and provenance", line)
		}
		in, err1 := strconv.Unquote(f[1])
		out, err2 := strconv.Unquote(f[2])
		if f[0] == tableMark && in == "*" && err2 == nil && out != "" {
			h.marks = append(h.marks, out)
			continue
		}
		if f[0] == tableMulti {
			rs := []rune(in)
			if err1 != nil || err2 != nil || len(rs) < 2 || len(rs) > 3 || out == "" || !toneless(rs) {
				return nil, fmt.Errorf("lookalikes.tsv line %d: a multi row is two or three toneless lowercase letters and what they are read as, not %s %s", line, f[1], f[2])
			}
			h.multi = append(h.multi, MultiRow{Intended: rs, Observed: out})
			continue
		}
		if err1 != nil || err2 != nil || utf8.RuneCountInString(in) != 1 || out == "" {
			return nil, fmt.Errorf("lookalikes.tsv line %d: bad letters %s %s", line, f[1], f[2])
		}
		r, _ := utf8.DecodeRuneInString(in)
		switch f[0] {
		case tableCap:
			if first, _ := utf8.DecodeRuneInString(out); !unicode.IsUpper(first) || viet.WithoutTone(r) != r {
				return nil, fmt.Errorf("lookalikes.tsv line %d: a capital row reads a toneless letter as a string starting with a capital, not %s %s", line, f[1], f[2])
			}
			h.capital[r] = append(h.capital[r], out)
		case tableLegacy:
			h.legacy[r] = append(h.legacy[r], out)
		case tableClean:
			h.clean[r] = append(h.clean[r], out)
		case tableTwin:
			o, n := utf8.DecodeRuneInString(out)
			if n != len(out) {
				return nil, fmt.Errorf("lookalikes.tsv line %d: a twin is one letter, not %q", line, out)
			}
			h.twins[r] = o
		default:
			return nil, fmt.Errorf("lookalikes.tsv line %d: unknown table %q", line, f[0])
		}
	}
	return h, sc.Err()
}

// toneless reports whether rs are lowercase letters without tone.
func toneless(rs []rune) bool {
	for _, r := range rs {
		if !viet.IsLetter(r) || viet.Lower(string(r)) != string(r) || viet.WithoutTone(r) != r {
			return false
		}
	}
	return true
}

// vowelShapeTwin returns v's twin carrying v's tone (ế → ấ), if it has one.
func (h *handRows) vowelShapeTwin(v rune) (string, bool) {
	base, tone, _ := viet.SplitLetter(v)
	twin, ok := h.twins[base]
	if !ok {
		return "", false
	}
	return string(viet.WithTone(twin, tone)), true
}

// forChannel is the hand table of a channel, or nil.
func (h *handRows) forChannel(channel string) map[rune][]string {
	switch channel {
	case Legacy:
		return h.legacy
	case Clean, Stripped:
		return h.clean
	}
	return nil
}

// rowsOf lists the hand look-alikes of letter r in table, a table keyed
// by the letter without its tone: those of r's toneless letter, then, for a
// toned r, those of r itself (legacy "ụ" → "q": the dot below's alone).
func rowsOf(table map[rune][]string, r rune) []string {
	base := viet.WithoutTone(r)
	if base == r || len(table[r]) == 0 {
		return table[base]
	}
	return append(slices.Clip(table[base]), table[r]...)
}

// isLookAlike reports whether o is one of the hand look-alikes of letter r
// in the table.
func isLookAlike(table map[rune][]string, r rune, o string) bool {
	return slices.Contains(rowsOf(table, r), o)
}

// tableRounding is how far a logP read from the table may be from the value
// Learn computed: Write prints three decimals.
const tableRounding = 0.0005

// raise gives intended r the row r → o with at least probability p (give or
// take the table's rounding, so a row Learn raised is left as it is).
func (ch *Channel) raise(r rune, o string, p float64) {
	lp := logf(p)
	es := ch.emit[r]
	for i := range es {
		if es[i].Observed == o {
			if es[i].LogP < lp-tableRounding {
				es[i].LogP = lp
			}
			return
		}
	}
	ch.emit[r] = append(es, Emission{Intended: r, Observed: o, LogP: lp})
}

// apply raises ch's hand look-alike rows to their floors, as Learn does,
// and reindexes ch. Learn has already put them into the shipped table, so
// applying them when it is loaded changes nothing there; a row added to
// lookalikes.tsv since takes effect without relearning the table.
func (h *handRows) apply(ch *Channel) {
	for _, v := range viet.Letters() {
		if base, _, _ := viet.SplitLetter(v); viet.IsVowel(base) && viet.Marked(v) {
			p := minCleanLookAlike
			if ch.Name == Legacy {
				p = minLookAlike
			}
			for _, o := range h.marks {
				ch.raise(v, o, p)
			}
		}
		capP := minCleanLookAlike
		if ch.Name == Legacy {
			capP = minLookAlike
		}
		for _, o := range h.capital[viet.WithoutTone(v)] {
			ch.raise(v, o, capP)
		}
		switch ch.Name {
		case Legacy:
			for _, o := range rowsOf(h.legacy, v) {
				ch.raise(v, o, minLookAlike)
			}
		case Clean, Stripped:
			for _, o := range h.clean[v] {
				ch.raise(v, o, minCleanLookAlike)
			}
			if o, ok := h.vowelShapeTwin(v); ok {
				ch.raise(v, o, minCleanLookAlike)
			}
		}
	}
	if ch.Name == Legacy {
		for _, m := range h.multi {
			ch.addMulti(m.Intended, m.Observed, minLookAlike)
		}
	}
	ch.finish()
}
