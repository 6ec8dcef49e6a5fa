package errmodel

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/viet"
)

// Pair is one training example for the error model: the text as written and
// what an OCR engine made of it.
type Pair struct {
	Truth, OCR string
	// Model is the Tesseract model that produced OCR ("vie", "eng", "fra",
	// "deu", "por", "Latin"…); it chooses the channel the pair teaches.
	// "stripped" means OCR is Truth with its diacritics removed.
	Model string
}

// ChannelFor names the channel an OCR model's output teaches.
func ChannelFor(model string) string {
	switch model {
	case "vie", "Vietnamese":
		return Clean
	case "eng", "stripped":
		return Stripped
	}
	return Legacy
}

// LearnOptions tune Learn.
type LearnOptions struct {
	Version string // written into the table
	// Iterations of re-alignment with the probabilities learned so far
	// (hard EM, in the manner of Brill and Moore 2000).
	Iterations int
}

// Learn estimates the OCR error model from pairs and writes it to w in the
// format the repairer loads. Within each pair, words are aligned first
// (edit distance over their stripped forms), then the letters of each aligned
// word are aligned to substrings of the OCR word, each intended letter
// producing zero to three observed characters; the counts of these
// emissions, normalised per intended letter, are the channel probabilities.
func Learn(pairs []Pair, opt LearnOptions, w io.Writer) (Stats, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 3
	}
	hand, err := embeddedHandRows()
	if err != nil {
		return Stats{}, err
	}
	var words = map[string][]wordPair{}
	var st Stats
	for _, p := range pairs {
		ch := ChannelFor(p.Model)
		wp := alignWords(tokensForLearning(p.Truth), tokensForLearning(p.OCR))
		words[ch] = append(words[ch], wp...)
		st.Words += len(wp)
	}
	cs := &Model{Version: opt.Version}
	counts := map[string]map[emissionKey]float64{}
	names := make([]string, 0, len(words))
	for name := range words {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var cost costFunc = heuristicCost
		var c map[emissionKey]float64
		var inserts, observed float64
		for it := 0; it < opt.Iterations; it++ {
			c, inserts, observed = countEmissions(words[name], cost)
			cost = learnedCost(c, inserts, observed)
		}
		counts[name] = c
		cs.Channels = append(cs.Channels, buildChannel(name, c, inserts, observed, hand))
	}
	st.Channels = len(cs.Channels)
	return st, cs.Write(w, counts)
}

// Stats summarises a Learn run.
type Stats struct {
	Words    int // aligned word pairs used
	Channels int
}

func (s Stats) String() string {
	return fmt.Sprintf("%d aligned words, %d channels", s.Words, s.Channels)
}

type wordPair struct{ truth, ocr string }

// tokensForLearning splits text on white space and trims the punctuation
// both sides share, lowercase.
func tokensForLearning(s string) []string {
	f := strings.Fields(s)
	out := make([]string, 0, len(f))
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return strings.ContainsRune(".,;:!?()[]\"“”«»…", r) })
		if w != "" {
			out = append(out, viet.Lower(w))
		}
	}
	return out
}

// alignWords pairs truth and OCR words by edit distance over word sequences,
// where two words cost what their stripped spellings differ. Only pairs of
// truth words made of letters whose OCR word is recognisably the same word
// are kept: they are what the letter alignment learns from.
func alignWords(truth, ocr []string) []wordPair {
	n, m := len(truth), len(ocr)
	ts := make([]string, n)
	for i, w := range truth {
		ts[i] = viet.Skeleton(w)
	}
	os := make([]string, m)
	for j, w := range ocr {
		os[j] = viet.Skeleton(w)
	}
	// Banded DP would be faster; pages are short, full DP is fine.
	d := make([][]float32, n+1)
	for i := range d {
		d[i] = make([]float32, m+1)
		d[i][0] = float32(i)
	}
	for j := 0; j <= m; j++ {
		d[0][j] = float32(j)
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			sub := d[i-1][j-1] + wordDist(ts[i-1], os[j-1])
			del := d[i-1][j] + 1
			ins := d[i][j-1] + 1
			d[i][j] = min(sub, del, ins)
		}
	}
	var out []wordPair
	i, j := n, m
	for i > 0 && j > 0 {
		switch {
		case d[i][j] == d[i-1][j-1]+wordDist(ts[i-1], os[j-1]):
			if wordDist(ts[i-1], os[j-1]) < 0.6 && AllLetters(truth[i-1]) {
				out = append(out, wordPair{truth[i-1], ocr[j-1]})
			}
			i, j = i-1, j-1
		case d[i][j] == d[i-1][j]+1:
			i--
		default:
			j--
		}
	}
	return out
}

