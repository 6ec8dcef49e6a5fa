package repair

import (
	"math"
	"os"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
)

// devLM is an absolute-discounting trigram built in memory from text, for
// tests and tuning while the real model is elsewhere.
type devLM struct {
	ids    map[string]int32
	words  []string
	uni    []float64
	total  float64
	bi     map[uint64]float64
	biCtx  map[int32][2]float64 // count, distinct followers
	tri    map[[3]int32]float64
	triCtx map[uint64][2]float64
}

func newDevLM() *devLM {
	lm := &devLM{ids: map[string]int32{}, bi: map[uint64]float64{}, biCtx: map[int32][2]float64{}, tri: map[[3]int32]float64{}, triCtx: map[uint64][2]float64{}}
	for _, u := range token.ClassUnits() {
		lm.id(u)
	}
	return lm
}

func (lm *devLM) id(u string) int32 {
	if id, ok := lm.ids[u]; ok {
		return id
	}
	id := int32(len(lm.words))
	lm.ids[u] = id
	lm.words = append(lm.words, u)
	lm.uni = append(lm.uni, 0)
	return id
}

func pack(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// addText counts the units of every line of text.
func (lm *devLM) addText(text string) {
	var buf []byte
	sc := token.NewScanner(text)
	h2, h1 := lm.id(token.UnitBOS), lm.id(token.UnitBOS)
	for {
		t, ok := sc.Next()
		if !ok {
			break
		}
		if t.Kind == token.Word || t.Kind == token.Latin {
			buf = append(buf[:0], normalizeObserved(t.Text(text))...)
		} else {
			buf = token.AppendUnit(buf[:0], text, t)
		}
		w := lm.id(string(buf))
		lm.uni[w]++
		lm.total++
		k := pack(h1, w)
		if lm.bi[k] == 0 {
			c := lm.biCtx[h1]
			c[1]++
			lm.biCtx[h1] = c
		}
		lm.bi[k]++
		c := lm.biCtx[h1]
		c[0]++
		lm.biCtx[h1] = c
		tk := [3]int32{h2, h1, w}
		if lm.tri[tk] == 0 {
			c := lm.triCtx[pack(h2, h1)]
			c[1]++
			lm.triCtx[pack(h2, h1)] = c
		}
		lm.tri[tk]++
		c2 := lm.triCtx[pack(h2, h1)]
		c2[0]++
		lm.triCtx[pack(h2, h1)] = c2
		if t.Kind == token.LineBreak {
			h2, h1 = lm.id(token.UnitBOS), lm.id(token.UnitBOS)
		} else {
			h2, h1 = h1, w
		}
	}
}

func (lm *devLM) ID(u string) (int32, bool) { id, ok := lm.ids[u]; return id, ok }
func (lm *devLM) Unknown() int32            { return lm.ids[token.UnitUnknown] }

func (lm *devLM) Syllables() ([]string, []int32) {
	var ws []string
	var ids []int32
	for i, w := range lm.words {
		if lm.uni[i] >= 2 && token.IsSyllableShape(w) && errmodel.AllLetters(w) {
			ws = append(ws, w)
			ids = append(ids, int32(i))
		}
	}
	return ws, ids
}

const dDisc = 0.75

func (lm *devLM) UnknownPenalty() float32  { return 0 }
func (lm *devLM) Unigram(id int32) float32 { return lm.logProb(noContext, noContext, id) }
func (lm *devLM) Bigrams(prev int32, ws []int32, out []float32) {
	for i, w := range ws {
		out[i] = lm.logProb(noContext, prev, w)
	}
}
func (lm *devLM) pathFinder() pathFinder { return viterbi[[2]int32]{lm} }
func (lm *devLM) Begin() [2]int32 {
	b := lm.ids[token.UnitBOS]
	return [2]int32{b, b}
}
func (lm *devLM) Null() [2]int32 { return [2]int32{noContext, noContext} }
func (lm *devLM) Score(s [2]int32, w int32) (float32, [2]int32) {
	return lm.logProb(s[0], s[1], w), [2]int32{s[1], w}
}

const noContext int32 = -1

func (lm *devLM) logProb(h2, h1, w int32) float32 {
	bos := lm.ids[token.UnitBOS]
	if h1 == noContext {
		h1 = bos
	}
	if h2 == noContext {
		h2 = bos
	}
	pu := (lm.uni[w] + 0.01) / (lm.total + 0.01*float64(len(lm.words)))
	if w == lm.Unknown() {
		pu = 1e-6
	}
	pb := pu
	if c, ok := lm.biCtx[h1]; ok {
		pb = math.Max(lm.bi[pack(h1, w)]-dDisc, 0)/c[0] + dDisc*c[1]/c[0]*pu
	}
	pt := pb
	if c, ok := lm.triCtx[pack(h2, h1)]; ok {
		pt = math.Max(lm.tri[[3]int32{h2, h1, w}]-dDisc, 0)/c[0] + dDisc*c[1]/c[0]*pb
	}
	return float32(math.Log(pt))
}

// sharedDir finds ../shared from the package directory, or "".
func sharedDir() string {
	for _, p := range []string{"../../../shared", "../../shared"} {
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
	}
	return ""
}
