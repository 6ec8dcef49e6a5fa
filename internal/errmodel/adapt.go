package errmodel

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Adapter learns one input's own OCR damage (online training): the repairer
// decodes the input, hands it each confident decoding with the observed word
// it came from, and the Adapter aligns their letters under the base channel
// and counts what each intended letter became. The counts then re-estimate
// the channel's rows both ways (Learned): confusions the input repeats (a
// scanner writing "q" for ộ every time) are raised, and rows the input's
// many readings of a letter contradict (an engine that never drops the hook
// of ả, so a bare "a" should not be read as ả) are lowered. The input is
// then decoded again with the adapted channel. This is hard-EM
// self-training in the manner of unsupervised decipherment: only the
// decoder's confident readings teach, a new row needs a repeated confusion,
// and a row goes down only where the input's own evidence outweighs the
// base channel's, so one wrong reading cannot teach itself.
type Adapter struct {
	base    *Channel
	cost    costFunc
	counts  map[emissionKey]float64
	words   map[emissionKey]map[string]bool // the distinct decoded words that showed each confusion
	letters map[rune]float64                // intended letters seen in the input's decoded text
	// capitals counts the intended letters that start a word written
	// with a capital: the denominators of capital rows ("B" read for Đ),
	// which the search reads only at such a word's start.
	capitals map[rune]float64
	// pooled are the distinct words other inputs showed each confusion in
	// (AddEvidence): their words are not kept, only how many.
	pooled map[emissionKey]int
	// input is the text being adapted to, in small letters (Observe): a
	// row is lowered only if what it reads occurs there (shown caches
	// which do).
	input string
	shown map[string]bool
	// aligned keeps the alignment of each (decoded, observed) pair Add
	// met: a document repairs its common words the same way many times.
	aligned map[[2]string]alignment
}

// alignment is alignLetters' answer for one pair.
type alignment struct {
	path []alignStep
	ok   bool
}

// Confusion is one re-estimated row: intended letter → observed string,
// seen Count times in Words distinct words of the input, out of Letters
// readings of the intended letter (of it as a word's capital, for a
// capital row). LogP is what the adapted channel gives it, BaseLogP what
// the base channel gave it (the hand floor of an unseen row, -Inf for
// none): a row is raised or lowered.
type Confusion struct {
	Intended rune
	Observed string
	Count    int
	Words    int
	Letters  int
	LogP     float32 // what the adapted channel gives it
	BaseLogP float32 // what the base channel gave it
}

// Lowered reports a row the input's evidence brought down.
func (c Confusion) Lowered() bool { return c.LogP < c.BaseLogP }

// SplitLowered parts rows (as Learned lists them) into those raised or
// added and those lowered, each in its order: what --explain and a scan's
// adaptation note show apart.
func SplitLowered(rows []Confusion) (raised, lowered []Confusion) {
	for _, c := range rows {
		if c.Lowered() {
			lowered = append(lowered, c)
		} else {
			raised = append(raised, c)
		}
	}
	return raised, lowered
}

// Guards of adaptation. A new or raised confusion must be seen
// minAdaptCount times in minAdaptWords distinct words. Each row's
// probability is the posterior mean under a Dirichlet prior whose mean is
// the base channel's row and whose weight is priorWeight readings of the
// letter: (count + priorWeight·base) / (letters + priorWeight). With few
// readings the base row stands; with many the input's own rate replaces
// it, up or down. A row is lowered only from minLowerLetters readings of
// its letter, and by at most maxLowerNats, so that a letter the sample
// shows a few times, or a rate the decoder's own choices may have made,
// never rules a reading out.
const (
	minAdaptCount   = 3
	minAdaptWords   = 2
	priorWeight     = 10
	minLowerLetters = 20
	// minLowerExpected is how many times the base channel must expect a
	// row in the input's readings of its letter before not seeing it
	// there lowers it (e^-3 ≈ 5 %: not seeing it is then no chance).
	minLowerExpected = 3
	maxLowerNats     = 1.5
	// maxAdaptP caps a raised row, so a learned damage never makes
	// reading a letter as itself all but impossible.
	maxAdaptP = 0.9
	// maxAdaptRows bounds the raised rows, and apart the lowered rows, of
	// one input.
	maxAdaptRows = 64
)

// NewAdapter starts learning on top of base.
func NewAdapter(base *Channel) *Adapter {
	return &Adapter{base: base, cost: channelCost(base), counts: map[emissionKey]float64{},
		words: map[emissionKey]map[string]bool{}, letters: map[rune]float64{}, capitals: map[rune]float64{}, pooled: map[emissionKey]int{},
		aligned: map[[2]string]alignment{}}
}

