package repair

import (
	"testing"

	"github.com/vidoc/vidoc/internal/viet"
)

// A token in mixed case takes the case of its line: capitals on a heading
// in capitals, small letters elsewhere (after a capital first letter).
func TestCaseIn(t *testing.T) {
	for _, tc := range []struct {
		w    string
		caps bool
		want viet.Case
	}{
		{"xA", true, viet.CaseUpper},
		{"xA", false, viet.CaseLower},
		{"VÔi", false, viet.CaseTitle},
		{"KhOACH", true, viet.CaseUpper},
		{"PhOng", true, viet.CaseTitle},
		{"ThAnh", true, viet.CaseTitle},
		{"VÔi", true, viet.CaseUpper},
		{"dOng", true, viet.CaseUpper},
		{"chInh", false, viet.CaseLower},
		{"Huyện", true, viet.CaseTitle},
		{"HUYỆN", false, viet.CaseUpper},
	} {
		if got := caseIn(tc.w, tc.caps); got != tc.want {
			t.Errorf("caseIn(%q, %v) = %v, want %v", tc.w, tc.caps, got, tc.want)
		}
	}
}

// Function words capitalised in the middle of a sentence lose the capital
// the OCR gave them; capitals that open a name, a sentence or a heading stay.
func TestOCRCapitals(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Các em được học miễn phí Cho đến hết lớp chín.\n": "Các em được học miễn phí cho đến hết lớp chín.\n",
		"Kết quả kiểm tra như Sau: đạt yêu cầu.\n":         "Kết quả kiểm tra như sau: đạt yêu cầu.\n",
		"Nhà trường phối hợp Với gia đình học sinh.\n":     "Nhà trường phối hợp với gia đình học sinh.\n",
		"Đoàn đã đến thăm và làm việc Với Nhật Bản.\n":     "Đoàn đã đến thăm và làm việc Với Nhật Bản.\n",
		"Kết thúc năm học. Cho đến nay chưa có ai.\n":      "Kết thúc năm học. Cho đến nay chưa có ai.\n",
		"BAO CAO KET QUA CONG TAC CUA UY BAN xA\n":         "BÁO CÁO KẾT QUẢ CÔNG TÁC CỦA ỦY BAN XÃ\n",
		"kế hoạch tHực hiện nhiệm vụ trong năm\n":          "kế hoạch thực hiện nhiệm vụ trong năm\n",
	})
}

// A word alone on its line in letters whose capitals differ only in size
// takes small letters when it carries on the sentence of the line before.
func TestCaselessAlone(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ và Bộ Nội\nVỤ;\n": "theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ và Bộ Nội\nvụ;\n",
		"theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.\nVỤ;\n":          "theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.\nVỤ;\n",
		"BỘ TÀI CHÍNH VÀ BỘ NỘI\nVỤ\n":                                  "BỘ TÀI CHÍNH VÀ BỘ NỘI\nVỤ\n",
		"những việc cần làm trong năm\nTHÊM\n":                          "những việc cần làm trong năm\nTHÊM\n",
	})
}

// A leading I read for a small l says nothing of the case.
func TestCapitalIForSmallL(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"Quy dinh này có hieu Iuc tü ngày ký.\n": "Quy định này có hiệu lực từ ngày ký.\n",
		"Iúc này, các co quan\n":                 "lúc này, các cơ quan\n",
	})
}

// A damaged two-letter word on a heading in capitals is in capitals.
func TestShortTitleOnHeading(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, r, map[string]string{
		"Úy BAN NHÃN DAN TÍNH\n":           "ỦY BAN NHÂN DÂN TỈNH\n",
		"BỘ TÀI CHÍNH Số 12/2024/TT-BTC\n": "BỘ TÀI CHÍNH Số 12/2024/TT-BTC\n",
	})
}

// A capitalised word with a capital read for its marked vowel, on a line
// the codes beside it put in capitals, stays capitalised. Text written for
// the test.
func TestMostlySmallOnCapsLine(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{Damage: "legacy"}), map[string]string{
		"- ThAnh tra: VPUB, STC, KBNN;\n": "- Thanh tra: VPUB, STC, KBNN;\n",
		"- PhOng: VPUB, STC;\n":           "- Phòng: VPUB, STC;\n",
	})
}
