package repair

import "testing"

// The first syllable of a law's, a code's or an ordinance's name keeps the
// capital Nghị định 30/2020 gives it, even a function word; a law spoken of
// in general has none to keep.
func TestDocNameCapital(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Căn cứ Luật Các tổ chức tín dụng số 12/2020/QH14;\n":           "Căn cứ Luật Các tổ chức tín dụng số 12/2020/QH14;\n",
		"Theo Bộ luật Các quy tắc ứng xử nghề nghiệp đã ban hành.\n":    "Theo Bộ luật Các quy tắc ứng xử nghề nghiệp đã ban hành.\n",
		"Căn cứ Pháp lệnh Các biện pháp xử lý hành chính năm 2022;\n":   "Căn cứ Pháp lệnh Các biện pháp xử lý hành chính năm 2022;\n",
		"Những việc làm trái với luật Các tổ chức phải báo cáo ngay.\n": "Những việc làm trái với luật các tổ chức phải báo cáo ngay.\n",
	})
}
