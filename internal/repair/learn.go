package repair

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/token"
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
		return chanClean
	case "eng", "stripped":
		return chanStripped
	}
	return chanLegacy
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
	var words = map[string][]wordPair{}
	var st Stats
	for _, p := range pairs {
		ch := ChannelFor(p.Model)
		wp := alignWords(tokensForLearning(p.Truth), tokensForLearning(p.OCR))
		words[ch] = append(words[ch], wp...)
		st.Words += len(wp)
	}
	cs := &channelSet{version: opt.Version}
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
		cs.channels = append(cs.channels, buildChannel(name, c, inserts, observed))
	}
	st.Channels = len(cs.channels)
	return st, cs.write(w, counts)
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
			if wordDist(ts[i-1], os[j-1]) < 0.6 && allLetters(truth[i-1]) {
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

func allLetters(s string) bool {
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
		total[k.intended] += n
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
			if step.intended == 0 {
				inserts++
				continue
			}
			counts[emissionKey(step)]++
		}
	}
	return counts, inserts, observed
}

type alignStep struct {
	intended rune // 0: a stray observed character
	observed string
}

const maxEmit = 3

// alignLetters finds the cheapest way for t to produce o.
func alignLetters(t, o []rune, cost costFunc) ([]alignStep, bool) {
	n, m := len(t), len(o)
	inf := math.Inf(1)
	d := make([][]float64, n+1)
	back := make([][]int8, n+1) // k ≥ 0: t[i-1] emitted k runes; -1: insertion
	for i := range d {
		d[i] = make([]float64, m+1)
		back[i] = make([]int8, m+1)
		for j := range d[i] {
			d[i][j] = inf
		}
	}
	d[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= m; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, arg := inf, int8(0)
			if j > 0 && d[i][j-1] < inf {
				if v := d[i][j-1] + cost(0, string(o[j-1])); v < best {
					best, arg = v, -1
				}
			}
			if i > 0 {
				for k := 0; k <= maxEmit && k <= j; k++ {
					if d[i-1][j-k] == inf {
						continue
					}
					if v := d[i-1][j-k] + cost(t[i-1], string(o[j-k:j])); v < best {
						best, arg = v, int8(k)
					}
				}
			}
			d[i][j], back[i][j] = best, arg
		}
	}
	if d[n][m] == inf || d[n][m] > 4+1.5*float64(n) {
		return nil, false
	}
	var path []alignStep
	i, j := n, m
	for i > 0 || j > 0 {
		k := back[i][j]
		if k < 0 {
			path = append(path, alignStep{0, string(o[j-1])})
			j--
			continue
		}
		path = append(path, alignStep{t[i-1], string(o[j-int(k) : j])})
		i, j = i-1, j-int(k)
	}
	return path, true
}

// Floors for what the training pages cannot show often enough. They are
// the only hand-set numbers of the model: a letter may always be read with a
// different tone or vowel mark on the same base letter, and the legacy kind of
// damage loses whole marked vowels ("Huyn" for "Huyện"), which Tesseract
// rarely does on clean renders.
const (
	minSameBase       = 1e-4
	minLegacySameBase = 5e-3
	minLegacyDelete   = 0.01
	minLegacyBare     = 0.05
	maxRows           = 16
	minCount          = 2
)

// lookAlikes are glyph confusions of old OCR engines and scanners' text
// layers that Tesseract's models do not make on rendered pages, so the
// training pairs cannot teach them: marks drawn as separate characters
// (ư as "ir" or "i.r", ê as "e^"), marked vowels read as digits or symbols
// (ế as "8", ơ as "&", ọ as "9"), ủ and ụ as "ll", "ii", "11", đ as "cl",
// c as "e", l as "1", s as "5", ơ with its horn read as a circumflex or lost ("vâi",
// "thai" for "với", "thời") or, with a dot below, as a cedilla ("hçip",
// "duçic" for "hợp", "được"), v as "y" ("ye" for "về"), ụ as "i" (one stroke of its "ii" lost: "vi",
// "dic" for "vụ", "dục"), and in capitals H as "II", Ư as "IJ'". Keyed by the letter without its tone: every toned form
// inherits them. They get minLookAlike, well below what the pairs teach.
var lookAlikes = map[rune][]string{
	'ư': {"ir", "i.r", "ix", "is", "u'", "u*", "ll", "ü", "ii", "ij'", "ij"},
	'ơ': {"&", "o'", "o*", "0", "ci", "â", "a", "ç", "çi"},
	'ê': {"e^", "8", "&", "ë"},
	'ô': {"o^", "6", "0", "ö"},
	'â': {"a^", "ä"},
	'u': {"ll", "fl", "ii", "ij", "11", "ü", "y", "i"},
	'i': {"j", "1"},
	'o': {"9", "0", "6", "q"},
	'đ': {"cl", "d"},
	'c': {"e"},
	'l': {"1"},
	'v': {"y"},
	's': {"5"},
	// In capitals: H read as "II" ("KIIAI" for KHAI), Ư as "IJ'" ("THIJ'C").
	'h': {"ii"},
}

