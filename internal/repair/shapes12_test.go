package repair

import "testing"

// Legacy engines' shape confusions of a vowel with its marks (lookalikes.tsv):
// the dot below read as the tail of q, a marked a or ô read as d (its mark
// taken for d's ascender), a marked vowel broken into "ii", c's bowl closed
// into o, r run into ư as "nx" or "m", Đ read as O. Lines made for this test.
func TestLegacyMarkShapes(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"cai cach thu tqc hanh chinh\n":     "cải cách thủ tục hành chính\n",
		"theo quy dinh cua phdp luqt\n":     "theo quy định của pháp luật\n",
		"Bd truong Bd Tu phap\n":            "Bộ trưởng Bộ Tư pháp\n",
		"tii chuc hoi nghi tong ket\n":      "tổ chức hội nghị tổng kết\n",
		"ket qua cong tao cua cao don vi\n": "kết quả công tác của các đơn vị\n",
		"hoc sinh den tnxong dung gio\n":    "học sinh đến trường đúng giờ\n",
		"Oiêu 1. Pham vi dieu chinh\n":      "Điều 1. Phạm vi điều chỉnh\n",
	})
}

// A clean page's Roman numerals are no marked vowel broken into strokes:
// the "ii" rows are the legacy channel's alone.
func TestCleanRomanNumeralsKept(t *testing.T) {
	text := "1. Xã Tân Lợi. Hệ số 0,2\nII\nTỈNH HÀ GIANG\n1. Xã Minh Tân. Hệ số 0,5\nVII\nTỈNH YÊN BÁI\n1. Xã An Phú. Hệ số 0,2\nVIII\nTỈNH LAI CHÂU\n"
	r := realRepairer(t, Options{})
	if got := repairText(t, r, text).Text; got != text {
		t.Errorf("changed:\n%s", got)
	}
}
