package repair

import "math"

// The document cache's pairs: a document repeats its phrases as well as
// its syllables ("đơn vị", "Huyện ủy", "học phần"), and a pair it reads
// surely several times is likelier wherever one of its syllables is
// damaged. The unigram rescaling (doccache.go) cannot say so: it raises
// "vị" and "ủy" in every context alike. So a pair the sample's first
// decoding reads surely pairMinCount times or more gains, after its first
// syllable, what the document's conditional frequency exceeds the corpus
// model's bigram by, in the same unnormalised rescaling form:
//
//	gain(w | v) = βp log(P_doc(w | v) / P_lm(w | v)), when positive
//	P_doc(w | v) = (c(v w) + Kp P_lm(w | v)) / (c(v ·) + Kp)
//
// A pair the corpus model already expects as often gains nothing, and no
// pair loses: a phrase the document does not repeat is no evidence
// against it.
//
// Set on the tuning material (syllables right: the epu layer / the sample,
// scripts/bench_textlayers.sh; scripts/bench_legacy.sh seeds 1 / 2), from
// 88.58 / 96.26 and 91.76 / 91.49 without pairs: βp 0.5, Kp 5: 88.80 /
// 96.23; βp 1, Kp 5: 88.91 / 96.19 and 92.01 / 91.80; βp 1, Kp 20: 88.91 /
// 96.26 and 92.01 / 91.80; βp 1.5, Kp 1: 88.91 / 96.04 (the pair then overrules a context
// that wants another reading). A least count of 3 loses the epu layer's
// gain (88.69): its phrases repeat two or three times in a page.
const (
	pairBeta     = 1
	pairPrior    = 20
	pairMinCount = 2
)

// pairCounts counts the pairs of sure syllables read one after the other,
// by pairKey, and how often each syllable starts one.
type pairCounts struct {
	pair  map[uint64]int32
	first map[int32]int32
}

func (p *pairCounts) add(prev, id int32) {
	if prev < 0 {
		return
	}
	if p.pair == nil {
		p.pair, p.first = map[uint64]int32{}, map[int32]int32{}
	}
	p.pair[pairKey(prev, id)]++
	p.first[prev]++
}

// pairKey is the key of the pair (v, w) of LM ids.
func pairKey(v, w int32) uint64 { return uint64(uint32(v))<<32 | uint64(uint32(w)) }

// pairGains are the gains of the pairs of p read at least pairMinCount
// times; nil when there are none.
func (r *Repairer) pairGains(p pairCounts) map[uint64]float32 {
	var out map[uint64]float32
	var lp [1]float32
	for k, n := range p.pair {
		if n < pairMinCount {
			continue
		}
		v, w := int32(k>>32), int32(uint32(k))
		r.lm.Bigrams(v, []int32{w}, lp[:])
		bi := float64(lp[0])
		doc := (float64(n) + pairPrior*math.Exp(bi)) / (float64(p.first[v]) + pairPrior)
		if g := pairBeta * (math.Log(doc) - bi); g > 0 {
			if out == nil {
				out = map[uint64]float32{}
			}
			out[k] = float32(g)
		}
	}
	return out
}

// pairFirsts marks, by LM id, the syllables that start a pair of gains:
// the decoder scores every unit after every context, and most contexts
// start none, so they are told apart without a map lookup.
func pairFirsts(gains map[uint64]float32) []bool {
	top := int32(-1)
	for k := range gains {
		top = max(top, int32(k>>32))
	}
	out := make([]bool, top+1)
	for k := range gains {
		out[int32(k>>32)] = true
	}
	return out
}

// pairGain is what w gains after the unit last (-1: none).
func (c *docCache) pairGain(last, w int32) float32 {
	if last < 0 || int(last) >= len(c.firsts) || !c.firsts[last] {
		return 0
	}
	return c.pair[pairKey(last, w)]
}
