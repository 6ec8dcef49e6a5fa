package structure

import (
	"strings"
	"testing"
)

// outlineScanText is a body as vidoc writes a real scan's text: a blank
// line between paragraphs, a numbered part's heading alone on its line
// above its first sentence, and a code wrapped to the line under "Quyết
// định số" inside a dash item (its capitals read as a heading's).
const outlineScanText = `Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:

1. Kiểm tra việc quản lý đất công trên địa bàn các xã

Các xã rà soát toàn bộ diện tích đất công ích, đất bãi bồi ven sông trên địa
bàn, lập danh sách các trường hợp sử dụng sai mục đích trước ngày 30 tháng 9.

2. Công tác tuyên truyền trên địa bàn các thôn, khu dân cư

Trưởng thôn, tổ trưởng tổ dân phố phổ biến đến từng hộ gia đình các quy định
mới của tỉnh về quản lý, sử dụng đất đai và xây dựng nhà ở nông thôn.

3. Đối với việc cấp giấy chứng nhận quyền sử dụng đất

a) Văn phòng đăng ký đất đai chi nhánh huyện

- Rà soát hồ sơ tồn đọng theo đúng Điều 4, Quyết định số
412/QĐ-UBND.

- Hoàn thành việc trả giấy chứng nhận cho các hộ trong tháng 10.
`

func TestOutlineScanBody(t *testing.T) {
	doc := Parse(outlineScanText)
	if len(doc.Body) != 3 {
		t.Fatalf("%d top parts, want 3", len(doc.Body))
	}
	if h := doc.Body[1].Heading; h != "Công tác tuyên truyền trên địa bàn các thôn, khu dân cư" {
		t.Errorf("part 2 heading %q", h)
	}
	if p := doc.Body[1].Paragraphs; len(p) != 1 || !strings.HasPrefix(p[0], "Trưởng thôn") {
		t.Errorf("part 2 paragraphs %q", p)
	}
	a := doc.Body[2].Children
	if len(a) != 1 || len(a[0].Paragraphs) != 0 || len(a[0].Children) != 2 {
		t.Fatalf("part 3 a) = %+v", a)
	}
	if p := a[0].Children[0].Paragraphs; len(p) != 1 || !strings.HasSuffix(p[0], "Quyết định số 412/QĐ-UBND.") {
		t.Errorf("dash item %q", p)
	}
}
