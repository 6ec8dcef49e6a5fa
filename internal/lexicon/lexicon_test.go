package lexicon

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// mustDefault loads the inventory and word list committed in dictionaries/,
// as `vidoc dict build` wrote them.
func mustDefault(t testing.TB) *Lexicon {
	t.Helper()
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "dictionaries", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	l, err := Load(read(SyllablesFile), read(WordsFile), read(AdminTermsFile))
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

func BenchmarkContains(b *testing.B) {
	l := mustDefault(b)
	words := []string{"huyện", "Huyện", "uỷ", "tht", "và", "nghiêng"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		l.Contains(words[i%len(words)])
	}
}