// channelCost prices an alignment step by the channel's own rows, and what
// they lack by the learning heuristic; a step never costs more than the
// heuristic says, so a damage the channel rates at a hand floor (1e-4) is
// no dearer than one it has never seen.
func channelCost(ch *Channel) costFunc {
	return func(c rune, o string) float64 {
		unseen := 2 + 2*heuristicCost(c, o)
		if c == 0 {
			return min(-float64(ch.InsertLogP), unseen)
		}
		if lp, ok := ch.row(c, o); ok {
			return min(-float64(lp), unseen)
		}
		return unseen
	}
}

// CountLetters counts the intended letters of decoded text (the repaired
// input, in its case), the denominators of the learned probabilities, and
// apart the letters that start a word with a capital.
func (a *Adapter) CountLetters(decoded string) { a.countLetters(decoded, 1) }

// countLetters adds by to the count of each letter of text, and of each
// letter that starts a word with a capital (never below zero).
func (a *Adapter) countLetters(text string, by float64) {
	start := true
	for _, r := range text {
		low := viet.ToLower(r)
		if !viet.IsLetter(low) {
			start = true
			continue
		}
		a.letters[low] = max(0, a.letters[low]+by)
		if start && low != r {
			a.capitals[low] = max(0, a.capitals[low]+by)
		}
		start = false
	}
}

// maxAdaptWord is the longest word, in runes, whose letters Add aligns.
// Alignment costs the product of the two lengths in time and memory: a
// 5 KB run without a space that repair changed whole took minutes and
// gigabytes to align. OCR confusions are learnt from syllables and short
// codes; a longer "word" teaches nothing.
const maxAdaptWord = 64

// Observe hands a the text it adapts to, as written: a row whose observed
// string the text never shows decides nothing in it, and lowering it would
// cost a decoding with the adapted model for nothing.
func (a *Adapter) Observe(input string) {
	a.input, a.shown = viet.Lower(input), map[string]bool{}
}

// shows reports whether the observed input shows o (in small letters);
// the lost letter ("") it always may, and so may any string when the input
// was not handed over (Observe).
func (a *Adapter) shows(o string) bool {
	if o == "" || a.shown == nil {
		return true
	}
	o = viet.Lower(o)
	in, ok := a.shown[o]
	if !ok {
		in = strings.Contains(a.input, o)
		a.shown[o] = in
	}
	return in
}

// Skip takes a decoded word (in its case) too unsure to teach back out of
// the letter counts CountLetters made: its letters were read no more
// surely than its confusions, which are not counted, and counting them as
// letters read as themselves would lower the rows the word needed.
func (a *Adapter) Skip(decoded string) { a.countLetters(decoded, -1) }

// Add aligns one decoded word (lowercase, as the decoder read it) with the
// observed word it replaced (lowercase, as normalised for the search,
// except a capital it starts with) and counts the confusions between
// them. That capital misread as another letter is counted as a capital
// row (đ → "B"), apart from what the small letter becomes. Words over
// maxAdaptWord runes are left out.
func (a *Adapter) Add(decoded, observed string) {
	if decoded == "" || observed == "" {
		return
	}
	capital := ""
	if first, size := utf8.DecodeRuneInString(observed); viet.ToLower(first) != first {
		capital = string(first)
		observed = string(viet.ToLower(first)) + observed[size:]
	}
	if decoded == observed {
		return
	}
	al, seen := a.aligned[[2]string{decoded, observed}]
	if !seen {
		t, o := []rune(decoded), []rune(observed)
		if len(t) > maxAdaptWord || len(o) > maxAdaptWord {
			return
		}
		al.path, al.ok = alignLetters(t, o, a.cost)
		a.aligned[[2]string{decoded, observed}] = al
	}
	if !al.ok {
		return
	}
	path := al.path
	// The path runs from the word's end: its last step that emits
	// something emits the observed first letter.
	first := -1
	for i, step := range path {
		if step.Observed != "" {
			first = i
		}
	}
	for i, step := range path {
		if step.Intended == 0 || step.Observed == string(step.Intended) {
			continue
		}
		k := emissionKey(step)
		if i == first && capital != "" && viet.BaseLetter([]rune(capital)[0]) != viet.BaseLetter(step.Intended) {
			// The capital's shape was misread as another letter's: a
			// capital row. A capital read as its own bare letter (Đ as
			// "D") is the small letter's row in capitals, and counts
			// there.
			k.Observed = capital + step.Observed[len(string(viet.ToLower([]rune(capital)[0]))):]
		}
		a.counts[k]++
		if a.words[k] == nil {
			a.words[k] = map[string]bool{}
		}
		a.words[k][decoded] = true
	}
}

