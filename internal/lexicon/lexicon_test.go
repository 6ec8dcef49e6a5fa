package lexicon

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

func mustDefault(t testing.TB) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestInventorySizeAndContents(t *testing.T) {
	l := mustDefault(t)
	if n := l.Len(); n < 6500 || n > 12000 {
		t.Errorf("inventory has %d syllables, want about 7,000-9,000", n)
	}
	for _, s := range []string{"nghiêng", "quốc", "gì", "huyện", "ủy", "hòa", "thủy", "khỏe", "giếng", "người", "được"} {
		if !l.Contains(s) {
			t.Errorf("inventory lacks %q", s)
		}
	}
	// both tone styles and any case find the same entry
	for _, s := range []string{"uỷ", "hoà", "Thuỷ", "KHOẺ", "ỦY"} {
		if !l.Contains(s) {
			t.Errorf("Contains(%q) = false", s)
		}
	}
	for _, s := range []string{"tht", "ngk", "hoácc", "uỷy", ""} {
		if l.Contains(s) {
			t.Errorf("Contains(%q) = true", s)
		}
	}
	if n := l.Indexed(); n < 6500 || n > l.Len() {
		t.Errorf("candidate index offers %d of %d syllables", n, l.Len())
	}
	if l.Count("và") < 100000 {
		t.Errorf("Count(và) = %d, want the corpus's most frequent syllables counted", l.Count("và"))
	}
	if !l.IsLoan("buýt") || l.IsLoan("huyện") {
		t.Errorf("IsLoan(buýt)=%v IsLoan(huyện)=%v", l.IsLoan("buýt"), l.IsLoan("huyện"))
	}
}

// Every inventory syllable parses and composes back to itself; the ones not
// flagged as loans are valid; old- and new-style spellings convert both ways.
func TestInventoryRoundTrip(t *testing.T) {
	l := mustDefault(t)
	for i := range l.Len() {
		text := l.Syllable(i)
		s, ok := viet.Parse(text)
		if !ok {
			t.Errorf("inventory syllable %q does not parse", text)
			continue
		}
		if got := s.Compose(viet.StyleOld); got != text {
			t.Errorf("Parse(%q).Compose(old) = %q", text, got)
		}
		if l.flags[i]&flagLoan == 0 && !s.Valid() {
			t.Errorf("inventory syllable %q is not valid", text)
		}
		newStyle := s.Compose(viet.StyleNew)
		if back := viet.ConvertTone(newStyle, viet.StyleOld); back != text {
			t.Errorf("%q → new %q → old %q", text, newStyle, back)
		}
		if s2, ok := viet.Parse(newStyle); !ok || s2.Compose(viet.StyleOld) != text {
			t.Errorf("new-style %q does not parse back to %q", newStyle, text)
		}
	}
}

// The repair engine maps candidates to language-model units: every
// inventory spelling, and its new-style spelling, must be the unit the
// tokenizer makes of it.
func TestInventorySpellingsAreLMUnits(t *testing.T) {
	l := mustDefault(t)
	var buf []byte
	for i := range l.Len() {
		text := l.Syllable(i)
		s, _ := viet.Parse(text)
		for _, spelling := range []string{text, s.Compose(viet.StyleNew), viet.CarryCase("A", text)} {
			buf = token.AppendWordUnit(buf[:0], spelling)
			if string(buf) != text {
				t.Errorf("token unit of %q is %q, want %q", spelling, buf, text)
			}
		}
	}
}

func TestWordList(t *testing.T) {
	l := mustDefault(t)
	if l.Words() < 5000 {
		t.Errorf("word list has %d entries", l.Words())
	}
	for _, w := range []string{"ủy ban nhân dân", "Ủy ban nhân dân", "ban thường vụ", "Huyện uỷ", "mặt trận tổ quốc", "bộ chính trị", "quyết định", "kinh tế"} {
		if !l.IsWord(w) {
			t.Errorf("IsWord(%q) = false", w)
		}
	}
	for _, w := range []string{"của các", "và được", "huyện"} {
		if l.IsWord(w) {
			t.Errorf("IsWord(%q) = true", w)
		}
	}
	if len(l.AdminTerms()) < 300 {
		t.Errorf("only %d admin terms", len(l.AdminTerms()))
	}
}

func contains(cs []Candidate, syl string) (Candidate, bool) {
	for _, c := range cs {
		if c.Syllable == syl {
			return c, true
		}
	}
	return Candidate{}, false
}

