package dictionaries

import (
	"testing"

	"github.com/vidoc/vidoc/internal/contentversion"
)

// TestVersionsFresh fails when a data file changed (a rebuild, a merge)
// without versions.go being regenerated: the scan manifest would then keep
// outputs made with the old data as if they were current.
func TestVersionsFresh(t *testing.T) {
	if err := contentversion.Stale("gen_versions.go", "versions.go"); err != nil {
		t.Fatal(err)
	}
}

// TestVersionsOfEmbeddedData checks the generated versions against the
// bytes actually embedded, not only against the files on disk.
func TestVersionsOfEmbeddedData(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{LexiconVersion, contentversion.Strings("lexicon", AdminTerms, Casing)},
		{LMVersion, contentversion.Strings("lm", LanguageModel)},
		{ErrorModelVersion, contentversion.Strings("errmodel", ErrorModel, LookAlikes, English)},
	} {
		if c.got != c.want {
			t.Errorf("version %s, embedded data hashes to %s: run `go generate ./...`", c.got, c.want)
		}
	}
}
