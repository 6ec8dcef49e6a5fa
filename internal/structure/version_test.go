package structure

import (
	"testing"

	"github.com/vidoc/vidoc/internal/contentversion"
)

// TestParserVersionFresh fails when the parser's sources changed (an edit, a
// merge) without parser_version.go being regenerated.
func TestParserVersionFresh(t *testing.T) {
	if err := contentversion.Stale("gen_version.go", "parser_version.go"); err != nil {
		t.Fatal(err)
	}
}
