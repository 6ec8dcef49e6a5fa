package lexicon

import (
	"context"
	"math"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// Classes of distinct word forms seen in the corpus.
const (
	classOther  uint8 = iota // not shaped like a syllable
	classValid               // a valid syllable
	classShaped              // shaped like a syllable but breaking phonotactics: a loan candidate
)

type form struct {
	text  string // lowercase NFC, old-style tone
	count int64
	class uint8
}

// counter counts syllable forms and adjacent syllable pairs of the corpus.
type counter struct {
	ids     map[string]int32
	forms   []form
	bigrams map[uint64]uint32
	tokens  int64
	sc      *token.Scanner
	buf     []byte
}

func newCounter() *counter {
	return &counter{
		ids:     make(map[string]int32, 1<<16),
		bigrams: make(map[uint64]uint32, 1<<20),
		sc:      token.NewScanner(""),
	}
}

// id interns the unit of word.
func (c *counter) id(word string) int32 {
	c.buf = syllableUnit(c.buf[:0], word)
	if id, ok := c.ids[string(c.buf)]; ok {
		return id
	}
	text := string(c.buf)
	id := int32(len(c.forms))
	f := form{text: text}
	if s, shaped, valid := canonical(text); valid {
		f.class = classValid
		f.text = s.Compose(viet.StyleOld)
	} else if shaped {
		f.class = classShaped
		f.text = s.Compose(viet.StyleOld)
	}
	c.ids[text] = id
	c.forms = append(c.forms, f)
	return id
}

// syllableRuns calls fn with the run of syllable ids of each stretch of line
// not broken by punctuation, numbers or non-syllable words.
func (c *counter) syllableRuns(line string, run []int32, fn func([]int32)) []int32 {
	c.sc.Reset(line)
	run = run[:0]
	for {
		t, ok := c.sc.Next()
		if !ok {
			break
		}
		if t.Kind == token.Word {
			id := c.id(t.Text(line))
			if c.forms[id].class != classOther {
				run = append(run, id)
				continue
			}
		}
		if len(run) > 0 {
			fn(run)
			run = run[:0]
		}
	}
	if len(run) > 0 {
		fn(run)
	}
	return run
}

func (c *counter) countFile(file string) error {
	var run []int32
	return lines(file, func(line string) {
		run = c.syllableRuns(line, run, func(r []int32) {
			for i, id := range r {
				c.forms[id].count++
				c.tokens++
				if i > 0 {
					c.bigrams[uint64(r[i-1])<<32|uint64(uint32(id))]++
				}
			}
		})
	})
}

// inventory gathers the counted forms into syllable entries keyed by their
// old-style spelling.
func (c *counter) inventory(st *BuildStats) inventory {
	inv := inventory{}
	for _, f := range c.forms {
		switch {
		case f.class == classValid:
			inv.add(f.text, f.count, flagCorpus)
		case f.class == classShaped && f.count >= loanMinCount:
			inv.add(f.text, f.count, flagCorpus|flagLoan)
		default:
			st.SkippedInvalid++
		}
	}
	return inv
}

// Entry flags of the syllable inventory.
const (
	flagCorpus   uint8 = 1 << iota // attested in the corpus
	flagHunspell                   // listed by hunspell-vi
	flagLoan                       // breaks the phonotactic rules: a loanword syllable
)

type invEntry struct {
	text  string
	count int64
	flags uint8
}

type inventory map[string]*invEntry

func (inv inventory) add(text string, count int64, flags uint8) {
	if e, ok := inv[text]; ok {
		e.count += count
		e.flags |= flags
		return
	}
	inv[text] = &invEntry{text: text, count: count, flags: flags}
}

// sorted lists the entries by descending count, then by spelling.
func (inv inventory) sorted() []invEntry {
	out := make([]invEntry, 0, len(inv))
	for _, e := range inv {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].text < out[j].text
	})
	return out
}

