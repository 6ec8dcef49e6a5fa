package repair

import (
	"math"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// The kind of damage an input shows is one fact about the engine that read
// it, so adaptation decides it once over the whole sample rather than by a
// vote of its blocks. A vote is fragile: each block's choice is made on a
// few dozen words, blocks of a legacy-damaged layer whose words the stripped
// channel explains almost as well split between the two, and the majority
// then flips with how many words each block weighs. Summing each channel's
// log-likelihood of every sampled word instead lets the many small margins
// add up to one large one, which more words only widen.

// choiceWords bounds how many words of a sample weigh in the choice: spread
// evenly over it, they are evidence enough, and the search under every
// channel is the costly part.
const choiceWords = 512

// wordLogLik is the log-likelihood of the observed word obs under ch: the
// channel-times-prior mass of its candidates and of keeping it as it is,
// summed (a log-sum-exp), so a channel is credited for every reading it
// offers, not just its best. damaged says the word holds symbols or digits
// among its letters, which keeping costs extra, as arcsFor charges.
func (r *Repairer) wordLogLik(ch *errmodel.Channel, obs string, damaged bool) float64 {
	keep := float64(keepLogP[ch.Name] + r.lm.Unigram(r.unk) + r.lm.UnknownPenalty())
	if damaged {
		keep += damagedKeepPenalty
	}
	best := keep
	c := r.sampleCandidates(ch, obs)
	for _, x := range c {
		best = max(best, float64(x.prior))
	}
	sum := math.Exp(keep - best)
	for _, x := range c {
		sum += math.Exp(float64(x.prior) - best)
	}
	return best + math.Log(sum)
}

// sampleLogLik is, for each channel of r's model in order, the summed
// log-likelihood of (at most choiceWords of) sample's words, and apart the
// same over those of them that show an old engine's shapes (shaped).
func (r *Repairer) sampleLogLik(sample string) (ll, shapedLL []float64) {
	slots := slotsOf(sample)
	var words []slot
	for _, s := range slots {
		if s.kind == slotWord {
			words = append(words, s)
		}
	}
	step := max((len(words)+choiceWords-1)/choiceWords, 1)

	ll = make([]float64, len(r.channels.Channels))
	shapedLL = make([]float64, len(r.channels.Channels))
	for i := 0; i < len(words); i += step {
		w := sample[words[i].start:words[i].end]
		obs, damaged := normalizeObserved(w), hasDamageMark(w)
		sh := shaped(w)
		for k, ch := range r.channels.Channels {
			x := r.wordLogLik(ch, obs, damaged)
			ll[k] += x
			if sh {
				shapedLL[k] += x
			}
		}
	}
	return ll, shapedLL
}

// shaped reports a word that shows what only OCR makes of letters: a
// symbol or digit among them ("h9c", "hi'en") or a capital inside small
// letters ("truOng").
func shaped(w string) bool { return hasDamageMark(w) || innerCapital(w) }

// Which engine made an input is told by the words it damaged in its own
// way, not by the plain ones. An old engine whose layer drops nearly every
// mark is explained, word for word, a little better by the stripped channel
// on its many plain words (the legacy channel spreads its mass over shapes
// they lack, and gives stripping itself less), and that small margin over
// hundreds of words outweighs its shaped words, which the legacy channel
// explains far better. Tesseract's English model reading Vietnamese is the
// other way round: its few shaped words ("s6" for số) are explained better
// by the stripped channel learned from it. So where the stripped kind wins
// the sum, the shaped words decide between it and the legacy kind: legacy
// when it explains them better by minShapeNats. Adaptation then re-estimates
// the legacy channel's stripping rows from the input's own plain words.
//
// minShapeNats: over 13 rendered pages read by Tesseract eng the shaped
// words favour the stripped channel by 1.5 to 40 nats; over legacygen's
// documents and the real scanner layers the legacy one by 40 to 970.
const minShapeNats = 16

// sampleDamage is the channel of r's model that best explains the whole
// sample, nil for a model without channels; the one Options.Damage forces
// when it is set, as every block then uses it.
func (r *Repairer) sampleDamage(sample string) *errmodel.Channel {
	if r.opts.Damage != "" {
		return r.channels.Get(r.opts.Damage)
	}
	ll, shapedLL := r.sampleLogLik(sample)
	best, stripped, legacy := -1, -1, -1
	for k, ch := range r.channels.Channels {
		if best < 0 || ll[k] > ll[best] {
			best = k
		}
		switch ch.Name {
		case errmodel.Stripped:
			stripped = k
		case errmodel.Legacy:
			legacy = k
		}
	}
	if best < 0 {
		return nil
	}
	if best == stripped && legacy >= 0 && shapedLL[legacy]-shapedLL[stripped] >= minShapeNats {
		best = legacy
	}
	return r.channels.Channels[best]
}
