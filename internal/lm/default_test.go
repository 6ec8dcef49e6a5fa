package lm

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

func embeddedModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	return m
}

func TestDefaultLoads(t *testing.T) {
	m := embeddedModel(t)
	if m.Order() < 3 || m.VocabSize() < 7000 {
		t.Errorf("order %d, vocabulary %d: want a trigram model over the syllable inventory at least", m.Order(), m.VocabSize())
	}
	for _, u := range token.ClassUnits() {
		if _, ok := m.Lookup(u); !ok {
			t.Errorf("class unit %s missing from the vocabulary", u)
		}
	}
	if DataVersion() != dictionaries.LMVersion {
		t.Errorf("DataVersion() = %q, want the embedded model's hash %q", DataVersion(), dictionaries.LMVersion)
	}
}

// accentVariants returns the spellings that differ from syllable only in
// its diacritics: the attested ones from the vocabulary, and every tone
// of the same letters that the orthography allows.
func accentVariants(m *Model, syllable string) []string {
	syllable = string(token.AppendWordUnit(nil, syllable))
	skel := viet.StripDiacritics(syllable)
	seen := map[string]bool{syllable: true}
	var out []string
	for id := 0; id < m.VocabSize(); id++ {
		w := m.Word(WordID(id))
		if !seen[w] && viet.StripDiacritics(w) == skel {
			seen[w] = true
			out = append(out, w)
		}
	}
	if s, ok := viet.Parse(syllable); ok {
		for tone := viet.ToneLevel; tone <= viet.ToneDot; tone++ {
			s.Tone = tone
			w := string(token.AppendWordUnit(nil, s.Compose(viet.StyleOld)))
			if !seen[w] && s.Valid() {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

func TestRanksCorrectTextAboveAccentVariants(t *testing.T) {
	m := embeddedModel(t)
	n := rankAboveVariants(t, m, "chăm sóc, giáo dục và bảo vệ trẻ em")
	if n < 40 {
		t.Errorf("only %d variants tried", n)
	}
}

// TestPartyTerms checks the Party vocabulary the corpus is thin on, which
// the build covers with the admin_terms.txt supplement.
func TestPartyTerms(t *testing.T) {
	m := embeddedModel(t)
	for _, s := range []string{
		"Ban Thường vụ Huyện ủy ban hành kế hoạch",
		"các cấp ủy đảng",
		"Ban Chấp hành Đảng bộ tỉnh",
		"Tỉnh ủy chỉ đạo",
	} {
		rankAboveVariants(t, m, s)
	}
}

// rankAboveVariants checks that sentence scores above every sentence with
// one syllable's accents changed, and returns how many variants it tried.
func rankAboveVariants(t *testing.T, m *Model, sentence string) int {
	t.Helper()
	best := m.TextLogProb(sentence)
	words := strings.Fields(sentence)
	variants := 0
	for i, w := range words {
		core := strings.TrimRight(w, ",")
		for _, v := range accentVariants(m, core) {
			alt := append([]string{}, words...)
			alt[i] = v + w[len(core):]
			text := strings.Join(alt, " ")
			variants++
			if lp := m.TextLogProb(text); lp >= best {
				t.Errorf("%q scores %.2f, not below the correct %q (%.2f)", text, lp, sentence, best)
			}
		}
	}
	t.Logf("%q: %.2f nats, above all %d one-syllable accent variants", sentence, best, variants)
	return variants
}

func TestScoreAllocatesNothing(t *testing.T) {
	m := embeddedModel(t)
	ids := []WordID{m.WordID("kế"), m.WordID("hoạch"), m.WordID("thực"), m.WordID("hiện"), m.Unknown(), m.EOS()}
	allocs := testing.AllocsPerRun(100, func() {
		s := m.Begin()
		for _, id := range ids {
			_, s = m.Score(s, id)
		}
		_ = m.WordID("Huyện")
		_ = m.WordID("uỷ")
	})
	if allocs != 0 {
		t.Errorf("Score and WordID allocate %.1f times", allocs)
	}
}

func TestOldAndNewTonePlacementShareAnID(t *testing.T) {
	m := embeddedModel(t)
	for old, new := range map[string]string{"ủy": "uỷ", "hòa": "hoà", "thủy": "thuỷ", "khỏe": "khoẻ"} {
		if a, b := m.WordID(old), m.WordID(new); a != b || a == m.Unknown() {
			t.Errorf("%s=%d %s=%d", old, a, new, b)
		}
	}
}

// sharedDir finds ../shared from the package folder, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, _ := os.Getwd()
	for range 6 {
		p := filepath.Join(dir, "shared")
		if st, err := os.Stat(filepath.Join(p, "dev", "texts")); err == nil && st.IsDir() {
			return p
		}
		dir = filepath.Dir(dir)
	}
	t.Skip("shared/ (dev texts) not found beside the repository")
	return ""
}

// TestHeldOutPerplexity measures the embedded model on the held-out dev
// texts, which the build left out of training.
func TestHeldOutPerplexity(t *testing.T) {
	m := embeddedModel(t)
	files, err := textFiles(filepath.Join(sharedDir(t), "dev", "texts"))
	if err != nil || len(files) == 0 {
		t.Fatalf("dev texts: %v", err)
	}
	var e Eval
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		e.Add(m.Evaluate(string(b)))
	}
	t.Logf("dev texts: %d units, perplexity %.1f; %d syllables, per-syllable perplexity %.1f, OOV %.3f%%",
		e.Units, e.Perplexity(), e.Words, e.WordPerplexity(), 100*e.OOVRate())
	if e.WordPerplexity() > 60 || e.OOVRate() > 0.01 {
		t.Errorf("held-out per-syllable perplexity %.1f, OOV %.3f: the model is far worse than built", e.WordPerplexity(), e.OOVRate())
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(dictionaries.LanguageModel); err != nil {
			b.Fatal(err)
		}
	}
}

// benchIDs is real text as IDs: the first dev text if present, else a
// sentence repeated.
func benchIDs(b *testing.B, m *Model) []WordID {
	text := strings.Repeat("Ban Thường vụ Huyện ủy ban hành kế hoạch thực hiện chỉ thị của Ban Bí thư về chăm sóc, giáo dục và bảo vệ trẻ em.\n", 50)
	var ids []WordID
	for _, t := range token.Tokenize(text, nil) {
		if t.Kind == token.LineBreak {
			ids = append(ids, m.EOS())
			continue
		}
		ids = append(ids, m.TokenID(text, t))
	}
	return ids
}

// BenchmarkScore measures Score calls (n-gram lookups) on running text.
func BenchmarkScore(b *testing.B) {
	m := embeddedModel(b)
	ids := benchIDs(b, m)
	b.ResetTimer()
	var sink float32
	n := 0
	for b.Loop() {
		s := m.Begin()
		for _, id := range ids {
			var lp float32
			lp, s = m.Score(s, id)
			sink += lp
		}
		n += len(ids)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
	_ = sink
}

// BenchmarkScoreCandidates is the decoder's pattern: one context, many
// candidate words, most of them rare in that context.
func BenchmarkScoreCandidates(b *testing.B) {
	m := embeddedModel(b)
	r := rand.New(rand.NewPCG(1, 2))
	ids := benchIDs(b, m)
	cands := make([]WordID, 4096)
	for i := range cands {
		cands[i] = WordID(r.IntN(min(m.VocabSize(), 8000)))
	}
	b.ResetTimer()
	n := 0
	var sink float32
	for b.Loop() {
		s := m.Begin()
		for i, id := range ids {
			lp, _ := m.Score(s, cands[i%len(cands)])
			sink += lp
			_, s = m.Score(s, id)
		}
		n += 2 * len(ids)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
	_ = sink
}

func BenchmarkWordID(b *testing.B) {
	m := embeddedModel(b)
	words := strings.Fields("Ban Thường vụ Huyện uỷ ban hành kế hoạch thực hiện chỉ thị")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = m.WordID(words[i%len(words)])
	}
}

// BenchmarkCopyBaseline copies the model's bytes: the least any loader that
// does not map the embedded data would pay, the baseline for BenchmarkLoad.
func BenchmarkCopyBaseline(b *testing.B) {
	for b.Loop() {
		buf := make([]byte, len(dictionaries.LanguageModel))
		copy(buf, dictionaries.LanguageModel)
	}
}

// BenchmarkMapBaseline is the baseline for BenchmarkScore: the same word
// sequence scored by one Go map lookup per trigram (packed IDs → float32),
// the plain way to hold n-grams, with no backoff at all.
func BenchmarkMapBaseline(b *testing.B) {
	m := embeddedModel(b)
	ids := benchIDs(b, m)
	table := make(map[uint64]float32, m.Header().NGrams[m.Order()-1])
	// fill with the model's own trigrams
	for w1 := 0; w1 < m.VocabSize(); w1++ {
		for h := m.child[0][w1]; h < m.child[0][w1+1]; h++ {
			w2 := m.ids[1][h]
			for j := m.child[1][h]; j < m.child[1][h+1]; j++ {
				table[uint64(w1)<<32|uint64(w2)<<16|uint64(m.ids[2][j])] = m.logProb(3, int32(j))
			}
		}
	}
	b.ResetTimer()
	var sink float32
	n := 0
	for b.Loop() {
		var h1, h2 WordID
		for _, id := range ids {
			sink += table[uint64(h2)<<32|uint64(h1)<<16|uint64(id)]
			h2, h1 = h1, id
		}
		n += len(ids)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
	_ = sink
}

// TestFindMatchesLinearSearch checks the trie search against a plain scan,
// on contexts with many children (frequent words) and few.
func TestFindMatchesLinearSearch(t *testing.T) {
	m := embeddedModel(t)
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		n := 1 + r.IntN(m.Order()-1)
		var p int32
		if n == 1 {
			p = int32(r.IntN(200)) // frequent words: long child lists
			if i%2 == 0 {
				p = int32(r.IntN(m.VocabSize()))
			}
		} else {
			p = int32(r.IntN(m.Header().NGrams[n-1]))
		}
		lo, hi := m.child[n-1][p], m.child[n-1][p+1]
		var w WordID
		if hi > lo && i%3 != 0 {
			w = WordID(m.ids[n][int(lo)+r.IntN(int(hi-lo))]) // a child
		} else {
			w = WordID(r.IntN(m.VocabSize()))
		}
		want := int32(-1)
		for j := lo; j < hi; j++ {
			if m.ids[n][j] == uint16(w) {
				want = int32(j)
			}
		}
		if got := m.find(n, p, w); got != want {
			t.Fatalf("find(order %d, node %d, word %d) = %d, want %d", n, p, w, got, want)
		}
	}
}
