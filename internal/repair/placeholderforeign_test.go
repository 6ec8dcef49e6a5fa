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
	for w, want := range map[string]bool{"soap": true, "king": true, "xii": false, "không": false} {
		if got := foreignReading(w); got != want {
			t.Errorf("foreignReading(%q) = %v, want %v", w, got, want)
		}
	}
}
