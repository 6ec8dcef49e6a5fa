package repair

import "testing"

// A lone letter two spaces after a word may be the end of a syllable the
// OCR split ("ho  p" for "hợp"); a whole word that far away is not.
func TestJoinableAcrossDoubleSpace(t *testing.T) {
	for text, want := range map[string]bool{
		"ho p":    true,
		"ho  p":   true,
		"ho  tac": false,
		"ho   p":  false,
	} {
		s := slotsOf(text)
		if len(s) != 2 {
			t.Fatalf("%q: %d slots", text, len(s))
		}
		if s[1].joinable != want {
			t.Errorf("%q: joinable %v, want %v", text, s[1].joinable, want)
		}
	}
}
