package repair

import (
	"strings"
	"testing"
)

// An engine with an English model reads v joined to ư as w, a letter no
// Vietnamese word has: the multi row "vư" → "w" of lookalikes.tsv. Text
// written for the test.
func TestVuReadAsW(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	for in, want := range map[string]string{
		"Nhan dan da wOt qua mqi kh6 khan.\n":              "vượt qua",
		"Kinh t~ cua tinh phat trien b~n wng.\n":           "bền vững",
		"Trong nam wa qua, tinh da hoan thanh k~ hoach.\n": "vừa qua",
		"Cay wOn len trong vuon nha.\n":                    "vươn",
	} {
		if got := repairText(t, r, in).Text; !strings.Contains(got, want) {
			t.Errorf("%q → %q, want %q in it", in, got, want)
		}
	}
}
