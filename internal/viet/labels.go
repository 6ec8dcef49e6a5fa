package viet

// NumberLabel is a regular expression, to be embedded in a caller's own
// (it has no anchors), for the "Số" that labels a document's number and
// symbol ("Số: 12/2025/QĐ-UBND", Nghị định 30/2020/NĐ-CP Phụ lục I) as OCR
// reads it: either case, and its o with any mark OCR puts on or takes off
// it, or read as the digit 0 or 6 ("Só", "Sô", "SỐ", "Sơ", "S6", "S0").
//
// It is a document-label helper rather than orthography: it lives here
// because layout (handwriting in the number's blank) and structure (the
// number line) both need it, and viet is the leaf both import.
const NumberLabel = `(?i:s[oóòỏõọôốồổỗộơớờởỡợ06])`

// DocTypes are the names of document types as printed in capitals above
// the title (ND 30/2020 Điều 7; HD 36-HD/VPTW). Longer names come first so
// that "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ". Here for the reason
// NumberLabel is: layout keeps a type line from its drop rules, and
// structure reads it.
var DocTypes = []string{
	"THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH", "QUYẾT ĐỊNH LIÊN TỊCH",
	"NGHỊ QUYẾT", "QUYẾT ĐỊNH", "CHỈ THỊ", "KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO",
	"THÔNG TƯ", "NGHỊ ĐỊNH", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "TỜ TRÌNH", "QUY CHẾ",
	"QUY ĐỊNH", "ĐỀ ÁN", "PHƯƠNG ÁN", "DỰ ÁN", "CÔNG ĐIỆN", "GIẤY MỜI",
	"GIẤY GIỚI THIỆU", "GIẤY ỦY QUYỀN", "GIẤY NGHỈ PHÉP", "BIÊN BẢN", "KẾT LUẬN",
	"LUẬT", "PHÁP LỆNH", "LỆNH", "HỢP ĐỒNG", "PHIẾU GỬI", "PHIẾU CHUYỂN",
	"PHIẾU BÁO", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "CÔNG VĂN", "THÔNG TRI",
	"QUY ĐỊNH", "NGHỊ QUYẾT",
}