// Learned lists the rows the input's evidence moves: those it raises (or
// adds), most frequent first, then those it lowers, most contradicted
// first (Lowered). The base channel is not changed; Adapted applies them.
func (a *Adapter) Learned() []Confusion {
	var up []Confusion
	for k, n := range a.counts {
		w := len(a.words[k]) + a.pooled[k]
		if n < minAdaptCount || w < minAdaptWords {
			continue
		}
		total := max(a.denominator(k), n)
		base, _ := a.base.row(k.Intended, k.Observed)
		lp := posterior(n, total, base)
		if lp <= base+tableRounding {
			continue
		}
		up = append(up, Confusion{Intended: k.Intended, Observed: k.Observed, Count: int(n), Words: w, Letters: int(total), LogP: lp, BaseLogP: base})
	}
	sort.Slice(up, func(i, j int) bool {
		if up[i].Count != up[j].Count {
			return up[i].Count > up[j].Count
		}
		return less(up[i], up[j])
	})
	if len(up) > maxAdaptRows {
		up = up[:maxAdaptRows]
	}
	return append(up, a.lowered()...)
}

// lowered lists the base rows of the letters read at least minLowerLetters
// times that the input shows less often than the base channel expects,
// with their posterior, the most missed first. A letter's row for itself
// is never lowered: its count is what no confusion took, not evidence.
func (a *Adapter) lowered() []Confusion {
	var down []Confusion
	for r, es := range a.base.emit {
		for _, e := range es {
			if e.Observed == string(r) {
				continue
			}
			k := emissionKey{Intended: r, Observed: e.Observed}
			n := a.counts[k]
			total := a.denominator(k)
			if total < minLowerLetters {
				continue
			}
			// A rare row is rarely seen: only a row the base channel
			// expects several times in these readings, and that the input
			// shows at most half as often, is contradicted.
			expected := total * math.Exp(float64(e.LogP))
			if expected < minLowerExpected || n > expected/2 {
				continue
			}
			lp := max(posterior(n, max(total, n), e.LogP), e.LogP-maxLowerNats)
			if lp >= e.LogP-tableRounding || !a.shows(e.Observed) {
				continue
			}
			down = append(down, Confusion{Intended: r, Observed: e.Observed, Count: int(n), Words: len(a.words[k]) + a.pooled[k], Letters: int(total), LogP: lp, BaseLogP: e.LogP})
		}
	}
	sort.Slice(down, func(i, j int) bool {
		di, dj := down[i].missing(), down[j].missing()
		if di != dj {
			return di > dj
		}
		return less(down[i], down[j])
	})
	if len(down) > maxAdaptRows {
		down = down[:maxAdaptRows]
	}
	return down
}

// Gain is how much better, in nats, the channel with learned applied
// explains what a counted than the base channel does: the log-likelihood
// of every counted reading (each confusion, and each letter read as
// itself), each letter's rows normalised to sum to one. An adapted model
// costs a decoding with a cold candidate cache; the caller weighs that
// against the gain.
func (a *Adapter) Gain(learned []Confusion) float64 {
	moved := map[rune]map[string]float64{}
	for _, c := range learned {
		if moved[c.Intended] == nil {
			moved[c.Intended] = map[string]float64{}
		}
		moved[c.Intended][c.Observed] = float64(c.LogP)
	}
	seen := map[rune]map[string]float64{}
	for k, n := range a.counts {
		if seen[k.Intended] == nil {
			seen[k.Intended] = map[string]float64{}
		}
		seen[k.Intended][k.Observed] += n
	}
	gain := 0.0
	for r, rows := range moved {
		base := map[string]float64{}
		for _, e := range a.base.emit[r] {
			base[e.Observed] = float64(e.LogP)
		}
		adapted := map[string]float64{}
		for o, lp := range base {
			adapted[o] = lp
		}
		for o, lp := range rows {
			adapted[o] = lp
		}
		data := map[string]float64{string(r): a.letters[r]}
		for o, n := range seen[r] {
			data[o] = n
			data[string(r)] -= n
		}
		data[string(r)] = max(0, data[string(r)])
		gain += logLikelihood(data, adapted, r, a.cost) - logLikelihood(data, base, r, a.cost)
	}
	return gain
}

