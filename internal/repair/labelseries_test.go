package repair

import "testing"

// Labels of one capital and one digit listed together on a line are kept
// as written, by text-only repair too: read as syllables they lost their
// digits ("A1" as "A") or had them read as marks ("B2" as "Bà"). A lone
// capital and digit is still a syllable that may be damaged, and a mark
// lost elsewhere on the line is still put back. Text written for the
// test.
func TestLabelSeriesKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Khu đất được giới hạn bởi các mốc C1, C2, C3, C4 và C5 theo bản vẽ.\n": "Khu đất được giới hạn bởi các mốc C1, C2, C3, C4 và C5 theo bản vẽ.\n",
		"Hai ô đất B1 và B4 dành cho nhà ở xã hội.\n":                           "Hai ô đất B1 và B4 dành cho nhà ở xã hội.\n",
		"Hai ô đất B1 và B4 dành cho nha ở xã hội.\n":                           "Hai ô đất B1 và B4 dành cho nhà ở xã hội.\n",
	})
}

func TestMarkLabelSeries(t *testing.T) {
	for text, want := range map[string]int{
		"mốc C1, C2 và C3\n": 3, // three labels of one capital
		"ô B1 và B1\n":       0, // one label twice: no series
		"ô B1 và C2\n":       0, // two capitals
		"ô B1\nvà B2\n":      0, // two lines
		"ô B12 và B2\n":      0, // B12 is a code already; B2 alone
	} {
		n := 0
		for _, s := range markLabelSeries(text, slotsOf(text)) {
			if _, _, ok := capitalDigit(text, slot{start: s.start, end: s.end, kind: slotWord}); ok && s.kind == slotCode {
				n++
			}
		}
		if n != want {
			t.Errorf("%q: %d labels made codes, want %d", text, n, want)
		}
	}
}