func TestVariants(t *testing.T) {
	l := mustDefault(t)
	for _, tt := range []struct{ token, want string }{
		{"thuc", "thực"}, {"Ke", "kế"}, {"uy", "ủy"}, {"huyen", "huyện"}, {"HOACH", "hoạch"},
		{"dang", "đảng"}, {"Kê", "kế"}, {"quyet", "quyết"}, {"nghieng", "nghiêng"},
	} {
		vs := l.Variants(tt.token)
		if _, ok := contains(vs, tt.want); !ok {
			t.Errorf("Variants(%q) lacks %q: %v", tt.token, tt.want, vs)
		}
		for i := 1; i < len(vs); i++ {
			if vs[i].Count > vs[i-1].Count {
				t.Errorf("Variants(%q) not by descending count at %d", tt.token, i)
			}
			if viet.Skeleton(vs[i].Syllable) != viet.Skeleton(tt.token) {
				t.Errorf("Variants(%q) has %q", tt.token, vs[i].Syllable)
			}
		}
	}
	if got := viet.CarryCase("Ke", l.Variants("Ke")[0].Syllable); got != "Kế" {
		t.Errorf("most frequent variant of Ke with its case = %q, want Kế", got)
	}
	if vs := l.Variants("xzq"); len(vs) != 0 {
		t.Errorf("Variants(xzq) = %v", vs)
	}
}

func TestNear(t *testing.T) {
	l := mustDefault(t)
	s := l.NewSearcher(nil)
	for _, tt := range []struct{ token, want string }{
		{"Huyn", "huyện"}, {"dt", "đất"}, {"phn", "phồn"}, {"1ut", "luật"}, {"thirc", "thực"},
		{"chInh", "chính"}, {"Thuc", "thực"}, {"hoach", "hoạch"}, {"nhan", "nhân"},
	} {
		cs := s.Near(tt.token, 2, nil)
		c, ok := contains(cs, tt.want)
		if !ok {
			t.Errorf("Near(%q) lacks %q (%d candidates)", tt.token, tt.want, len(cs))
			continue
		}
		t.Logf("Near(%q): %q at cost %.1f among %d", tt.token, tt.want, c.Cost, len(cs))
		for i := 1; i < len(cs); i++ {
			if cs[i].Cost < cs[i-1].Cost {
				t.Fatalf("Near(%q) not sorted by cost", tt.token)
			}
		}
	}
	// exact skeleton matches first, at cost 0
	cs := s.Near("thuc", 1, nil)
	if len(cs) == 0 || cs[0].Cost != 0 || viet.Skeleton(cs[0].Syllable) != "thuc" {
		t.Errorf("Near(thuc) starts with %v", cs[:min(3, len(cs))])
	}
	// a tighter budget returns a subset
	if a, b := len(s.Near("Huyn", 0.6, nil)), len(s.Near("Huyn", 2, nil)); a == 0 || a > b {
		t.Errorf("Near(Huyn) sizes: budget 0.6 → %d, budget 2 → %d", a, b)
	}
}

// A caller's cost model changes the ranking.
type flatCost struct{}

func (flatCost) Substitute(want, got rune) float64 {
	if want == got {
		return 0
	}
	return 1
}
func (flatCost) Insert(rune) float64         { return 1 }
func (flatCost) Delete(rune) float64         { return 1 }
func (flatCost) Transpose(a, b rune) float64 { return 1 }

func TestNearPairConfusions(t *testing.T) {
	l := mustDefault(t)
	s := l.NewSearcher(nil)
	for _, tt := range []struct {
		token, want string
		cost        float64
	}{{"thirc", "thực", 0.5}, {"clieu", "điều", 0.5}, {"rnột", "một", 0.5}, {"Tiiy", "tùy", 0.5}} {
		c, ok := contains(s.Near(tt.token, 2, nil), tt.want)
		if !ok || c.Cost != tt.cost {
			t.Errorf("Near(%q): %q found=%v at cost %.2f, want %.2f", tt.token, tt.want, ok, c.Cost, tt.cost)
		}
	}
}

