package repair

import "testing"

// Appendices are numbered as parts are, in Roman numerals, and one
// inserted after another takes a small letter: read as words, "Phụ lục
// số XII" became "Phụ lục số II" and "Phụ lục IIa" "Phụ lục Iia" (harms
// found by repairing correct legal text). Text written for the test.
func TestRomanAppendixNumbers(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Nộp hồ sơ theo Phụ lục số XII và Phụ lục IIa của Nghị định.\n": "Nộp hồ sơ theo Phụ lục số XII và Phụ lục IIa của Nghị định.\n",
	})
	for w, want := range map[string]bool{"IIa": true, "XIb": true, "Iia": false, "II": false, "ABa": false} {
		if got := romanInserted(w); got != want {
			t.Errorf("romanInserted(%q) = %v, want %v", w, got, want)
		}
	}
}

// Items numbered in small Roman numerals keep their numbers: read as
// words, "(iv)" became "(i)" and "(xiii)" "(iii)", other items (harms
// found by repairing correct legal text). Text written for the test.
func TestSmallRomanEnumerators(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Hồ sơ gồm: (i) đơn; (ii) bản sao; (iii) ảnh; (iv) giấy khám sức khỏe.\n": "Hồ sơ gồm: (i) đơn; (ii) bản sao; (iii) ảnh; (iv) giấy khám sức khỏe.\n",
		"các khoản thu khác;\n(xiii) Đối với người học nghề.\n":                   "các khoản thu khác;\n(xiii) Đối với người học nghề.\n",
		"ix) Thành viên mới góp vốn.\n":                                           "ix) Thành viên mới góp vốn.\n",
	})
}
