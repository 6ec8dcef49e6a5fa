package repair

import "testing"

// A syllable without a mark glued to a code by its slash or its dash
// keeps its small letters: mended to the nearest known part, "Kinh/BTC"
// became "KBNN/BTC", a country's last syllable "tin" became "TN" and "Ca"
// became "CA" (harms found by repairing correct legal text). A code's
// capitals read small ("Tu" for TU: u looks like U) are still mended. Text
// written for the test.
func TestPlainSyllableInCodeKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Phòng Kinh/BTC và Cục Tin/BTC trình Bộ trưởng.\n":   "Phòng Kinh/BTC và Cục Tin/BTC trình Bộ trưởng.\n",
		"Đoàn đi Pa-na-ma[3] và Xri Lan-Ca trong năm nay.\n": "Đoàn đi Pa-na-ma[3] và Xri Lan-Ca trong năm nay.\n",
		"Thực hiện Kế hoạch số 20/KH/Tu của Tỉnh ủy.\n":      "Thực hiện Kế hoạch số 20/KH/TU của Tỉnh ủy.\n",
	})
	for w, want := range map[string]bool{"Kinh": true, "tin": true, "Ca": true, "Tu": false, "Thuế": true, "Ubnd": false, "KINH": false, "Qđ": false} {
		if got := plainSyllable(w); got != want {
			t.Errorf("plainSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}
