package repair

import (
	"slices"
	"testing"
)

func TestCaseCuts(t *testing.T) {
	for w, want := range map[string][]int{
		"hoạtĐộng":  {len("hoạt")},
		"vàKế":      {len("và")},
		"UBNDhuyện": {len("UBN"), len("UBND")},
		"UBNDHuyện": {len("UBND"), len("UBNDH")},
		"iPhone":    nil, // one small letter is no part
		"ThS":       nil,
		"UBND":      nil,
		"Huyện":     nil,
		"TCTr":      {len("TC")},
	} {
		if got := caseCuts(w); !slices.Equal(got, want) {
			t.Errorf("caseCuts(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"UBNDhuyện": true, "CHỨCthực": true, "UBNDHuyện": true, "Huyện": false, "iPhone": false, "TCTr": false, "KhOACH": false} {
		if capsGlued(w) != want {
			t.Errorf("capsGlued(%q) = %v", w, !want)
		}
	}
}

// Words run together where the case changes are cut there when the context
// wants the two words, in correct and in stripped text; codes, names and
// words whose case change is their spelling stay as they are. The text is
// made for the test.
func TestRepairCutsAtCaseChange(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Các cơ quan, đơn vị vàKế hoạch của ủy ban.\n":     "Các cơ quan, đơn vị và Kế hoạch của ủy ban.\n",
		"Cac co quan, don vi vaKe hoach cua uy ban.\n":     "Các cơ quan, đơn vị và Kế hoạch của ủy ban.\n",
		"Ke hoach hoatDong cua hoi dong nhan dan tinh.\n":  "Kế hoạch hoạt Động của hội đồng nhân dân tỉnh.\n",
		"Ủy ban nhân dân huyệnĐồng Nai báo cáo kết quả.\n": "Ủy ban nhân dân huyện Đồng Nai báo cáo kết quả.\n",
		"Báo cáo của UBNDhuyện về việc thực hiện.\n":       "Báo cáo của UBND huyện về việc thực hiện.\n",
		"Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban.\n":    "Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban.\n",
		"Cán bộ mua iPhone tại TP.HCM để làm việc.\n":      "Cán bộ mua iPhone tại TP.HCM để làm việc.\n",
		"Giảng viên ThS. Nguyễn Văn An và PGS.TS Lê Hà.\n": "Giảng viên ThS. Nguyễn Văn An và PGS.TS Lê Hà.\n",
	})
}
