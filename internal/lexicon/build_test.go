package lexicon

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCorpus writes a small corpus in which "ủy ban" and "nhân dân" are
// collocations, "buýt" is a frequent loan syllable and "xin" is frequent.
func writeCorpus(t *testing.T) (corpus, dic, out string) {
	t.Helper()
	dir := t.TempDir()
	corpus = filepath.Join(dir, "corpus")
	if err := os.MkdirAll(filepath.Join(corpus, "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i := range 60 {
		b.WriteString("Ủy ban nhân dân xã họp, xe buýt chạy.\n")
		b.WriteString("Uỷ ban Nhân dân quyết định số 12/2024 về việc xin ý kiến.\n")
		if i%2 == 0 {
			b.WriteString("Hòa bình, hoà hợp và thủy lợi; the end.\n")
		}
	}
	b.WriteString("tht ngk hoácc\n")
	b.WriteString("Ban Thường vụ Huyện uỷ họp. Huyện ủy chỉ đạo.\n")
	if err := os.WriteFile(filepath.Join(corpus, "a", "one.txt"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "README.md"), []byte("không đếm tệp này\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dic = filepath.Join(dir, "vi.dic")
	if err := os.WriteFile(dic, []byte("5\nthuỷ\nkhoẻ/AB\nHĐND\nnghiêng\nhoà\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out = filepath.Join(dir, "out")
	return corpus, dic, out
}

func TestBuild(t *testing.T) {
	corpus, dic, out := writeCorpus(t)
	st, err := Build(context.Background(), BuildOptions{CorpusDirs: []string{corpus}, Hunspell: dic, OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 1 {
		t.Errorf("read %d files, want 1 (README.md skipped)", st.Files)
	}
	syl, err := os.ReadFile(filepath.Join(out, SyllablesFile))
	if err != nil {
		t.Fatal(err)
	}
	words, err := os.ReadFile(filepath.Join(out, WordsFile))
	if err != nil {
		t.Fatal(err)
	}
	l, err := Load(string(syl), string(words), "")
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != st.Syllables {
		t.Errorf("loaded %d syllables, Build reported %d", l.Len(), st.Syllables)
	}
	if got := l.Count("ủy"); got != 122 {
		t.Errorf("Count(ủy) = %d, want 122 (old and new style merged)", got)
	}
	if got := l.Count("hòa"); got != 60 {
		t.Errorf("Count(hòa) = %d, want 60", got)
	}
	for _, s := range []string{"khỏe", "nghiêng", "thủy"} { // from hunspell, normalised to old style
		if !l.Contains(s) {
			t.Errorf("hunspell syllable %q missing", s)
		}
	}
	if !l.IsLoan("buýt") {
		t.Error("buýt not flagged as a loan syllable")
	}
	// junk, abbreviations, English and README.md text stay out ("the" is Vietnamese: gauze)
	for _, s := range []string{"tht", "ngk", "hoácc", "hđnd", "end", "không"} {
		if l.Contains(s) {
			t.Errorf("inventory holds %q", s)
		}
	}
	for _, w := range []string{"ủy ban nhân dân", "nhân dân"} {
		if !l.IsWord(w) {
			t.Errorf("collocation %q not mined", w)
		}
	}
	if l.IsWord("ủy ban nhân") {
		t.Error("fragment ủy ban nhân kept beside ủy ban nhân dân")
	}
	if w, _ := l.Word("Huyện ủy"); w.Count != 2 || w.Source != "admin" {
		t.Errorf("admin term huyện ủy: %+v, want counted twice (both tone styles)", w)
	}
	if st.AdminTerms == 0 || !l.IsWord("ban thường vụ") {
		t.Errorf("admin terms not merged (%d)", st.AdminTerms)
	}
}

func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Build(ctx, BuildOptions{CorpusDirs: []string{t.TempDir()}, OutDir: t.TempDir()}); err == nil {
		t.Error("empty corpus accepted")
	}
	missing := filepath.Join(t.TempDir(), "nope")
	if _, err := Build(ctx, BuildOptions{CorpusDirs: []string{missing}, OutDir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing corpus: %v", err)
	}
	corpus, _, out := writeCorpus(t)
	if _, err := Build(ctx, BuildOptions{CorpusDirs: []string{corpus}, Hunspell: "/nonexistent.dic", OutDir: out}); err == nil {
		t.Error("missing hunspell file accepted")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Build(cctx, BuildOptions{CorpusDirs: []string{corpus}, OutDir: out}); err == nil {
		t.Error("cancelled build succeeded")
	}
}
