package repair

import (
	"testing"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// slashPair finds two words in small letters joined by a slash, and no
// code in capitals, number, date or run of three parts.
func TestSlashPair(t *testing.T) {
	for w, want := range map[string]bool{
		"thu/ch1":       true,
		"nhap/xu6t":     true,
		"KH/TU":         false,
		"nhap/XU6t":     false,
		"15/2020/nd-cp": false,
		"2/3a":          false,
		"a/b1":          false,
		"thu/chi/ra":    false,
	} {
		if _, _, got := slashPair(w); got != want {
			t.Errorf("slashPair(%q) = %v, want %v", w, got, want)
		}
	}
}

// Two words joined by a slash, a marked vowel read as a digit, are read as
// words, not mended as a code in capitals; codes stay codes.
func TestSlashPairRepairs(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"Bao cao tinh hinh thu/ch1 ngan sach cua don vi.\n":         "Báo cáo tình hình thu/chi ngân sách của đơn vị.\n",
		"Can cu Thong tu 12/2021/TT-BTC va Quyet dinh 5/QD-UBND.\n": "Căn cứ Thông tư 12/2021/TT-BTC và Quyết định 5/QĐ-UBND.\n",
	})
	if a := l.slashPairArcs(l.channels.Get(errmodel.Clean), "thu/ch1"); a != nil {
		t.Errorf("clean text: slashPairArcs = %v, want none", a)
	}
}