// addHunspell adds the valid syllables of a hunspell .dic file (new-style
// tone placement, normalised to old style) and returns how many were new.
func addHunspell(inv inventory, dic string) (int, error) {
	added := 0
	var buf []byte
	err := lines(dic, func(line string) {
		w, _, _ := strings.Cut(strings.TrimSpace(line), "/")
		if w == "" || strings.ContainsAny(w, " 0123456789") {
			return
		}
		buf = viet.AppendLower(buf[:0], viet.NFC(w))
		s, ok := viet.Parse(string(buf))
		if !ok || !s.Valid() {
			return
		}
		text := s.Compose(viet.StyleOld)
		if _, seen := inv[text]; !seen {
			added++
		}
		inv.add(text, 0, flagHunspell)
	})
	return added, err
}

// minedWord is a collocation of two to four syllables.
type minedWord struct {
	text   string // syllables joined by one space, lowercase
	count  int64
	pmi    float64 // least PMI over its binary splits, log2
	source string  // "corpus" or "admin"
}

// Bounds of the collocation miner.
const (
	maxWordSyllables = 4
	// supersededShare drops an n-gram when one (n+1)-gram containing it
	// accounts for at least this share of its occurrences: "ủy ban nhân" is
	// only ever part of "ủy ban nhân dân".
	supersededShare = 0.8
)

// collocations mines multi-syllable words: bigrams with a high count, PMI
// and log-likelihood ratio, and the 3- and 4-grams made of chains of such
// bigrams (counted in a second pass over the files) whose every split keeps
// a high PMI.
//
// The same pass counts the occurrences of the phrases (word-list keys, such
// as the administrative terms) in termCounts, whatever their association:
// "huyện ủy" is too rare in the corpus to pass the miner's thresholds.
func (c *counter) collocations(ctx context.Context, files []string, phrases []string) (words []minedWord, termCounts map[string]int64, err error) {
	n := float64(c.tokens)
	if n == 0 {
		return nil, nil, nil
	}
	terms := c.newTermMatcher(phrases)
	pmi2 := func(ca, cb, cab float64) float64 { return math.Log2(cab * n / (ca * cb)) }
	strong := map[uint64]uint32{}
	for k, v := range c.bigrams {
		a, b := int32(k>>32), int32(uint32(k))
		ca, cb, cab := float64(c.forms[a].count), float64(c.forms[b].count), float64(v)
		if v < wordMinCount || pmi2(ca, cb, cab) < wordMinPMI || llr(cab, ca, cb, n) < wordMinLLR {
			continue
		}
		strong[k] = v
	}
	// Second pass: n-grams whose adjacent pairs are all strong bigrams.
	grams := map[[maxWordSyllables]int32]uint32{}
	var run []int32
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		err := lines(f, func(line string) {
			run = c.syllableRuns(line, run, func(r []int32) {
				terms.count(r)
				start := 0
				for i := 1; i <= len(r); i++ {
					if i < len(r) {
						if _, ok := strong[uint64(r[i-1])<<32|uint64(uint32(r[i]))]; ok {
							continue
						}
					}
					chain := r[start:i]
					for size := 3; size <= maxWordSyllables; size++ {
						for j := 0; j+size <= len(chain); j++ {
							var key [maxWordSyllables]int32
							for x := range key {
								key[x] = -1
							}
							copy(key[:], chain[j:j+size])
							grams[key]++
						}
					}
					start = i
				}
			})
		})
		if err != nil {
			return nil, nil, err
		}
	}
	countOf := func(ids []int32) float64 {
		switch len(ids) {
		case 1:
			return float64(c.forms[ids[0]].count)
		case 2:
			return float64(strong[uint64(ids[0])<<32|uint64(uint32(ids[1]))])
		}
		var key [maxWordSyllables]int32
		for x := range key {
			key[x] = -1
		}
		copy(key[:], ids)
		return float64(grams[key])
	}
	// best (n+1)-gram count containing each n-gram, to drop fragments
	longest := map[[maxWordSyllables]int32]uint32{}
	note := func(ids []int32, v uint32) {
		var key [maxWordSyllables]int32
		for x := range key {
			key[x] = -1
		}
		copy(key[:], ids)
		if v > longest[key] {
			longest[key] = v
		}
	}
	for k, v := range grams {
		size := gramLen(k)
		note(k[:size-1], v)
		note(k[1:size], v)
	}
	var out []minedWord
	emit := func(ids []int32, v uint32) {
		var key [maxWordSyllables]int32
		for x := range key {
			key[x] = -1
		}
		copy(key[:], ids)
		if float64(longest[key]) >= supersededShare*float64(v) {
			return
		}
		minPMI := math.Inf(1)
		for s := 1; s < len(ids); s++ {
			p := pmi2(countOf(ids[:s]), countOf(ids[s:]), float64(v))
			minPMI = min(minPMI, p)
		}
		if minPMI < wordMinPMI {
			return
		}
		parts := make([]string, len(ids))
		for i, id := range ids {
			parts[i] = c.forms[id].text
		}
		out = append(out, minedWord{text: strings.Join(parts, " "), count: int64(v), pmi: minPMI, source: "corpus"})
	}
	for k, v := range strong {
		emit([]int32{int32(k >> 32), int32(uint32(k))}, v)
	}
	for k, v := range grams {
		if v >= wordMinCount {
			emit(k[:gramLen(k)], v)
		}
	}
	return dedupeWords(out), terms.counts(), nil
}

