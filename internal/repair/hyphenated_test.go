package repair

import "testing"

// Syllables joined by hyphens, a foreign name or loanword transcribed
// as Vietnamese writes them, keep their hyphens: read whole, "Đô-la" became
// "Đô la" (harms found by repairing correct legal text). A hyphen inside a
// word that is no syllable on one side leaves the word whole. Text
// written for the test.
func TestHyphenatedSyllablesKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Giá tính bằng Đô-la Mỹ, quy đổi theo tỷ giá ngày ký.\n":  "Giá tính bằng Đô-la Mỹ, quy đổi theo tỷ giá ngày ký.\n",
		"Lắp đặt ra-đa và ăng-ten tại các nước Công-gô, Ả-rập.\n": "Lắp đặt ra-đa và ăng-ten tại các nước Công-gô, Ả-rập.\n",
	})
	for w, want := range map[string]bool{"Đô-la": true, "Pa-lét-tin": true, "kh-ông": false, "U-dơ-bê-ki-xtan": false, "ra--đa": false, "đa": false} {
		if got := hyphenedSyllables(w); got != want {
			t.Errorf("hyphenedSyllables(%q) = %v, want %v", w, got, want)
		}
	}
}

// A hyphen OCR read for a speck in the space between two words is still
// taken out where the language model wants the words apart: the cut at
// hyphens had kept "bổ sung-khoản" (a win lost on new legal pages). Text
// written for the test.
func TestHyphenForSpaceDropped(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Điều 3. Sửa đổi, bổ sung-khoản 2 Điều 7 như sau:\n": "Điều 3. Sửa đổi, bổ sung khoản 2 Điều 7 như sau:\n",
		"Số tiền được quy ra Đô-la Mỹ.\n":                    "Số tiền được quy ra Đô-la Mỹ.\n",
	})
}
