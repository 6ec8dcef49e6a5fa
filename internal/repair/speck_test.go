package repair

import "testing"

// ư's horn drawn apart from its stem with a speck between ("i.r" and its
// kin) is read back as ư, and so is r run into ư's first stem with the
// speck after it.
func TestHornDrawnApartWithSpeck(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"làm theo hi.iàng dn cüa Ban\n":       "làm theo hướng dẫn của Ban\n",
		"ý kiên cüa ngi.tòi dân vê\n":         "ý kiến của người dân về\n",
		"hoàn thành tn.r&c ngày 30 tháng 6\n": "hoàn thành trước ngày 30 tháng 6\n",
	})
}

// l run into ư's first stem is read as h, the rest of ư as r or x.
func TestLRunIntoHorn(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"ngu0n nhân hrc cüa dja phuong\n":  "nguồn nhân lực của địa phương\n",
		"báo cáo sô hrqng và chât hrqng\n": "báo cáo số lượng và chất lượng\n",
		"bào dàm an toàn hrói dien\n":      "bảo đảm an toàn lưới điện\n",
		"can hxu ý các nôi dung sau\n":     "cần lưu ý các nội dung sau\n",
	})
}

// v read as the open 4 it resembles, the vowel after it lost with its
// marks, is read back from the context.
func TestVReadAsFour(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"theo công 4n sô 12 cüa Bô\n":       "theo công văn số 12 của Bộ\n",
		"co sö 4t chât và trang thiêt bi\n": "cơ sở vật chất và trang thiết bị\n",
		"xü lý 4i pham hành chInh\n":        "xử lý vi phạm hành chính\n",
	})
}
