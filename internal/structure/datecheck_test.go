package structure

import (
	"strings"
	"testing"
)

// A header date that falls before a document the text cites is misread (a
// handwritten month read as another digit): its ISO form is left null, its
// year kept, and a warning names the citation. A date on or after every
// cited one is kept.
func TestDateBeforeCitation(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN\nHUYỆN NAM HÀ\nSố: 48/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
	const body = "\n\nKẾ HOẠCH\nTổ chức hội nghị cán bộ năm 2023\n\n" +
		"Căn cứ Kế hoạch số 15/KH-HU ngày 20/8/2023 của Huyện ủy Nam Hà về công tác cán bộ;\n\n" +
		"Ủy ban nhân dân huyện ban hành kế hoạch như sau:\nI. MỤC ĐÍCH\n"
	for _, c := range []struct {
		date, iso string
		warn      bool
	}{
		{"Nam Hà, ngày 04 tháng 4 năm 2023", "", true},
		{"Nam Hà, ngày 19 tháng 8 năm 2023", "", true},
		{"Nam Hà, ngày 20 tháng 8 năm 2023", "2023-08-20", false},
		{"Nam Hà, ngày 04 tháng 9 năm 2023", "2023-09-04", false},
	} {
		t.Run(c.date, func(t *testing.T) {
			doc := Parse(head + c.date + body)
			d := doc.Header.Date
			if d == nil {
				t.Fatal("date = null")
			}
			iso := ""
			if d.ISO != nil {
				iso = *d.ISO
			}
			if iso != c.iso || !strings.Contains(d.Raw, "2023") {
				t.Errorf("date = %q (raw %q), want %q with the year kept", iso, d.Raw, c.iso)
			}
			warned := strings.Contains(strings.Join(doc.Warnings, "\n"), "15/KH-HU")
			if warned != c.warn {
				t.Errorf("warnings %q, want one naming 15/KH-HU: %v", doc.Warnings, c.warn)
			}
		})
	}
}