// wordDist is the edit distance of two stripped words over the longer length.
func wordDist(a, b string) float32 {
	if a == b {
		return 0
	}
	return float32(editdist.Strings(a, b)) / float32(max(utf8.RuneCountInString(a), utf8.RuneCountInString(b)))
}

// AllLetters reports a non-empty string of letters only.
func AllLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// costFunc is the alignment cost of intended letter c producing observed
// string o ("" for a lost letter); c == 0 prices a stray observed character.
type costFunc func(c rune, o string) float64

// heuristicCost seeds the first alignment before anything is learned.
func heuristicCost(c rune, o string) float64 {
	if c == 0 {
		return 1.2
	}
	n := utf8.RuneCountInString(o)
	switch n {
	case 0:
		return 1.2
	case 1:
		r, _ := utf8.DecodeRuneInString(o)
		switch {
		case r == c:
			return 0
		case viet.BaseLetter(r) == viet.BaseLetter(c):
			return 0.4
		}
		return 1.5
	}
	r, _ := utf8.DecodeRuneInString(o)
	extra := 0.6 * float64(n-1)
	if viet.BaseLetter(r) == viet.BaseLetter(c) {
		return 0.8 + extra
	}
	return 1.6 + extra
}

// learnedCost turns counts into -log probabilities, with the heuristic as a
// prior for what the counts have not seen.
func learnedCost(c map[emissionKey]float64, inserts, observed float64) costFunc {
	total := map[rune]float64{}
	for k, n := range c {
		total[k.Intended] += n
	}
	insCost := -math.Log((inserts + 1) / (observed + 2))
	return func(r rune, o string) float64 {
		if r == 0 {
			return insCost
		}
		n := c[emissionKey{r, o}]
		prior := math.Exp(-3 * heuristicCost(r, o))
		return -math.Log((n + prior) / (total[r] + 1))
	}
}

// countEmissions aligns the letters of every word pair under cost and counts
// what each intended letter became.
func countEmissions(words []wordPair, cost costFunc) (counts map[emissionKey]float64, inserts, observed float64) {
	counts = map[emissionKey]float64{}
	for _, wp := range words {
		t := []rune(wp.truth)
		o := []rune(wp.ocr)
		observed += float64(len(o))
		path, ok := alignLetters(t, o, cost)
		if !ok {
			continue
		}
		for _, step := range path {
			if step.Intended == 0 {
				inserts++
				continue
			}
			counts[emissionKey(step)]++
		}
	}
	return counts, inserts, observed
}

type alignStep struct {
	Intended rune // 0: a stray observed character
	Observed string
}

const maxEmit = 3

// alignLetters finds the cheapest way for t to produce o.
func alignLetters(t, o []rune, cost costFunc) ([]alignStep, bool) {
	n, m := len(t), len(o)
	inf := math.Inf(1)
	// The tables are one slice each, row i at i*w: adaptation aligns every
	// change of a sample, and a slice per row was most of what it
	// allocated.
	w := m + 1
	d := make([]float64, (n+1)*w)
	back := make([]int8, (n+1)*w) // k ≥ 0: t[i-1] emitted k runes; -1: insertion
	for i := range d {
		d[i] = inf
	}
	// run(j, k) is string(o[j-k:j]), the observed run an intended letter
	// may emit, made once for all letters rather than once for each.
	const e = maxEmit + 1
	runs := make([]string, (m+1)*e)
	for j := 0; j <= m; j++ {
		for k := 1; k <= maxEmit && k <= j; k++ {
			runs[j*e+k] = string(o[j-k : j])
		}
	}
	run := func(j, k int) string { return runs[j*e+k] }
	d[0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, arg := inf, int8(0)
			if j > 0 && d[i*w+j-1] < inf {
				if v := d[i*w+j-1] + cost(0, run(j, 1)); v < best {
					best, arg = v, -1
				}
			}
			if i > 0 {
				for k := 0; k <= maxEmit && k <= j; k++ {
					if d[(i-1)*w+j-k] == inf {
						continue
					}
					if v := d[(i-1)*w+j-k] + cost(t[i-1], run(j, k)); v < best {
						best, arg = v, int8(k)
					}
				}
			}
			d[i*w+j], back[i*w+j] = best, arg
		}
	}
	if d[n*w+m] == inf || d[n*w+m] > 4+1.5*float64(n) {
		return nil, false
	}
	var path []alignStep
	i, j := n, m
	for i > 0 || j > 0 {
		k := back[i*w+j]
		if k < 0 {
			path = append(path, alignStep{0, run(j, 1)})
			j--
			continue
		}
		path = append(path, alignStep{t[i-1], run(j, int(k))})
		i, j = i-1, j-int(k)
	}
	return path, true
}
