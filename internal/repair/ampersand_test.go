package repair

import "testing"

// A Đ read as D in the initials of fields joined by "&" is put back where
// the block's damage loses marks; one letter, small letters and correct
// text are kept.
func TestAmpersandĐ(t *testing.T) {
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Sở KH&DT tỉnh đã có văn bản gửi các sở, ngành.\n": "Sở KH&ĐT tỉnh đã có văn bản gửi các sở, ngành.\n",
		"Trung tâm R&D của công ty mở cửa vào thứ hai.\n":  "Trung tâm R&D của công ty mở cửa vào thứ hai.\n",
	})
	stripped := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, stripped, map[string]string{
		"Phong KH&DT huyen da gui bao cao.\n": "Phòng KH&ĐT huyện đã gửi báo cáo.\n",
	})
	clean := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, clean, map[string]string{
		"Sở KH&DT tỉnh đã có văn bản gửi các sở, ngành.\n": "Sở KH&DT tỉnh đã có văn bản gửi các sở, ngành.\n",
	})
	if got, ok := legacy.codes.ampersandĐ("Kh&Dt"); ok {
		t.Errorf("ampersandĐ(Kh&Dt) = %q, want it kept", got)
	}
}
