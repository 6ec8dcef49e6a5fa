package lm

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildReproducible builds the same corpus twice, from folders at
// different places, with a held-out text that removes one document: the
// two files must be the same bytes (no build time, no machine path, no
// dependence on map order), so a rebuild of lm.bin can be checked with cmp.
func TestBuildReproducible(t *testing.T) {
	build := func() []byte {
		root := t.TempDir()
		corpus := filepath.Join(root, "legal")
		held := filepath.Join(root, "held")
		for _, d := range []string{corpus, held} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		// Many documents with varied counts, so that every order has n-grams
		// of every count-of-count class and the maps have many buckets.
		var words = strings.Fields(toyCorpus)
		for i := 0; i < 40; i++ {
			var b strings.Builder
			for j := 0; j < 30; j++ {
				for k := 0; k < 12; k++ {
					b.WriteString(words[(i*7+j*5+k*k)%len(words)])
					b.WriteByte(' ')
				}
				b.WriteString(".\n")
			}
			writeFile(t, filepath.Join(corpus, "doc"+string(rune('a'+i%26))+string(rune('a'+i/26))+".txt"), b.String())
		}
		writeFile(t, filepath.Join(corpus, "copy.txt"), strings.Repeat(toyCorpus, 2))
		writeFile(t, filepath.Join(held, "dev.txt"), toyCorpus)
		var buf bytes.Buffer
		_, err := Build(context.Background(), BuildOptions{
			CorpusDirs: []string{corpus}, ExcludeDirs: []string{held}, Order: 4, MinCount: 2,
			Cutoffs: Cutoffs{0, 1, 1}, CompareCutoffs: []Cutoffs{{1, 1, 1}},
			Supplement: "Ban Thường vụ Huyện ủy\nỦy ban Kiểm tra\n", SupplementName: "terms.txt", SupplementWeight: 5,
		}, &buf)
		if err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	first := build()
	m, err := Load(string(first))
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header().Corpus.FilesExcluded; len(got) != 1 || got[0] != "legal/copy.txt" {
		t.Errorf("documents left out = %q, want [legal/copy.txt], named inside the corpus", got)
	}
	for i := 0; i < 3; i++ {
		if again := build(); !bytes.Equal(first, again) {
			t.Fatalf("rebuild %d differs from the first build (%d and %d bytes)", i+1, len(first), len(again))
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