// cleanLookAlikes are shape confusions any OCR engine makes on a worn or
// low-resolution page, and Tesseract vie and eng make on scans though
// rarely on the rendered training pages: n as "ri" (the stem and arch come
// apart) or as "r" (the right stem lost), s as "$" or "5", c as "g" (in capitals
// C and G differ by a bar), i as "!", ơ as "a" (its horn lost and its bowl
// opened). The clean and stripped channels get them at
// minCleanLookAlike, well below any learned reading, so a correct word is
// not changed for them, while a word the inventory lacks ("rigày", "$6")
// or one the context rejects ("tai rạn") can be read through them.
var cleanLookAlikes = map[rune][]string{
	'n': {"ri", "r"},
	's': {"$", "5"},
	'c': {"g"},
	'i': {"!"},
	'ơ': {"a"},
}

const minCleanLookAlike = 1e-3

// vowelTwins are vowels whose bowls OCR confuses with their marks intact:
// e and o ("Xót" for Xét), ê and â ("nấu" for nếu).
var vowelTwins = map[rune]rune{'e': 'o', 'ê': 'â'}

// vowelShapeTwin returns v's twin carrying v's tone (ế → ấ), if it has one.
func vowelShapeTwin(v rune) (string, bool) {
	base, tone, _ := viet.SplitLetter(v)
	twin, ok := vowelTwins[base]
	if !ok {
		return "", false
	}
	return string(viet.WithTone(twin, tone)), true
}

// handLookAlikes is the hand table of a channel, or nil.
func handLookAlikes(channel string) map[rune][]string {
	switch channel {
	case chanLegacy:
		return lookAlikes
	case chanClean, chanStripped:
		return cleanLookAlikes
	}
	return nil
}

// isLookAlike reports whether o is one of the hand look-alikes of letter r
// in the table.
func isLookAlike(table map[rune][]string, r rune, o string) bool {
	for _, l := range table[viet.WithoutTone(r)] {
		if l == o {
			return true
		}
	}
	return false
}

const (
	minLookAlike = 0.01
	toneInherit  = 0.3
	markInherit  = 0.1
)

// inherit lets each letter v take, from every other letter u related to
// it, the observations keep accepts, at factor times their probability
// under u, where that beats v's own. All letters read the rows as they
// were before the pass.
func inherit(rows map[rune]map[string]float64, related func(u, v rune) bool, keep func(u rune, o string) bool, factor float64) {
	taken := map[rune]map[string]float64{}
	for _, v := range viet.Letters() {
		for _, u := range viet.Letters() {
			if u == v || rows[u] == nil || !related(u, v) {
				continue
			}
			for o, p := range rows[u] {
				if !keep(u, o) {
					continue
				}
				if taken[v] == nil {
					taken[v] = map[string]float64{}
				}
				taken[v][o] = max(taken[v][o], p*factor)
			}
		}
	}
	for v, row := range taken {
		for o, p := range row {
			if rows[v][o] < p {
				rows[v][o] = p
			}
		}
	}
}

