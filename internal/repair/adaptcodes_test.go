package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/viet"
)

// strokeTruth is text written for this test, with codes whose Đ a made-up
// engine reads as B.
const strokeTruth = `Điều 1. Đội ngũ cán bộ của Đoàn thanh niên thực hiện theo Nghị định số 15/2020/NĐ-CP.
Điều 2. Đơn vị tổ chức Đại hội theo Quyết định số 21/2019/QĐ-UBND của tỉnh.
Điều 3. Đồng chí Bí thư Đảng ủy chỉ đạo thực hiện Nghị định số 30/2020/NĐ-CP.
Điều 4. Đội công tác báo cáo Đảng ủy và Đoàn thanh niên kết quả hằng tháng.
Điều 5. Đơn vị thường trực gửi Đề án về Văn phòng theo Nghị định số 45/2021/NĐ-CP.
Điều 6. Đồng chí Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.
`

// strokeInput is how the engine read strokeTruth: every mark lost, and Đ
// read as B, in words and in codes alike.
func strokeInput() string {
	return viet.StripDiacritics(strings.ReplaceAll(strokeTruth, "Đ", "B"))
}

// A document whose engine reads Đ as B in its words has its codes read
// so too: adaptation learns the capital row from the words, and the
// adapted repairer writes NĐ-CP for "NB-CP", a known part the shipped
// code repairer keeps.
func TestAdaptReadsCodesStrokedDAsTheDocumentDoes(t *testing.T) {
	r := realRepairer(t, Options{})
	in := strokeInput()
	ar, ad, err := r.Adapt(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	out := repairText(t, ar, in).Text
	if strings.Contains(out, "NB-CP") || strings.Count(out, "NĐ-CP") != 3 || !strings.Contains(out, "QĐ-UBND") {
		t.Errorf("codes not read with the document's Đ (learned %v):\n%s", ad.Confusions, out)
	}
	// The base repairer, which has not learned the document's B, keeps
	// the known part as it is.
	if base := repairText(t, r, in).Text; !strings.Contains(base, "NB-CP") {
		t.Logf("the base repairer already restores NĐ-CP:\n%s", base)
	}
}