// termMatcher counts given phrases in syllable runs. Syllables are compared
// by canonical id, so "Huyện uỷ" and "huyện ủy" count as one phrase.
type termMatcher struct {
	canon   []int32 // form id -> id of the first form with the same spelling
	keys    []string
	ids     [][]int32
	byFirst map[int32][]int
	n       []int64
}

func (c *counter) newTermMatcher(phrases []string) *termMatcher {
	m := &termMatcher{canon: make([]int32, len(c.forms)), byFirst: map[int32][]int{}}
	first := make(map[string]int32, len(c.forms))
	for id, f := range c.forms {
		if x, ok := first[f.text]; ok {
			m.canon[id] = x
		} else {
			first[f.text] = int32(id)
			m.canon[id] = int32(id)
		}
	}
outer:
	for _, p := range phrases {
		parts := strings.Fields(p)
		if len(parts) < 2 {
			continue
		}
		ids := make([]int32, len(parts))
		for i, part := range parts {
			id, ok := first[part]
			if !ok {
				continue outer // a syllable the corpus never has, or punctuation: cannot occur in a run
			}
			ids[i] = id
		}
		m.byFirst[ids[0]] = append(m.byFirst[ids[0]], len(m.keys))
		m.keys = append(m.keys, p)
		m.ids = append(m.ids, ids)
	}
	m.n = make([]int64, len(m.keys))
	return m
}

func (m *termMatcher) count(run []int32) {
	for p := range run {
	terms:
		for _, t := range m.byFirst[m.canon[run[p]]] {
			ids := m.ids[t]
			if p+len(ids) > len(run) {
				continue
			}
			for k := 1; k < len(ids); k++ {
				if m.canon[run[p+k]] != ids[k] {
					continue terms
				}
			}
			m.n[t]++
		}
	}
}

func (m *termMatcher) counts() map[string]int64 {
	out := make(map[string]int64, len(m.keys))
	for i, k := range m.keys {
		out[k] = m.n[i]
	}
	return out
}

func gramLen(k [maxWordSyllables]int32) int {
	n := 0
	for n < len(k) && k[n] >= 0 {
		n++
	}
	return n
}

// dedupeWords merges words whose old-style spellings coincide (two corpus
// spellings of one syllable map to one text) and sorts by count.
func dedupeWords(ws []minedWord) []minedWord {
	byText := map[string]int{}
	out := ws[:0]
	for _, w := range ws {
		if i, ok := byText[w.text]; ok {
			out[i].count += w.count
			out[i].pmi = max(out[i].pmi, w.pmi)
			continue
		}
		byText[w.text] = len(out)
		out = append(out, w)
	}
	sortWords(out)
	return out
}

func sortWords(ws []minedWord) {
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].count != ws[j].count {
			return ws[i].count > ws[j].count
		}
		return ws[i].text < ws[j].text
	})
}

// llr is Dunning's log-likelihood ratio G² of a bigram seen cab times whose
// parts occur ca and cb times among n tokens.
func llr(cab, ca, cb, n float64) float64 {
	k11, k12, k21 := cab, ca-cab, cb-cab
	k22 := n - k11 - k12 - k21
	xlogx := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	return 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) -
		xlogx(k11+k12) - xlogx(k21+k22) - xlogx(k11+k21) - xlogx(k12+k22) + xlogx(n))
}
