package repair

import (
	"context"
	"strings"
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

// hookTruth is text written for this test, rich in syllables with the hook
// tone (hỏi) and in bare ones that a lost hook would make ambiguous.
const hookTruth = `Ban quản lý dự án tổng hợp bảo cáo về tình hình bảo vệ tài sản của cơ quan.
Cả hai đơn vị đã trao đổi thông tin và thống nhất kế hoạch trong tháng ba.
Chủ tịch hội đồng chỉ đạo các phòng ban rà soát hồ sơ, bảo đảm đủ điều kiện.
Mỗi cán bộ phải nắm chắc nhiệm vụ của mình và báo cáo kết quả cho lãnh đạo.
Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác bảo vệ môi trường.
Các bản sao giấy tờ được gửi về văn phòng trước ngày mười hai tháng năm.
Hội phụ nữ vận động chị em tham gia thể dục thể thao và giữ gìn sức khỏe.
Sở giao thông đề nghị tăng cường kiểm tra xe quá tải trên các tuyến đường.
Thủ trưởng cơ quan chịu trách nhiệm về an toàn của người lao động.
Tổ công tác đã hoàn thành việc khảo sát và báo cáo cho ban chỉ đạo tỉnh.
`

// readKeepingHook is how a made-up engine reads text: it loses every mark
// but keeps any letter that carries the hook tone whole ("bảo", "tổng",
// "Ủy" read right; "báo" read "bao").
func readKeepingHook(text string) string {
	var b strings.Builder
	for _, r := range text {
		if _, tone, ok := viet.SplitLetter(viet.ToLower(r)); ok && tone == viet.ToneHook {
			b.WriteRune(r)
			continue
		}
		b.WriteString(viet.StripDiacritics(string(r)))
	}
	return b.String()
}

// hookAdded counts the syllables of out that carry the hook tone where
// the input's word, read by an engine that never loses it, had none.
func hookAdded(in, out string) int {
	iw, ow := strings.Fields(in), strings.Fields(out)
	n := 0
	for i := range min(len(iw), len(ow)) {
		if !hasHook(iw[i]) && hasHook(ow[i]) {
			n++
		}
	}
	return n
}

func hasHook(w string) bool {
	for _, r := range w {
		if _, tone, ok := viet.SplitLetter(viet.ToLower(r)); ok && tone == viet.ToneHook {
			return true
		}
	}
	return false
}

// hookList is a list of bare syllables written for this test, one a line
// as in a table's column, with little context to choose a tone by: read
// by an engine that never drops the hook, none of them has it.
const hookList = "Ban\nBao\nCa\nThu\nTra\nHai\nTong\nQuan\nTo\nDe\nBo\nKhi\nGia\nMa\nChu\nVan\nLy\nSo\nTho\nDiem\n"

// An input whose engine never drops the hook tone stops getting it:
// adaptation lowers the rows that read a bare vowel as one with the hook,
// which the shipped model learned from engines that drop it, and the
// adapted repair adds the hook where the input had none less often,
// reading the document's sentences no worse.
func TestAdaptLowersMarksTheEngineNeverDrops(t *testing.T) {
	r := realRepairer(t, Options{})
	sentences := strings.Repeat(readKeepingHook(hookTruth)+"\n", 5)
	in := sentences + hookList
	ar, ad, err := r.Adapt(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	lowered := 0
	for _, c := range ad.Confusions {
		if _, tone, _ := viet.SplitLetter(c.Intended); c.Lowered() && tone == viet.ToneHook {
			lowered++
		}
	}
	if lowered == 0 || ar == r {
		t.Fatalf("no row of a hook-toned letter lowered: %v", ad.Confusions)
	}
	// A scanned document's note lists the lowered rows apart.
	_, da, err := r.AdaptDocument(context.Background(), []string{in}, nil, "document")
	if err != nil {
		t.Fatal(err)
	}
	if len(da.Note.Lowered) == 0 || da.Note.Lowered[0].Letters == 0 || da.Note.Learned < len(da.Note.Confusions)+len(da.Note.Lowered) {
		t.Errorf("the adaptation note does not list the lowered rows: %+v", da.Note)
	}
	nb, na := hookAdded(in, repairText(t, r, in).Text), hookAdded(in, repairText(t, ar, in).Text)
	truth := strings.Repeat(hookTruth+"\n", 5)
	sb := eval.Compare(truth, repairText(t, r, sentences).Text).SylAcc
	sa := eval.Compare(truth, repairText(t, ar, sentences).Text).SylAcc
	t.Logf("hooks added where the input had none: %d → %d; the sentences' syllable accuracy %.3f → %.3f", nb, na, sb, sa)
	if na >= nb || sa < sb {
		t.Errorf("adapted repair adds %d hooks (base %d) at accuracy %.3f (base %.3f)", na, nb, sa, sb)
	}
}
