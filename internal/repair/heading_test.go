package repair

import (
	"strings"
	"testing"
)

// Words in capitals on a heading line are words, damaged or not, and are
// repaired in capitals; abbreviations the corpus knows (UBND, HĐND, VPHU)
// and those without vowels (MTTQ) stay as they are.
func TestHeadingWordsRepaired(t *testing.T) {
	for _, damage := range []string{"legacy", "stripped"} {
		r := realRepairer(t, Options{Damage: damage})
		for in, want := range map[string]string{
			"II. KET QUA TRIEN KHAI NHIEM VU\n":    "II. KẾT QUẢ TRIỂN KHAI NHIỆM VỤ\n",
			"UBND TINH VA HDND HUYEN, MTTQ VPHU\n": "UBND TỈNH VÀ HĐND HUYỆN, MTTQ VPHU\n",
		} {
			if got := repairText(t, r, in).Text; got != want {
				t.Errorf("%s: %q → %q, want %q", damage, in, got, want)
			}
		}
	}
}

func TestHeadingWord(t *testing.T) {
	r := realRepairer(t, Options{})
	for w, want := range map[string]bool{
		"TRIEN": true, "KIIAI": true, "THIJ'C": true, "HIN": true,
		"UBND": false, "HĐND": false, "MTTQ": false, "VPHU": false, "TW": false,
	} {
		if got := r.headingWord(w); got != want {
			t.Errorf("headingWord(%q) = %v, want %v", w, got, want)
		}
	}
	// The line test: mostly capitals.
	text := "KE HOACH TRIEN KHAI\nThực hiện KE hoạch này\n"
	lines := linesInCapitals(text, slotsOf(text))
	if !lines[0] || lines[1] {
		t.Errorf("linesInCapitals(%q) = %v", strings.TrimSpace(text), lines)
	}
}
