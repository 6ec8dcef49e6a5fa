package repair

import "testing"

// A list number glued to the words it numbers, first on its line, is cut
// off, and the words after it are read as one syllable or two: the space
// lost after the number is written back.
func TestListNumberGlued(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"1.Muctiêu\n- Nâng cao nhn thirc cüa cán b\n":          "1. Mục tiêu\n- Nâng cao nhận thức của cán bộ\n",
		"dây dü.\n3.Nhiemvu\n- Các cAp üy tô chüc thirc hin\n": "đầy đủ.\n3. Nhiệm vụ\n- Các cấp ủy tổ chức thực hiện\n",
		"Ngay 2/9.\n12.T6chüc thirc hin\n":                     "Ngày 2/9.\n12. Tổ chức thực hiện\n",
	})
	c := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, c, map[string]string{
		"2.Yêu cầu chung\n": "2.Yêu cầu chung\n",
	})
}

func TestListNumberCut(t *testing.T) {
	for w, want := range map[string]int{
		"2.YêucAu": 2,
		"12.Muc":   3,
		"123.Muc":  0,
		"2.yeu":    0,
		"2.A":      0,
		"2.T6chüc": 2,
		"2.TW":     0,
		"2Yêu":     0,
	} {
		got, ok := listNumberCut(w)
		if !ok {
			got = 0
		}
		if got != want {
			t.Errorf("listNumberCut(%q) = %d, want %d", w, got, want)
		}
	}
}