// logLikelihood is the log-likelihood of counts (observed string → how
// often intended r was read so) under rows normalised to sum to one; an
// observed string without a row is priced by cost, as the alignment did.
func logLikelihood(counts, rows map[string]float64, r rune, cost costFunc) float64 {
	z := 0.0
	for _, lp := range rows {
		z += math.Exp(lp)
	}
	logZ := math.Log(z)
	ll := 0.0
	for o, n := range counts {
		if n == 0 {
			continue
		}
		lp, ok := rows[o]
		if !ok {
			lp = -cost(r, o)
		}
		ll += n * (lp - logZ)
	}
	return ll
}

// missing is how many fewer times than the base channel expects the input
// showed a lowered row.
func (c Confusion) missing() float64 {
	return float64(c.Letters)*math.Exp(float64(c.BaseLogP)) - float64(c.Count)
}

// denominator is how often k's intended letter was read where k applies:
// as a word's capital for a capital row, anywhere for the others.
func (a *Adapter) denominator(k emissionKey) float64 {
	if first, _ := utf8.DecodeRuneInString(k.Observed); viet.ToLower(first) != first {
		return a.capitals[k.Intended]
	}
	return a.letters[k.Intended]
}

// posterior is the Dirichlet posterior mean of a row seen n times in total
// readings of its letter, whose prior mean is the base row's probability
// (base, a log; -Inf for a row the base lacks), capped at maxAdaptP.
func posterior(n, total float64, base float32) float32 {
	p := 0.0
	if !math.IsInf(float64(base), -1) {
		p = math.Exp(float64(base))
	}
	return logf(min((n+priorWeight*p)/(total+priorWeight), maxAdaptP))
}

func less(a, b Confusion) bool {
	if a.Intended != b.Intended {
		return a.Intended < b.Intended
	}
	return a.Observed < b.Observed
}

// row returns the log-probability of intended r written as o, if the
// channel has that row.
func (ch *Channel) row(r rune, o string) (float32, bool) {
	for _, e := range ch.emit[r] {
		if e.Observed == o {
			return e.LogP, true
		}
	}
	return float32(math.Inf(-1)), false
}

// Adapted returns a copy of ch with the re-estimated rows (raising or
// lowering a row ch already has, adding one it lacks), indexed for the
// search. ch is not changed.
func (ch *Channel) Adapted(learned []Confusion) *Channel {
	c := &Channel{Name: ch.Name, emit: make(map[rune][]Emission, len(ch.emit)), InsertLogP: ch.InsertLogP, UnseenLogP: ch.UnseenLogP, multi: ch.multi}
	for r, es := range ch.emit {
		c.emit[r] = append([]Emission(nil), es...)
	}
	for _, l := range learned {
		es := c.emit[l.Intended]
		found := false
		for i := range es {
			if es[i].Observed == l.Observed {
				es[i].LogP = l.LogP
				found = true
			}
		}
		if !found {
			es = append(es, Emission{Intended: l.Intended, Observed: l.Observed, LogP: l.LogP})
		}
		c.emit[l.Intended] = es
	}
	c.finish()
	return c
}

// WithChannel returns a copy of m whose channel of ch's name is ch.
func (m *Model) WithChannel(ch *Channel) *Model {
	c := &Model{Version: m.Version, CodeParts: m.CodeParts, Channels: make([]*Channel, len(m.Channels))}
	for i, x := range m.Channels {
		if x.Name == ch.Name {
			x = ch
		}
		c.Channels[i] = x
	}
	return c
}

// String shows a row as the --explain listing does: ộ → "q" ×12 (5
// words), or for a lowered one ả → "a" ×0 in 40 ả (e^-1.23 → e^-3.73).
func (c Confusion) String() string {
	o := strconv.Quote(c.Observed)
	if c.Observed == "" {
		o = "(lost)"
	}
	if c.Lowered() {
		return fmt.Sprintf("%c → %s ×%d in %d %c (e^%.2f → e^%.2f)", c.Intended, o, c.Count, c.Letters, c.Intended, c.BaseLogP, c.LogP)
	}
	return fmt.Sprintf("%c → %s ×%d (%d words)", c.Intended, o, c.Count, c.Words)
}

// Restricted returns a model holding only m's channels called names, in m's
// order: an input whose kind of damage is known then chooses a block's
// channel among those alone. m is not changed.
func (m *Model) Restricted(names ...string) *Model {
	c := &Model{Version: m.Version, CodeParts: m.CodeParts}
	for _, x := range m.Channels {
		if slices.Contains(names, x.Name) {
			c.Channels = append(c.Channels, x)
		}
	}
	return c
}
