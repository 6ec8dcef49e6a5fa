package repair

import "testing"

// capsCodeWord finds capitals with one digit between them, and no code
// with its digits at the end or more than one.
func TestCapsCodeWord(t *testing.T) {
	for w, want := range map[string]bool{
		"NH1NG": true,
		"CH6NG": true,
		"QH15":  false,
		"H5N1":  false,
		"B6":    false,
		"KH1a":  false,
		"1CH":   false,
	} {
		if got := capsCodeWord(w); got != want {
			t.Errorf("capsCodeWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// In a heading in capitals a word whose capital vowel was read as a digit
// is read as the word; codes in the heading and outside it stay.
func TestCapsCodeRepairs(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"II. L1C LUONG VU TRANG\n":             "II. LỰC LƯỢNG VŨ TRANG\n",
		"III. PHONG CH6NG DICH H5N1 VA QH15\n": "III. PHÒNG CHỐNG DỊCH H5N1 VÀ QH15\n",
		"Can cu QD-UBND va KH1A cua tinh.\n":   "Căn cứ QĐ-UBND và KH1A của tỉnh.\n",
	})
}
