package structure

import (
	"strings"
	"testing"
)

// outlineScanText is a body as vidoc writes a real scan's text: a blank
// line between paragraphs, a numbered part's heading alone on its line
// above its first sentence, and a citation's number wrapped to the line
// under "Công văn số" inside a dash item.
const outlineScanText = `Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Thời gian nghỉ học của học sinh trên địa bàn huyện

Học sinh các trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện
nghỉ học từ ngày 26 tháng 7 năm 2024 cho đến khi có thông báo mới.

2. Về thực hiện các biện pháp phòng, chống dịch bệnh

Thủ trưởng các đơn vị, trường học có trách nhiệm quán triệt, triển khai thực
hiện nghiêm túc các văn bản chỉ đạo của cấp trên về phòng, chống dịch bệnh.

3. Đối với công tác tổ chức kỳ thi năm 2024

a) Trưởng các điểm thi có trách nhiệm

- Tiếp tục quán triệt thực hiện nghiêm túc Mục 6, Công văn số
189/UBND-VX.

- Bố trí mỗi điểm thi ít nhất hai phòng dự phòng cho thí sinh.
`

func TestOutlineScanBody(t *testing.T) {
	doc := Parse(outlineScanText)
	if len(doc.Body) != 3 {
		t.Fatalf("%d top parts, want 3", len(doc.Body))
	}
	if h := doc.Body[1].Heading; h != "Về thực hiện các biện pháp phòng, chống dịch bệnh" {
		t.Errorf("part 2 heading %q", h)
	}
	if p := doc.Body[1].Paragraphs; len(p) != 1 || !strings.HasPrefix(p[0], "Thủ trưởng") {
		t.Errorf("part 2 paragraphs %q", p)
	}
	a := doc.Body[2].Children
	if len(a) != 1 || len(a[0].Paragraphs) != 0 || len(a[0].Children) != 2 {
		t.Fatalf("part 3 a) = %+v", a)
	}
	if p := a[0].Children[0].Paragraphs; len(p) != 1 || !strings.HasSuffix(p[0], "Công văn số 189/UBND-VX.") {
		t.Errorf("dash item %q", p)
	}
}
