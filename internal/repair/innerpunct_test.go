package repair

import "testing"

// A punctuation mark glued between letters is read as a damaged mark when
// the channel and the context prefer it, one syllable or two, cut where the
// letters say; real punctuation between words stays.
func TestInnerMarkReadAsDamage(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"ket qua ho;c tap cua sinh vien\n":       "kết quả học tập của sinh viên\n",
		"dang ky thu)ctap tai doanh nghiep\n":    "đăng ký thực tập tại doanh nghiệp\n",
		"mat hang xuat khau/nhap khau, gia ca\n": "mặt hàng xuất khẩu/nhập khẩu, giá cả\n",
		"(xem muc 3;4) va (a)\n":                 "(xem mục 3;4) và (a)\n",
	})
	s := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, s, map[string]string{
		"thoi gian ho;c tap tai truong\n":    "thời gian học tập tại trường\n",
		"cac muc a), b) va c);d) cua dieu\n": "các mục a), b) và c);d) của điều\n",
	})
	c := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, c, map[string]string{
		"Các mục a);b) và điểm c)\n": "Các mục a);b) và điểm c)\n",
	})
}

// innerRun finds a word, one mark and a word glued, and nothing with a
// space or a slash.
func TestInnerRun(t *testing.T) {
	for text, want := range map[string]bool{
		"ho;c":  true,
		"thu)c": true,
		"ho; c": false,
		"a/b":   false,
		"ho;":   false,
	} {
		if got := innerRun(text, slotsOf(text), 0); got != want {
			t.Errorf("innerRun(%q) = %v, want %v", text, got, want)
		}
	}
}
