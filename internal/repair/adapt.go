package repair

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// Adaptation is what Adapt learned from one input.
type Adaptation struct {
	// Damage is the kind of damage whose error model was adapted (the one
	// that best explains the whole sample, sampleDamage), "" when nothing
	// was learned.
	Damage string
	// Rounds is how many decodings of the sample ran.
	Rounds int
	// Confusions are the learned rows, most frequent first.
	Confusions []errmodel.Confusion
	// Evidence is what the input's first decoding showed, for a batch's
	// pool (AdaptPooled): empty when the input is near-correct text.
	Evidence errmodel.Evidence
	// EvidenceDamage is the kind of damage Evidence was counted under.
	EvidenceDamage string
	// Acronyms are those the sample defines with a capital misread, by
	// acronymKey (acronym.go): the returned repairer writes them as
	// defined.
	Acronyms map[string]string
	// Cache says whether the returned repairer mixes a document cache
	// (doccache.go) into its language model, and what it holds or why
	// there is none.
	Cache CacheNote
}

// Bounds of adaptation: the rounds of decode–learn, the confidence a
// decoding needs to teach, and the share of a sample's words the first
// decoding must change before anything is learned. Below that the input is
// near-correct text, and what little the decoder changed there is more
// likely its own mistake than the input's habit.
const (
	maxAdaptRounds     = 2
	minAdaptConfidence = 0.9
	minAdaptChangeRate = 0.02
	// minAdaptGain is the least gain in log-likelihood per word of the
	// sample (errmodel.Adapter.Gain) that adapting must bring.
	minAdaptGain = 0.12
)

// AdaptSample bounds how much of an input Adapt needs: a few thousand
// syllables show an engine's repeated confusions, and a longer input adapts
// in the same memory.
const AdaptSample = 16 << 10

// Adapt learns the damage of one input from sample (its first AdaptSample
// bytes or so, whole lines): it decodes the sample, aligns the confident
// decodings with the words they replaced, re-estimates the chosen channel's
// confusions from them, and decodes again, for at most maxAdaptRounds
// rounds or until nothing new is learned. It returns a Repairer that
// decodes with the adapted model and writes the acronyms the sample defines
// with a capital misread as defined (acronym.go), r itself when nothing was
// learned, and what was learned. r is not changed.
func (r *Repairer) Adapt(ctx context.Context, sample string) (*Repairer, Adaptation, error) {
	return r.AdaptPooled(ctx, sample, nil)
}

// AdaptPooled is Adapt with the evidence other inputs of a batch showed
// (pool, by kind of damage; nil for none) added to the sample's own in
// every round. The sample must still pass the change-rate guard by itself:
// a pool never adapts the repair of near-correct text. The returned
// Adaptation's Evidence is the sample's own, counted on the first decoding
// (with r's model, so it depends on the sample alone); it is empty when the
// sample taught nothing.
func (r *Repairer) AdaptPooled(ctx context.Context, sample string, pool Pool) (*Repairer, Adaptation, error) {
	var ad Adaptation
	if !utf8.ValidString(sample) {
		return r, ad, nil // the stream reports the bad bytes with their offset
	}
	// The kind of damage is chosen once, over the whole sample, with the
	// shipped model (channelchoice.go); the sample's blocks then choose
	// only between it and clean text, in every round and in the returned
	// repairer, so an adapted channel cannot win blocks its kind never
	// explained.
	base := r.sampleDamage(sample)
	if base == nil {
		ad.Cache.Why = "the model has no kind of damage to adapt"
		return r, ad, nil
	}
	name := base.Name
	only := r.channels.Restricted(errmodel.Clean, name)
	// The first round decodes with r's own channels, only fewer of them:
	// r's candidate cache, which the choice just filled, serves it.
	first := *r
	first.channels = only
	cur, out := &first, r
	var learned []errmodel.Confusion
	var defs map[string]string
	var cache *docCache
	for round := 0; round < maxAdaptRounds; round++ {
		res, err := cur.repair(ctx, sample, true, nil)
		if err != nil {
			return nil, ad, err
		}
		ad.Rounds++
		if round == 0 {
			defs = definedAcronyms(res.Text)
		}
		words := len(strings.Fields(sample))
		if round == 0 && float64(len(res.Changes)) < minAdaptChangeRate*float64(words) {
			ad.Cache.Why = fmt.Sprintf("near-correct text (the first decoding changed %d of the sample's %d words, under %g %%)", len(res.Changes), words, 100*minAdaptChangeRate)
			break
		}
		if round == 0 {
			cache, ad.Cache = r.newDocCacheWhy(res)
		}
		a := errmodel.NewAdapter(base)
		a.Observe(sample)
		a.CountLetters(res.Text)
		for _, c := range res.Changes {
			if c.Kept || c.Confidence < minAdaptConfidence || strings.ContainsAny(c.Original, " \t\n") || strings.ContainsAny(c.Replacement, " \t\n") {
				if !c.Kept {
					a.Skip(c.Replacement)
				}
				continue
			}
			// A capital the word starts with is kept: what the input makes
			// of capitals (Đ read as B) is learned apart from small letters.
			a.Add(viet.Lower(c.Replacement), withCapital(c.Original, normalizeObserved(c.Original)))
		}
		if round == 0 {
			ad.Evidence, ad.EvidenceDamage = a.Evidence(), name
		}
		a.AddEvidence(pool[name])
		next := a.Learned()
		if a.Gain(next) < minAdaptGain*float64(words) {
			// The base channel explains the sample about as well: an
			// adapted model would cost a cold decoding for little.
			next = nil
		}
		if sameConfusions(next, learned) {
			break
		}
		learned = next
		ad.Damage, ad.Confusions = name, learned
		if len(learned) == 0 {
			out = r
			break
		}
		cur = r.withModel(only.WithChannel(base.Adapted(learned))).withDocCache(cache)
		out = cur
	}
	if out == r {
		// Nothing learned of the channel: the cache still weighs in.
		out = r.withDocCache(cache)
	}
	if _, ok := r.lm.(lmAdapter); cache != nil && !ok {
		ad.Cache = CacheNote{Why: "the language model takes no cache"}
	}
	strokes := ""
	if out != r {
		strokes = strokedDReadings(learned)
	}
	if len(defs) > 0 || strokes != "" || name == errmodel.Legacy {
		c := *out
		if len(defs) > 0 {
			c.codes = out.codes.withAcronyms(defs)
			ad.Acronyms = defs
		}
		if strokes != "" {
			// The document's engine reads Đ as these capitals: so
			// in its codes (adaptcodes.go).
			c.codes = c.codes.withStrokedD(strokes)
		}
		if name == errmodel.Legacy {
			// Only the legacy kind's engines may not know case
			// (madeUpCapital); near-correct text keeps r itself.
			c.docCase = caseEvidenceOf(sample)
		}
		out = &c
	}
	return out, ad, nil
}

func sameConfusions(a, b []errmodel.Confusion) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Intended != b[i].Intended || a[i].Observed != b[i].Observed {
			return false
		}
	}
	return true
}
