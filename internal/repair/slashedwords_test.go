package repair

import "testing"

func TestSlashedWords(t *testing.T) {
	for core, want := range map[string]bool{
		"Tỉnh/Thành": true, "Sở/Ngành": true, "và/hoặc": true,
		"NQ/TU": false, "CV/Tu": false, "Ct/Tu": false, "QĐ-UBND": false, "Tỉnh/UBND": false,
		"12/Tỉnh": false, "Tỉnh": false, "Tỉnh/": false,
	} {
		if got := slashedWords(core); got != want {
			t.Errorf("slashedWords(%q) = %v, want %v", core, got, want)
		}
	}
}

// Words joined by a slash are words, not a code whose parts the code
// rules put in capitals; codes keep being mended.
func TestSlashedWordsRepair(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Hồ sơ do Thuế Tỉnh/Thành phố tiếp nhận.\n":   "Hồ sơ do Thuế Tỉnh/Thành phố tiếp nhận.\n",
		"Các Sở/Ngành phối hợp thực hiện.\n":          "Các Sở/Ngành phối hợp thực hiện.\n",
		"Ho so do Thue Tinh/Thanh pho tiep nhan.\n":   "Hồ sơ do Thuế Tỉnh/Thành phố tiếp nhận.\n",
		"Căn cứ Công văn số 12-CV/Tu của Thành ủy.\n": "Căn cứ Công văn số 12-CV/TU của Thành ủy.\n",
	})
}
