package errmodel

import (
	"sort"
	"unicode/utf8"
)

// Evidence is what an Adapter counted in one input, in a form that adds up
// across inputs: a batch of documents damaged alike (one scanner, one OCR
// engine) pools the evidence of each, so that a confusion every document
// shows once or twice, too rarely to pass the guards in any one of them,
// is learned from all. Rows and letters are sorted, so equal evidence
// encodes to equal bytes whatever order it was gathered in.
type Evidence struct {
	Rows    []EvidenceRow `json:"rows,omitempty"`
	Letters []LetterCount `json:"letters,omitempty"`
	// Capitals count the letters that started a word written with a
	// capital, the denominators of capital rows.
	Capitals []LetterCount `json:"capitals,omitempty"`
}

// EvidenceRow is one confusion as counted: intended letter, observed
// string, occurrences and distinct decoded words.
type EvidenceRow struct {
	Intended string `json:"i"`
	Observed string `json:"o"`
	Count    int    `json:"n"`
	Words    int    `json:"w"`
}

// LetterCount is how often an intended letter was seen in decoded text.
type LetterCount struct {
	Letter string `json:"l"`
	Count  int    `json:"n"`
}

// Evidence returns what a has counted so far, pooled evidence included.
func (a *Adapter) Evidence() Evidence {
	var e Evidence
	for k, n := range a.counts {
		e.Rows = append(e.Rows, EvidenceRow{Intended: string(k.Intended), Observed: k.Observed, Count: int(n), Words: len(a.words[k]) + a.pooled[k]})
	}
	e.Letters = letterCounts(a.letters)
	e.Capitals = letterCounts(a.capitals)
	e.sort()
	return e
}

// AddEvidence adds what other inputs showed to a's own counts. A word
// that showed a confusion in two inputs counts twice: the inputs' words
// are not kept.
func (a *Adapter) AddEvidence(e Evidence) {
	for _, row := range e.Rows {
		r, ok := oneRune(row.Intended)
		if !ok || row.Count <= 0 {
			continue
		}
		k := emissionKey{Intended: r, Observed: row.Observed}
		a.counts[k] += float64(row.Count)
		a.pooled[k] += row.Words
	}
	addLetters(a.letters, e.Letters)
	addLetters(a.capitals, e.Capitals)
}

func letterCounts(m map[rune]float64) []LetterCount {
	var out []LetterCount
	for r, n := range m {
		if n > 0 {
			out = append(out, LetterCount{Letter: string(r), Count: int(n)})
		}
	}
	return out
}

func addLetters(m map[rune]float64, ls []LetterCount) {
	for _, l := range ls {
		if r, ok := oneRune(l.Letter); ok && l.Count > 0 {
			m[r] += float64(l.Count)
		}
	}
}

// Add returns the sum of e and o: counts of the same row or letter added.
func (e Evidence) Add(o Evidence) Evidence {
	rows := map[[2]string]EvidenceRow{}
	for _, rs := range [][]EvidenceRow{e.Rows, o.Rows} {
		for _, r := range rs {
			k := [2]string{r.Intended, r.Observed}
			s := rows[k]
			s.Intended, s.Observed = r.Intended, r.Observed
			s.Count += r.Count
			s.Words += r.Words
			rows[k] = s
		}
	}
	var sum Evidence
	for _, r := range rows {
		sum.Rows = append(sum.Rows, r)
	}
	sum.Letters = sumLetters(e.Letters, o.Letters)
	sum.Capitals = sumLetters(e.Capitals, o.Capitals)
	sum.sort()
	return sum
}

// sumLetters adds two letter counts up, letter by letter.
func sumLetters(a, b []LetterCount) []LetterCount {
	n := map[string]int{}
	for _, ls := range [][]LetterCount{a, b} {
		for _, l := range ls {
			n[l.Letter] += l.Count
		}
	}
	var out []LetterCount
	for l, c := range n {
		out = append(out, LetterCount{Letter: l, Count: c})
	}
	return out
}

func (e *Evidence) sort() {
	sort.Slice(e.Rows, func(i, j int) bool {
		if e.Rows[i].Intended != e.Rows[j].Intended {
			return e.Rows[i].Intended < e.Rows[j].Intended
		}
		return e.Rows[i].Observed < e.Rows[j].Observed
	})
	for _, ls := range [][]LetterCount{e.Letters, e.Capitals} {
		sort.Slice(ls, func(i, j int) bool { return ls[i].Letter < ls[j].Letter })
	}
}

// oneRune is s's only rune: evidence read back from a manifest names one
// intended letter per row.
func oneRune(s string) (rune, bool) {
	r, n := utf8.DecodeRuneInString(s)
	return r, n == len(s) && r != utf8.RuneError
}
