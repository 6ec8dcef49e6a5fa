package repair

import (
	"strings"
	"testing"
)

// capitalNumber finds one capital before a number no damaged syllable
// writes, not a syllable's digit look-alikes.
func TestCapitalNumber(t *testing.T) {
	for w, want := range map[string]bool{
		"D12": true, "K73": true, "C18+": true, "A101": true, "B20": true,
		"B6": false, "K8": false, "T65": false, "T06": false, "C18": false, "T6t": false, "d12": false, "Đ12": false, "12": false, "D+": false, "QH15": false,
	} {
		if got := capitalNumber(w); got != want {
			t.Errorf("capitalNumber(%q) = %v, want %v", w, got, want)
		}
	}
}

// Class and course codes of one capital and a number stay as written, in
// clean text and in damaged text; a digit read for a vowel after a capital
// is still repaired. Text written for the test.
func TestCapitalNumberCodesKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Học viên lớp K73 và lớp A12+ thi vào tuần sau.\n": "Học viên lớp K73 và lớp A12+ thi vào tuần sau.\n",
	})
	l := realRepairer(t, Options{Damage: "legacy"})
	if got := repairText(t, l, "Sinh vien c6 l6p K73 va l6p A12+ dang ky tu~n sau.\n").Text; !strings.Contains(got, " K73 ") || !strings.Contains(got, " A12+ ") || !strings.Contains(got, " lớp ") {
		t.Errorf("legacy codes: %q", got)
	}
	wantRepairs(t, l, map[string]string{
		"B6 truong giao nhiem vu cho cac l6p.\n": "Bộ trưởng giao nhiệm vụ cho các lớp.\n",
	})
}

// A unit's name glued by its slash to the ministry it belongs to keeps
// its word: a syllable with a mark is no damaged code part, where the
// nearest known part wrote "chế" as "CHÚ" and "Thuế" as "TH" (a harm
// found on new legal pages). A damaged part of a code is still mended.
// Text written for the test.
func TestMarkedSyllableBeforeCodeKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Vụ Pháp chế/BTC và Cục Thuế/BTC phối hợp thực hiện.\n":            "Vụ Pháp chế/BTC và Cục Thuế/BTC phối hợp thực hiện.\n",
		"Giao Cục Tài chính/BQP chủ trì, Quyết định số 12/2024/Qđ-UBND.\n": "Giao Cục Tài chính/BQP chủ trì, Quyết định số 12/2024/QĐ-UBND.\n",
	})
	for w, want := range map[string]bool{"chính": true, "Thuế": true, "Qđ": false, "Ubnd": false, "Thu": false, "CHÍNH": false} {
		if got := markedSyllable(w); got != want {
			t.Errorf("markedSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}
