package repair

import (
	"strings"
	"testing"
)

// A token with a digit or symbol for a mark is read as a Vietnamese
// syllable, not as a foreign word of the inventory that takes the
// placeholder for a plain letter.
func TestPlaceholderNotForeign(t *testing.T) {
	legacy := realRepairer(t, Options{Damage: "legacy"})
	for in, foreign := range map[string]string{
		"Can bo p6p nhat so lieu hang thang.\n":        "pop",
		"Ban chi dao da k1ng cac don vi truc thuoc.\n": "king",
	} {
		if got := repairText(t, legacy, in).Text; strings.Contains(got, foreign) {
			t.Errorf("%q → %q: the placeholder read as the foreign %q", in, got, foreign)
		}
	}
	wantRepairs(t, legacy, map[string]string{
		"Can bo p6p nhat so lieu hang thang.\n": "Cán bộ góp nhặt số liệu hàng tháng.\n",
	})
	for w, want := range map[string]bool{"s61ap/soap": true, "soap/soap": false, "X11/xii": false, "k1ng/không": false} {
		p := strings.Split(w, "/")
		if got := placeholderForeign(p[0], p[1]); got != want {
			t.Errorf("placeholderForeign(%q, %q) = %v, want %v", p[0], p[1], got, want)
		}
	}
}
