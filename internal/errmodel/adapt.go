package errmodel

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/vidoc/vidoc/internal/viet"
)

// Adapter learns one input's own OCR damage (online training): the repairer
// decodes the input, hands it each confident decoding with the observed word
// it came from, and the Adapter aligns their letters under the base channel
// and counts what each intended letter became. Confusions the input repeats
// (a scanner writing "q" for ộ every time) then become rows of an adapted
// channel, and the input is decoded again with it. This is hard-EM
// self-training in the manner of unsupervised decipherment: only the
// decoder's confident readings teach, and only repeated confusions are kept,
// so one wrong reading cannot teach itself.
type Adapter struct {
	base    *Channel
	cost    costFunc
	counts  map[emissionKey]float64
	words   map[emissionKey]map[string]bool // the distinct decoded words that showed each confusion
	letters map[rune]float64                // intended letters seen in the input's decoded text
	// pooled are the distinct words other inputs showed each confusion in
	// (AddEvidence): their words are not kept, only how many.
	pooled map[emissionKey]int
}

// Confusion is one learned row: intended letter → observed string, seen
// Count times in Words distinct words of the input.
type Confusion struct {
	Intended rune
	Observed string
	Count    int
	Words    int
	LogP     float32 // what the adapted channel gives it
}

// Guards of adaptation. A confusion must be seen minAdaptCount times in
// minAdaptWords distinct words to be learned; its probability is its share
// of the intended letter's occurrences, capped at maxAdaptP, so a learned
// damage never outweighs reading a letter as itself.
const (
	minAdaptCount = 3
	minAdaptWords = 2
	maxAdaptP     = 0.3
	// maxAdaptRows bounds the learned rows of one input.
	maxAdaptRows = 64
)

// NewAdapter starts learning on top of base.
func NewAdapter(base *Channel) *Adapter {
	return &Adapter{base: base, cost: channelCost(base), counts: map[emissionKey]float64{},
		words: map[emissionKey]map[string]bool{}, letters: map[rune]float64{}, pooled: map[emissionKey]int{}}
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
// input), the denominators of the learned probabilities.
func (a *Adapter) CountLetters(decoded string) {
	for _, r := range decoded {
		if r = viet.ToLower(r); viet.IsLetter(r) {
			a.letters[r]++
		}
	}
}

// maxAdaptWord is the longest word, in runes, whose letters Add aligns.
// Alignment costs the product of the two lengths in time and memory: a
// 5 KB run without a space that repair changed whole took minutes and
// gigabytes to align. OCR confusions are learnt from syllables and short
// codes; a longer "word" teaches nothing.
const maxAdaptWord = 64

// Add aligns one decoded word (lowercase, as the decoder read it) with the
// observed word it replaced (lowercase, as normalised for the search) and
// counts the confusions between them; words over maxAdaptWord runes are
// left out.
func (a *Adapter) Add(decoded, observed string) {
	if decoded == observed || decoded == "" || observed == "" {
		return
	}
	t, o := []rune(decoded), []rune(observed)
	if len(t) > maxAdaptWord || len(o) > maxAdaptWord {
		return
	}
	path, ok := alignLetters(t, o, a.cost)
	if !ok {
		return
	}
	for _, step := range path {
		if step.Intended == 0 || step.Observed == string(step.Intended) {
			continue
		}
		k := emissionKey(step)
		a.counts[k]++
		if a.words[k] == nil {
			a.words[k] = map[string]bool{}
		}
		a.words[k][decoded] = true
	}
}

// Learned lists the confusions that pass the guards and that the base
// channel rates lower than the input shows them, most frequent first.
func (a *Adapter) Learned() []Confusion {
	var out []Confusion
	for k, n := range a.counts {
		w := len(a.words[k]) + a.pooled[k]
		if n < minAdaptCount || w < minAdaptWords {
			continue
		}
		total := max(a.letters[k.Intended], n)
		p := min(n/(total+minAdaptCount), maxAdaptP)
		lp := logf(p)
		if base, ok := a.base.row(k.Intended, k.Observed); ok && base >= lp {
			continue
		}
		out = append(out, Confusion{Intended: k.Intended, Observed: k.Observed, Count: int(n), Words: w, LogP: lp})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		if out[i].Intended != out[j].Intended {
			return out[i].Intended < out[j].Intended
		}
		return out[i].Observed < out[j].Observed
	})
	if len(out) > maxAdaptRows {
		out = out[:maxAdaptRows]
	}
	return out
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

// Adapted returns a copy of ch with the learned confusions as rows (raising
// a row ch already has), indexed for the search. ch is not changed.
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
				es[i].LogP = max(es[i].LogP, l.LogP)
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

// String shows a confusion as the --explain listing does: ộ → "q" ×12 (5 words).
func (c Confusion) String() string {
	o := strconv.Quote(c.Observed)
	if c.Observed == "" {
		o = "(lost)"
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
