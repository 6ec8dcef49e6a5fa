package repair

import "testing"

// The embedded legacy channel keeps every hand look-alike of a letter on
// top of its learned rows ("ll" for ủ used to fall to a cut among ties).
func TestLookAlikesKeptInLegacy(t *testing.T) {
	cs, err := embeddedErrorModel()
	if err != nil {
		t.Fatal(err)
	}
	ch := cs.get(chanLegacy)
	for _, letter := range []rune{'ủ', 'ụ', 'ư', 'ờ', 'ê', 'h'} {
		have := map[string]bool{}
		for _, e := range ch.emit[letter] {
			have[e.observed] = true
		}
		for _, o := range lookAlikes[toneless(letter)] {
			if !have[o] {
				t.Errorf("legacy %q lacks look-alike %q", letter, o)
			}
		}
	}
}
