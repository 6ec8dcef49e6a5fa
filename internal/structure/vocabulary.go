package structure

import "github.com/vidoc/vidoc/internal/viet"

// The words the parser recognises, taken from how the documents are made:
// Nghị định 30/2020/NĐ-CP for state documents and Hướng dẫn 36-HD/VPTW for
// Party documents. Lists in capitals without marks are matched on folded
// text (fold), so imperfect repair still matches.

// citeTypes are the document types a reference names before its number.
var citeTypes = []string{
	"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Nghị định", "Nghị quyết liên tịch", "Nghị quyết",
	"Quyết định", "Chỉ thị", "Thông tư liên tịch", "Thông tư", "Kế hoạch", "Công văn", "Văn bản",
	"Hướng dẫn", "Kết luận", "Quy định", "Thông báo", "Tờ trình", "Báo cáo", "Chương trình",
	"Đề án", "Công điện", "Thông tri", "Quy chế", "Lệnh",
}

// namedTypes carry a name between the type and the number ("Luật Hải quan
// số 54/2014/QH13").
var namedTypes = map[string]bool{"Hiến pháp": true, "Bộ luật": true, "Luật": true, "Pháp lệnh": true}

// issuerStops end an issuer named after "của": words that start what
// the sentence says next, not a body's name.
var issuerStops = map[string]bool{
	"về": true, "sửa": true, "tại": true, "thì": true,
	"đã": true, "đến": true, "cho": true, "nhằm": true, "được": true, "tiếp": true,
	"trong": true, "theo": true, "với": true, "là": true, "có": true,
	"này": true, "nêu": true, "giao": true, "triển": true, "xác": true, "bổ": true, "thay": true,
	"hủy": true, "bãi": true, "áp": true, "điều": true, "kèm": true, "đối": true, "như": true,
	"từ": true, "khi": true, "gửi": true, "trả": true, "ngày": true, "số": true, "để": true,
	"mà": true, "lần": true, "năm": true, "v/v": true, "trên": true, "sau": true, "ký": true,
	"nay": true, "đang": true, "còn": true, "cũng": true, "thuộc": true, "gồm": true, "phát": true,
	"tăng": true, "chỉ": true, "xây": true, "vì": true, "do": true, "ngành": false,
}

// issuerPhraseStops end an issuer at a two-word verb whose first word may
// also belong to a body's name ("Ủy ban" but "ban hành").
var issuerPhraseStops = map[string]bool{
	"ban hành": true, "quy định": true, "hướng dẫn": true, "công bố": true, "thực hiện": true,
	"phê duyệt": true, "quy chế": true, "công nhận": true, "thành lập": true, "triển khai": true,
}

// titleHeads begin the signer's title.
var titleHeads = []string{"CHU TICH", "BO TRUONG", "THU TRUONG", "THU TUONG", "BI THU", "GIAM DOC",
	"TONG CUC TRUONG", "CUC TRUONG", "VU TRUONG", "CHANH VAN PHONG", "TRUONG BAN", "TRUONG PHONG",
	"CHANH AN", "VIEN TRUONG", "HIEU TRUONG", "TONG GIAM DOC", "TONG BI THU", "CHU NHIEM",
	"THONG DOC", "TONG KIEM TOAN", "TRUONG DOAN", "CHANH THANH TRA", "TONG THANH TRA", "CHU TICH NUOC",
	"TRUONG BAN CHI DAO", "THU KY", "TRUONG KHOA", "GIAM DOC SO"}

// docTypes are the names of document types as printed in capitals above the
// title (viet.DocTypes).
var docTypes = viet.DocTypes

// Marks printed in the header (ND 30/2020 Điều 15, 16).
var (
	urgencyMarks = []string{"HỎA TỐC", "HỎA TỐC HẸN GIỜ", "THƯỢNG KHẨN", "KHẨN"}
	secrecyMarks = []string{"TUYỆT MẬT", "TỐI MẬT", "MẬT"}
)

