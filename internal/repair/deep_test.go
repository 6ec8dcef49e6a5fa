package repair

import "testing"

// An English word between words that read as Vietnamese, in damaged text,
// is a look-alike the channel had no row for ("teen" for trên): the deeper
// search reads it as a syllable when the context asks for one. Foreign
// words, names and words of correct text are kept.
func TestForeignLookAlikes(t *testing.T) {
	s := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, s, map[string]string{
		"ket qua duoc dang teen cong thong tin cua tinh\n":     "kết quả được đăng trên cổng thông tin của tỉnh\n",
		"thi teen may tinh tai phong hoc\n":                    "thi trên máy tính tại phòng học\n",
		"sinh vien dung email va Facebook de dang ky online\n": "sinh viên dùng email và Facebook để đăng ký online\n",
		"Ong John Smith la giang vien cua truong\n":            "Ông John Smith là giảng viên của trường\n",
	})
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"Nhà truòng tô chúc thi teen máy tính\n": "Nhà trường tổ chức thi trên máy tính\n",
	})
	c := realRepairer(t, Options{})
	wantRepairs(t, c, map[string]string{
		"Người dân nộp hồ sơ online qua email hoặc Facebook.\n":        "Người dân nộp hồ sơ online qua email hoặc Facebook.\n",
		"Ông John Smith, giảng viên trường teen, dạy môn tiếng Anh.\n": "Ông John Smith, giảng viên trường teen, dạy môn tiếng Anh.\n",
	})
}

// A scanner's placeholder for a marked vowel reads as dozens of syllables
// at one channel cost ("lu~": lũ, lú, lụ... and luận, its n lost too), and
// a symbol-free shape the table has no row for as many more ("db" for
// đồ): the ordinary search kept a few of them by the channel alone and
// cut the one the neighbours call for. The deeper search ranks them by
// their bigrams with the neighbours' readings. Sentences made for the test,
// read as legacy damage (the pool is legacy damage's: deepLimitsFor).
func TestDeepSearchRanksReadingsByNeighbours(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"Hoi dong da thao lu~ v~ k~ hoach nam hQc m6i cua nha tnrong.\n":    "Hội đồng đã thảo luận về kế hoạch năm học mới của nhà trường.\n",
		"Cac ban db quy hoach duqc cong b6 tren cong thong tin cua tinh.\n": "Các bản đồ quy hoạch được công bố trên cổng thông tin của tỉnh.\n",
	})
}
