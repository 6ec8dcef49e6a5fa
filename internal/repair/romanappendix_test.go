package repair

import "testing"

// Appendices are numbered as parts are, in Roman numerals, and one
// inserted after another takes a small letter: read as words, "Phụ lục
// số XII" became "Phụ lục số II" and "Phụ lục IIa" "Phụ lục Iia" (harms
// found by repairing correct legal text). Text written for the test.
func TestRomanAppendixNumbers(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Nộp hồ sơ theo Phụ lục số XII và Phụ lục IIa của Nghị định.\n": "Nộp hồ sơ theo Phụ lục số XII và Phụ lục IIa của Nghị định.\n",
	})
	for w, want := range map[string]bool{"IIa": true, "XIb": true, "Iia": false, "II": false, "ABa": false} {
		if got := romanInserted(w); got != want {
			t.Errorf("romanInserted(%q) = %v, want %v", w, got, want)
		}
	}
}
