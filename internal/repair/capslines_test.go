package repair

import (
	"maps"
	"testing"
)

// A line is in capitals when most of its words in a clean case are: words
// in mixed case, their capitals the OCR's ("LQp", "ThU"), do not vote,
// unless the line has no other word.
func TestLinesInCapitalsIgnoresMixedCase(t *testing.T) {
	text := "Ban LQp ThU TV quyet dinh\nTHONGBAo\nCONG HOA xA HOI VIET NAM\nNhan dan HQc tAp\n"
	got := linesInCapitals(text, slotsOf(text))
	want := map[int]bool{1: true, 2: true}
	if !maps.Equal(got, want) {
		t.Errorf("linesInCapitals = %v, want %v", got, want)
	}
}
