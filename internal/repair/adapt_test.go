package repair

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/testscanner"
	"github.com/vidoc/vidoc/internal/viet"
)

// adaptTruth is text written for this test. adaptInput is how a made-up
// scanner read it (testscanner.Read: no diacritics, and ư (any tone) always
// as "v", a confusion no channel of the shipped model has).
const adaptTruth = `Ban chấp hành đã họp để bàn về công tác xây dựng tổ chức trong năm tới.
Một số đơn vị chưa hoàn thành nhiệm vụ được giao, cần kiểm điểm rõ trách nhiệm.
Các hội viên tham gia hoạt động của hội một cách tích cực và thường xuyên.
Bộ phận văn phòng tổng hợp báo cáo gửi về cơ quan cấp trên trước ngày mười lăm.
Công tác đối ngoại được triển khai đồng bộ, bảo đảm đúng nội dung đã đề ra.
Hội nghị thống nhất nội dung chương trình hành động của toàn bộ cơ quan.
Nhân dân các dân tộc trong tỉnh tích cực hưởng ứng phong trào thi đua.
Người đứng đầu mỗi đơn vị chịu trách nhiệm về kết quả thực hiện nhiệm vụ.
Đội ngũ cán bộ được bồi dưỡng thường xuyên về chuyên môn và nghiệp vụ.
Hoạt động kiểm tra nội bộ được tiến hành định kỳ theo kế hoạch của hội đồng.
`

func adaptInput() string { return testscanner.Read(adaptTruth) }

// Adapt learns a confusion the input repeats and the shipped model lacks,
// and the adapted repairer reads the input better than the base one.
func TestAdaptLearnsTheInputsOwnDamage(t *testing.T) {
	r := realRepairer(t, Options{})
	in := adaptInput()
	ar, ad, err := r.Adapt(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	learned := false
	for _, c := range ad.Confusions {
		learned = learned || (viet.WithoutTone(c.Intended) == 'ư' && c.Observed == "v")
	}
	if !learned || ar == r {
		t.Fatalf("ư → \"v\" not learned: %v (%d rounds)", ad.Confusions, ad.Rounds)
	}
	before := eval.Compare(adaptTruth, repairText(t, r, in).Text).SylAcc
	after := eval.Compare(adaptTruth, repairText(t, ar, in).Text).SylAcc
	t.Logf("syllable accuracy %.3f → %.3f with %v", before, after, ad.Confusions)
	if after <= before {
		t.Errorf("adapted %.3f, not better than %.3f", after, before)
	}
}

// Correct text teaches nothing: Adapt returns the repairer it was given.
func TestAdaptLeavesCorrectTextAlone(t *testing.T) {
	r := realRepairer(t, Options{})
	ar, ad, err := r.Adapt(context.Background(), adaptTruth)
	if err != nil {
		t.Fatal(err)
	}
	if ar != r || len(ad.Confusions) != 0 {
		t.Errorf("adapted to correct text: %v", ad.Confusions)
	}
}

// Invalid UTF-8 is left for the stream to report with its offset.
func TestAdaptInvalidUTF8(t *testing.T) {
	r := realRepairer(t, Options{})
	ar, _, err := r.Adapt(context.Background(), "Ba\xffn chap hanh\n")
	if err != nil || ar != r {
		t.Errorf("Adapt on bad bytes: %v, same repairer %v", err, ar == r)
	}
}