// buildChannel normalises counts into a channel, dropping rare rows and
// adding the floors.
func buildChannel(name string, c map[emissionKey]float64, inserts, observed float64) *channel {
	ch := &channel{name: name, emit: map[rune][]emission{}, insertLogP: logf((inserts + 1) / (observed + 2)), unseenLogP: -0.05}
	total := map[rune]float64{}
	for k, n := range c {
		total[k.intended] += n
	}
	rows := map[rune]map[string]float64{}
	for k, n := range c {
		if n < minCount && k.observed != string(k.intended) {
			continue
		}
		if rows[k.intended] == nil {
			rows[k.intended] = map[string]float64{}
		}
		rows[k.intended][k.observed] = n / total[k.intended]
	}
	// Legacy OCR confuses one mark for another all the time ("bão" for
	// "bảo", "tré" for "trẻ"): a higher floor there.
	floor := minSameBase
	if name == chanLegacy {
		floor = minLegacySameBase
	}
	for _, v := range viet.Letters() {
		if rows[v] == nil {
			rows[v] = map[string]float64{}
		}
		for _, u := range viet.Letters() {
			if u != v && viet.BaseLetter(u) == viet.BaseLetter(v) && rows[v][string(u)] < floor {
				rows[v][string(u)] = floor
			}
		}
		if _, ok := rows[v][string(v)]; !ok {
			rows[v][string(v)] = 0.5
		}
		if name == chanLegacy && viet.Marked(v) && v != 'đ' && rows[v][""] < minLegacyDelete {
			rows[v][""] = minLegacyDelete
		}
		if name == chanLegacy && v != viet.BaseLetter(v) && rows[v][string(viet.BaseLetter(v))] < minLegacyBare {
			// Old OCR drops every mark of a letter as often as it keeps one.
			rows[v][string(viet.BaseLetter(v))] = minLegacyBare
		}
		if name == chanLegacy {
			for _, o := range lookAlikes[viet.WithoutTone(v)] {
				if rows[v][o] < minLookAlike {
					rows[v][o] = minLookAlike
				}
			}
		}
		if name == chanClean || name == chanStripped {
			for _, o := range cleanLookAlikes[v] {
				if rows[v][o] < minCleanLookAlike {
					rows[v][o] = minCleanLookAlike
				}
			}
			if o, ok := vowelShapeTwin(v); ok && rows[v][o] < minCleanLookAlike {
				rows[v][o] = minCleanLookAlike
			}
		}
	}
	if name != chanClean {
		// What OCR makes of a vowel's shape it makes of the same vowel with
		// any tone, the tone being lost on the way ("w" seen for ư is
		// likely for ứ too): toned rows inherit their toneless row's
		// emissions at a discount, where their own counts are thinner.
		// Siblings with other tones share in the same way ("g" seen for ợ
		// is likely for ỡ), except observations that carry a tone.
		inherit(rows, func(u, v rune) bool { return viet.WithoutTone(u) == viet.WithoutTone(v) },
			func(u rune, o string) bool {
				if o == "" || o == string(u) {
					return false
				}
				r, n := utf8.DecodeRuneInString(o)
				return n != len(o) || viet.WithoutTone(r) == r
			}, toneInherit)
		// Less so across vowel marks on the same letter: "6" read for ô is
		// possible for ơ ("S6" for "Sở").
		inherit(rows, func(u, v rune) bool {
			return viet.BaseLetter(u) == viet.BaseLetter(v) && viet.WithoutTone(u) != viet.WithoutTone(v)
		},
			func(_ rune, o string) bool {
				// only glyphs of another kind (digits, symbols)
				return o != "" && utf8.RuneCountInString(o) == 1 && !unicode.IsLetter([]rune(o)[0])
			}, markInherit)
	}
	for r, row := range rows {
		es := make([]emission, 0, len(row))
		for o, p := range row {
			es = append(es, emission{intended: r, observed: o, logP: logf(p)})
		}
		sort.Slice(es, func(i, j int) bool {
			if es[i].logP != es[j].logP {
				return es[i].logP > es[j].logP
			}
			return es[i].observed < es[j].observed
		})
		if len(es) > maxRows {
			// The hand look-alikes come on top of the learned rows: they
			// tie at minLookAlike, so a cut among them would drop some
			// ("ll" for ủ) by the alphabet, and they must not push out
			// what the pairs taught. So do the floors for a letter of the
			// same base read with another mark: the cut lost "ù" for ứ,
			// and legacy OCR's "cù" could not be cứ.
			kept := es[:0]
			learned := 0
			for _, e := range es {
				switch {
				case isLookAlike(handLookAlikes(name), r, e.observed) || sameBaseLetter(r, e.observed):
					kept = append(kept, e)
				case learned < maxRows:
					kept = append(kept, e)
					learned++
				}
			}
			es = kept
		}
		ch.emit[r] = es
	}
	ch.finish()
	return ch
}

// sameBaseLetter reports an observed single letter other than r on r's
// base letter (ù for ứ).
func sameBaseLetter(r rune, o string) bool {
	c, n := utf8.DecodeRuneInString(o)
	return n == len(o) && c != r && unicode.IsLetter(c) && viet.BaseLetter(c) == viet.BaseLetter(r)
}

// CodeParts counts the letter parts of the document codes in text
// ("12/2024/QĐ-UBND" gives QĐ and UBND), and the abbreviations standing
// alone (HĐND, MTTQ), into counts.
func CodeParts(text string, counts map[string]int) {
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return strings.ContainsRune(leadPunct+trailPunct, r) })
		if n := utf8.RuneCountInString(f); n >= 2 && n <= 6 && allLetters(f) && strings.ToUpper(f) == f && !token.IsSyllableShape(f) {
			counts[f]++
			continue
		}
		if !looksLikeCode(f) {
			continue
		}
		for _, part := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
			r0, _ := utf8.DecodeRuneInString(part)
			if n := utf8.RuneCountInString(part); n >= 2 && n <= 6 && unicode.IsUpper(r0) {
				counts[part]++
			}
		}
	}
}

// WriteCodeParts appends the parts seen at least minCount times to w.
func WriteCodeParts(w io.Writer, counts map[string]int, minCount int) error {
	keys := make([]string, 0, len(counts))
	for k, n := range counts {
		if n >= minCount {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, err := fmt.Fprintf(w, "codepart\t%s\t%d\n", k, counts[k]); err != nil {
			return err
		}
	}
	return nil
}
