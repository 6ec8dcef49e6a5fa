package structure

import "testing"

// A receiving office's stamp pressed under the left column puts what
// Tesseract read of its "ĐẾN" (a short word in capitals, garbled) on the
// row of the centred type line, far left of it: the type and the title
// under it are still read, and the stamp's word is not taken for part of
// the type (matchTrailingDocType's cases are in TestNoiseAndBannerLines).
func TestHeaderTypeLineAfterStampWord(t *testing.T) {
	text := `TỈNH ỦY LẠNG SƠN
Số 417 -KL/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Lạng Sơn, ngày 9 tháng 4 năm 2022
ĐỊA KẾT LUẬN
Của Ban Thường vụ về công tác cán bộ năm 2022
Ban Thường vụ Tỉnh ủy đã họp và kết luận như sau.
`
	checkOCRHeader(t, text, wantOCRHeader{
		issuer: "TỈNH ỦY LẠNG SƠN", number: "417-KL/TU", num: "417",
		place: "Lạng Sơn", date: "2022-04-09", docType: "KẾT LUẬN",
		title: "Của Ban Thường vụ về công tác cán bộ năm 2022",
	})
}
