package repair

import (
	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/token"
)

// langModel is what the repairer needs of the syllable language model
// besides the scorer the decoder drives: ids for units, the syllables it
// may write, and context-free scores for choosing an error model.
type langModel interface {
	// ID returns the id of a unit (a lowercase old-style-tone syllable or a
	// class such as <num>), and false when the model does not know it.
	ID(unit string) (int32, bool)
	// Unigram is the log-probability of a unit without context.
	Unigram(id int32) float32
	// Bigrams sets out[k] to the log-probability of unit ws[k] right
	// after unit prev, no other context: how well two pieces of one token
	// go together. One call for many units reads prev's context once.
	Bigrams(prev int32, ws []int32, out []float32)
	// Syllables lists the vocabulary's syllables with their ids: the
	// spellings the repair may produce.
	Syllables() ([]string, []int32)
	// Unknown is the id of <unk>.
	Unknown() int32
	// UnknownPenalty is added to the score of a word kept as <unk>: the
	// model's <unk> holds the mass of every unknown word together, and one
	// particular unknown spelling deserves only a share of it.
	UnknownPenalty() float32
	// pathFinder returns the decoder bound to this model.
	pathFinder() pathFinder
}

// lmAdapter adapts internal/lm's Model.
type lmAdapter struct{ m *lm.Model }

func (k lmAdapter) ID(unit string) (int32, bool) {
	id, ok := k.m.Lookup(unit)
	return int32(id), ok
}

func (k lmAdapter) Unigram(id int32) float32 {
	lp, _ := k.m.Score(k.m.Null(), lm.WordID(id))
	return lp
}

func (k lmAdapter) Bigrams(prev int32, ws []int32, out []float32) {
	_, s := k.m.Score(k.m.Null(), lm.WordID(prev))
	for i, w := range ws {
		out[i], _ = k.m.Score(s, lm.WordID(w))
	}
}

func (k lmAdapter) Unknown() int32 { return int32(k.m.Unknown()) }

// UnknownPenalty: about e^10 distinct spellings share <unk>.
func (k lmAdapter) UnknownPenalty() float32 { return -10 }

func (k lmAdapter) Syllables() ([]string, []int32) {
	var ws []string
	var ids []int32
	for i := 0; i < k.m.VocabSize(); i++ {
		w := k.m.Word(lm.WordID(i))
		if w != "" && errmodel.AllLetters(w) && token.IsSyllableShape(w) {
			ws = append(ws, w)
			ids = append(ids, int32(i))
		}
	}
	return ws, ids
}

func (k lmAdapter) Null() lm.State  { return k.m.Null() }
func (k lmAdapter) Begin() lm.State { return k.m.Begin() }

func (k lmAdapter) Score(s lm.State, w int32) (float32, lm.State) { return k.m.Score(s, lm.WordID(w)) }

func (k lmAdapter) pathFinder() pathFinder { return viterbi[lm.State]{k} }
