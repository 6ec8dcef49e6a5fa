package repair

import (
	"context"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/legacygen"
)

// pairsBody is a made-up notice for this test about retaking courses: it
// repeats its phrases ("học lại", "sinh viên", "phòng đào tạo") as a
// document does.
const pairsBody = `Sinh viên đăng ký học lại các học phần chưa đạt trong học kỳ trước.
Phòng đào tạo mở lớp học lại cho các môn có đủ số lượng sinh viên.
Sinh viên học lại phải nộp học phí theo quy định của nhà trường.
Lịch học lại được thông báo trên trang thông tin của khoa.
Sinh viên học lại cùng lớp với sinh viên khóa sau.
Kết quả học lại được ghi vào bảng điểm của sinh viên.
Những sinh viên học lại quá hai lần phải gặp cố vấn học tập.
Nhà trường khuyến khích sinh viên học lại sớm để kịp tiến độ.
Khoa tổng hợp danh sách sinh viên học lại gửi phòng đào tạo.
Sinh viên học lại được miễn học các buổi đã có điểm danh đủ.
Cố vấn học tập hướng dẫn sinh viên đăng ký lớp học lại học phần còn nợ.
Các lớp học phần có ít sinh viên sẽ được ghép với lớp khác.
Giảng viên chấm bài và công bố kết quả đúng thời hạn quy định.
Sinh viên có thắc mắc liên hệ văn phòng khoa trong giờ hành chính.
Phòng đào tạo tổng hợp kết quả và báo cáo hiệu trưởng.
Mọi vướng mắc trong quá trình thực hiện báo cáo về phòng đào tạo.
Kế hoạch này được phổ biến tới toàn thể sinh viên và giảng viên.
Các đơn vị có liên quan chịu trách nhiệm thi hành kế hoạch này.
`

// A document read by an old scanner engine repeats its phrases, and the
// ones it reads surely weigh where they are damaged: with the cache's
// pairs the adapted repair of pairsBody (four times, so longer than one
// block), damaged by legacygen, leaves at most 88 of its 988 syllables
// wrong (84); the unigram cache alone left 95.
func TestDocCachePairsReadTheDocumentsPhrases(t *testing.T) {
	if testing.Short() {
		t.Skip("adapts and repairs a 72-line document")
	}
	truth := strings.Repeat(pairsBody, 4)
	doc := legacygen.Text(truth, 1, "pairs")
	r := realRepairer(t, Options{})
	ar, _, err := r.Adapt(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ar.Repair(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	s := eval.Compare(truth, res.Text)
	if wrong := s.Words - s.Correct; wrong > 88 {
		t.Errorf("%d of %d syllables wrong, want at most 88", wrong, s.Words)
	}
}
