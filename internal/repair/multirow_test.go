package repair

import (
	"strings"
	"testing"
)

// An engine with an English model reads v joined to ư as w, a letter no
// Vietnamese word has: the multi row "vư" → "w" of lookalikes.tsv. Text
// written for the test.
func TestVuReadAsW(t *testing.T) {
	wantReadings(t, realRepairer(t, Options{Damage: "legacy"}), map[string]string{
		"Nhan dan da wOt qua mqi kh6 khan.\n":              "vượt qua",
		"Kinh t~ cua tinh phat trien b~n wng.\n":           "bền vững",
		"Trong nam wa qua, tinh da hoan thanh k~ hoach.\n": "vừa qua",
		"Cay wOn len trong vuon nha.\n":                    "vươn",
	})
}

// wantReadings checks that r's repair of each input holds its wanted
// words, whatever it makes of the rest.
func wantReadings(t *testing.T, r *Repairer, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := repairText(t, r, in).Text; !strings.Contains(got, want) {
			t.Errorf("%q → %q, want %q in it", in, got, want)
		}
	}
}
