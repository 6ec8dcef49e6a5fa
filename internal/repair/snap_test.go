package repair

import "testing"

// Words of Tesseract's English word list, small but for the first letter,
// are the ones a dictionary may have snapped; a syllable, a word in
// capitals and a word of no language are not.
func TestSnappedWord(t *testing.T) {
	for w, want := range map[string]bool{
		"throng": true, "Throng": true, "clang": true, "twang": true,
		"THRONG": false, // capitals: an abbreviation or a heading
		"tnrong": false, // no English word: the glyphs' own damage
		"the":    false, // a syllable (thể, thế, …), which the channel reads
		"vien":   false, // viên stripped of its marks
		"tr":     false, // too short
	} {
		if got := snappedWord(w); got != want {
			t.Errorf("snappedWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// An English word in a legacy layer's Vietnamese sentence stands for the
// syllable near it that the sentence wants, not for the one the channel
// reads most cheaply from its letters ("throng": trong, thương). The lines
// are made for this test.
func TestLegacySnappedEnglishWords(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"Nha truong ban hanh quy dinh ve quan ly throng hoc tren dia ban xa.\n": "Nhà trường ban hành quy định về quản lý trường học trên địa bàn xã.\n",
		"Hieu throng cac truong hoc chiu trach nhiem to chuc thuc hien.\n":      "Hiệu trưởng các trường học chịu trách nhiệm tổ chức thực hiện.\n",
		"So Y te phoi hop voi cac co quan clang an trong viec kiem tra.\n":      "Sở Y tế phối hợp với các cơ quan công an trong việc kiểm tra.\n",
	})
}

// English words among English words, and English terms in correct
// Vietnamese text, are kept.
func TestEnglishTermsKept(t *testing.T) {
	r := realRepairer(t, Options{})
	for _, line := range []string{
		"Hội thảo về bảo mật (information security) do Sở tổ chức.\n",
		"Tài liệu: The Quart Handbook, xuất bản năm 2020.\n",
		"Nhà trường cấp tài khoản email cho sinh viên khóa mới.\n",
	} {
		if got := repairText(t, r, line).Text; got != line {
			t.Errorf("%q → %q, want it kept", line, got)
		}
	}
}