func TestNearCostModel(t *testing.T) {
	l := mustDefault(t)
	ocr := l.NewSearcher(nil).Near("Huyn", 2, nil)
	flat := l.NewSearcher(flatCost{}).Near("Huyn", 2, nil)
	co, _ := contains(ocr, "huyện")
	cf, _ := contains(flat, "huyện")
	if co.Cost != 0.6 || cf.Cost != 1 {
		t.Errorf("cost of huyện for Huyn: OCRCost %.2f, flat %.2f; want 0.6 and 1", co.Cost, cf.Cost)
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	l := mustDefault(t)
	s := l.NewSearcher(nil)
	dst := make([]Candidate, 0, 4096)
	s.Near("Huyn", 2, dst) // grow scratch
	for name, f := range map[string]func(){
		"Variants": func() { l.Variants("thuc") },
		"Contains": func() { l.Contains("huyện") },
		"Near":     func() { dst = s.Near("Huyn", 2, dst[:0]) },
	} {
		if n := testing.AllocsPerRun(50, f); n != 0 {
			t.Errorf("%s allocates %.1f times per call", name, n)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	for _, bad := range []string{"", "a\t1\n", "a\tx\tc\n", "a\t1\tz\n", "a\t1\tc\na\t2\tc\n"} {
		if _, err := Load(bad, "", ""); err == nil {
			t.Errorf("Load(%q) accepted", bad)
		}
	}
	if _, err := Load("a\t1\tc\n", "x y\t1\n", ""); err == nil {
		t.Error("bad words.tsv accepted")
	}
}

// Tokens of the kinds the repair engine meets: damaged tokens of four or
// more letters, and short ones, whose neighbourhoods are far larger.
var (
	benchLong   = []string{"Huyn", "thirc", "chInh", "nghieng", "quyet", "hoach", "clieu", "Tiiy", "nhan", "thuc"}
	benchShort  = []string{"dt", "Ke", "uy", "phn", "1ut", "cua"}
	benchTokens = append(append([]string(nil), benchLong...), benchShort...)
)

func BenchmarkVariants(b *testing.B) {
	l := mustDefault(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		l.Variants(benchTokens[i%len(benchTokens)])
	}
}

// BenchmarkNear measures Near at budget 2 (the index radius); the
// brute-force sub-benchmark is the baseline: the same search scanning every
// skeleton instead of the deletion index.
func BenchmarkNear(b *testing.B) {
	l := mustDefault(b)
	for _, bc := range []struct {
		name   string
		tokens []string
	}{{"long", benchLong}, {"short", benchShort}, {"mixed", benchTokens}} {
		b.Run(bc.name, func(b *testing.B) {
			s := l.NewSearcher(nil)
			var dst []Candidate
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				clear(s.cache) // uncached: every query searched
				dst = s.Near(bc.tokens[i%len(bc.tokens)], 2, dst[:0])
			}
		})
	}
	b.Run("cached", func(b *testing.B) {
		s := l.NewSearcher(nil)
		var dst []Candidate
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			dst = s.Near(benchTokens[i%len(benchTokens)], 2, dst[:0])
		}
	})
	b.Run("brute-force", func(b *testing.B) {
		s := l.NewSearcher(nil)
		var buf []byte
		for i := 0; b.Loop(); i++ {
			buf = viet.AppendSkeleton(buf[:0], benchTokens[i%len(benchTokens)])
			s.a = appendRunes(s.a[:0], buf)
			s.prepare()
			for _, sk := range l.skeletons {
				s.distance(sk, 2)
			}
		}
	})
}

func BenchmarkContains(b *testing.B) {
	l := mustDefault(b)
	words := []string{"huyện", "Huyện", "uỷ", "tht", "và", "nghiêng"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		l.Contains(words[i%len(words)])
	}
}

func BenchmarkLoad(b *testing.B) {
	l := mustDefault(b) // make sure the embedded data is good
	_ = l
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

// The deletion index finds every indexed syllable whose skeleton is within
// two edits of the query: damage frequent syllables with two random edits and
// check each comes back.
func TestNearRecallUnderRandomDamage(t *testing.T) {
	l := mustDefault(t)
	s := l.NewSearcher(flatCost{})
	rng := rand.New(rand.NewPCG(1, 2))
	letters := "abcdeghiklmnopqrstuvxy"
	damage := func(w []byte) []byte {
		switch i := rng.IntN(len(w) + 1); rng.IntN(3) {
		case 0: // insert
			return slices.Insert(w, i, letters[rng.IntN(len(letters))])
		case 1: // delete
			if i < len(w) && len(w) > 1 {
				return slices.Delete(w, i, i+1)
			}
		default: // substitute
			if i < len(w) {
				w[i] = letters[rng.IntN(len(letters))]
			}
		}
		return w
	}
	for i := range 400 {
		want := l.Syllable(i * 10)
		if l.count[i*10] < indexMinCount && l.flags[i*10]&flagHunspell == 0 {
			continue
		}
		q := damage(damage([]byte(viet.Skeleton(want))))
		if _, ok := contains(s.Near(string(q), 2, nil), want); !ok {
			t.Errorf("Near(%q) lacks %q", q, want)
		}
	}
}

// One Lexicon serves many goroutines, each with its own Searcher (run with -race).
func TestConcurrentUse(t *testing.T) {
	l := mustDefault(t)
	want := len(l.NewSearcher(nil).Near("Huyn", 2, nil))
	done := make(chan int)
	for range 4 {
		go func() {
			s := l.NewSearcher(nil)
			n := 0
			for range 20 {
				n = len(s.Near("Huyn", 2, nil))
				l.Variants("thuc")
				l.Contains("huyện")
			}
			done <- n
		}()
	}
	for range 4 {
		if n := <-done; n != want {
			t.Errorf("concurrent Near found %d candidates, want %d", n, want)
		}
	}
}
