package repair

import "testing"

// stopCut finds a full stop glued to a capital after a word, and no
// abbreviation, domain or number.
func TestStopCut(t *testing.T) {
	for w, want := range map[string]int{
		"han.Truong": 4,
		"dAu.Hqn":    4,
		"TP.HCM":     0,
		"TL.HIEU":    0,
		"Q.Binh":     0,
		"epu.edu.vn": 0,
		"han.truong": 0,
		"ha.Tu":      0,
	} {
		if got, _ := stopCut(w); got != want {
			t.Errorf("stopCut(%q) = %d, want %d", w, got, want)
		}
	}
}

// A sentence's full stop glued to the next sentence's capital is read as
// two words and the stop; abbreviations with a dot stay.
func TestStopCutRepairs(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"Sinh vien phai nop hoc phi dung han.Truong se thong bao ket qua sau.\n": "Sinh viên phải nộp học phí đúng hạn. Trường sẽ thông báo kết quả sau.\n",
		"Van phong tai TP.HCM va Ha Noi.\n":                                      "Văn phòng tại TP.HCM và Hà Nội.\n",
	})
}