// authorityStarts begin the line naming who enacts a legal text, printed
// between the title and the preamble ("ỦY BAN NHÂN DÂN TỈNH",
// "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "BỘ TRƯỞNG BỘ TÀI CHÍNH").
var authorityStarts = []string{
	"UY BAN", "CHU TICH", "BO TRUONG", "THU TUONG", "CHINH PHU", "HOI DONG",
	"BAN THUONG VU", "BAN CHAP HANH", "BAN BI THU", "BO CHINH TRI", "GIAM DOC",
	"TONG CUC TRUONG", "CUC TRUONG", "TONG GIAM DOC", "HIEU TRUONG", "VIEN TRUONG",
	"THONG DOC", "TONG KIEM TOAN", "CHANH AN", "QUOC HOI", "CHU NHIEM", "TRUONG BAN",
}

// preambleOpeners start the sentences that follow the header: legal bases,
// the occasion of a plan, the reply of a letter.
var preambleOpeners = []string{
	"CAN CU", "THUC HIEN", "XET DE NGHI", "XET TO TRINH", "THEO DE NGHI", "TRA LOI",
	"NHAM", "DE ", "TIEP THEO", "TREN CO SO", "THI HANH", "QUA ", "NGAY ", "VUA QUA",
	"SAU KHI", "THEO ", "HIEN NAY", "TRONG ", "XET ",
}

// adminUnitStarts begin the second line of a body name split over two lines
// ("ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU").
var adminUnitStarts = []string{"TINH ", "THANH PHO ", "HUYEN ", "QUAN ", "XA ", "PHUONG ", "THI XA ", "THI TRAN ", "TP ", "DAC KHU "}

// incompleteBodies are names that need the next line to name a body.
var incompleteBodies = []string{"UY BAN NHAN DAN", "HOI DONG NHAN DAN", "THU TUONG", "UBND", "HDND"}

// secondBodyStarts may begin a subordinate body inside one merged line
// ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ").
var secondBodyStarts = []string{"TONG CUC", "CUC", "VU", "SO", "VAN PHONG", "HUYEN UY", "TINH UY", "THANH UY", "DANG UY", "CHI BO", "TRUNG TAM", "PHONG", "BAN"}

// typeCodes maps the type abbreviations of ND 30/2020 Phụ lục III and
// HD 36-HD/VPTW to document type names.
var typeCodes = map[string]string{
	"NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
	"QYĐ": "Quy định", "QĐi": "Quy định", "TB": "Thông báo", "HD": "Hướng dẫn",
	"CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án",
	"DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
	"HĐ": "Hợp đồng", "CĐ": "Công điện", "GUQ": "Giấy ủy quyền", "GM": "Giấy mời",
	"GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PC": "Phiếu chuyển",
	"PG": "Phiếu gửi", "PB": "Phiếu báo", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
	"NĐ": "Nghị định", "PL": "Pháp lệnh", "KL": "Kết luận", "CV": "Công văn",
	"NQLT": "Nghị quyết liên tịch", "QĐLT": "Quyết định liên tịch", "TC": "Tờ trình",
}

// copyBanners open the label a copy carries (ND 30/2020 Điều 25: sao y,
// sao lục, trích sao), often stamped above the copied header.
var copyBanners = []string{"SAO Y", "SAO LUC", "TRICH SAO", "BAN SAO",
	// The "Đến" stamp a receiving office puts on the first page (ND
	// 30/2020 Phụ lục IV): "ĐẾN Số: … Ngày: …", "Chuyển: …".
	"CONG VAN DEN", "DEN SO", "DEN NGAY"}

// signatureLabels are the labels of an electronic signature's stamp
// printed on a signed copy ("Người ký:", "Ký bởi:", "Địa chỉ:", "Thời gian
// ký:") and of the "Đến" stamp's fields ("Chuyển:", "Lưu hồ sơ số:"), each
// before a colon.
var signatureLabels = []string{"NGUOI KY", "KY BOI", "THOI GIAN KY", "NGAY KY", "CO QUAN", "EMAIL", "CHUC VU", "DIA CHI EMAIL", "DIA CHI",
	"CHUYEN", "LUU HO SO SO"}
