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

// A number, a date or punctuation beside a foreign look-alike is no
// evidence either way: the look-alike after a date ("ngày 12/3/2024 teen
// địa bàn") or a year, with Vietnamese on its other side, is asked of the
// deeper search as between two Vietnamese words; names there are kept.
// Sentences made for the test.
func TestForeignLookAlikeBesideNumbers(t *testing.T) {
	s := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, s, map[string]string{
		"Hoi nghi duoc to chuc vao ngay 12/3/2024 teen dia ban huyen\n":  "Hội nghị được tổ chức vào ngày 12/3/2024 trên địa bàn huyện\n",
		"Kinh phi lap theo du toan nam 2024 teen co so de nghi cua xa\n": "Kinh phí lập theo dự toán năm 2024 trên cơ sở đề nghị của xã\n",
		"Cong ty dung phan mem Word va Excel de soan thao van ban\n":     "Công ty dùng phần mềm Word và Excel để soạn thảo văn bản\n",
		"Ngay 12/3/2024 Google cong bo phien ban moi cho nguoi dung\n":   "Ngày 12/3/2024 Google công bố phiên bản mới cho người dùng\n",
		"Nam 2023 Microsoft mo van phong tai thanh pho\n":                "Năm 2023 Microsoft mở văn phòng tại thành phố\n",
	})
}

// A word in small letters that no syllable is spelt as is surely damaged
// in legacy damage, whatever the channel's cheap readings say: a marked
// vowel read as other letters ("thitng", "ngtiy") and a syllable with two
// letters garbled ("tnxong") are searched deeper and read as the context
// wants, where the ordinary search chose thường, nguy and trong. Words in
// capitals (abbreviations) are not asked, nor English words ("Zoom",
// "Meet"), which keep snap.go's way. Sentences made for the test.
func TestDeepSearchSurelyDamagedWords(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"Ngay 20 thitng 5 nam 2024, Uy ban da ban hanh quy~t djnh.\n":       "Ngày 20 tháng 5 năm 2024, Ủy ban đã ban hành quyết định.\n",
		"Sinh vi~n nQp hQc phi truoc ngtiy 30 thang 9.\n":                   "Sinh viên nộp học phí trước ngày 30 tháng 9.\n",
		"Nha tnxong quy~t djnh thanh lap doan ki~m tra.\n":                  "Nhà trường quyết định thành lập đoàn kiểm tra.\n",
		"Cong van cua UBND va HDND tinh gui cac s& nganh.\n":                "Công văn của UBND và HĐND tỉnh gửi các sở ngành.\n",
		"Ph~n m~m Zoom va Google Meet duqc su dung trong hQc truc tuy~n.\n": "Phần mềm Zoom và Google Meet được sử dụng trong học trực tuyến.\n",
	})
}
