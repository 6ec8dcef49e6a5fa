package formgen

// The lists below are written from the decrees' appendices (ND 30/2020 Phụ
// lục III, the types and their abbreviations; HD 36-HD/VPTW mục 2, the
// Party's) and from general geography and administrative vocabulary; none
// is taken from a document of the development set.

import "image/color"

// docKind is a type of document and the abbreviation its symbol carries.
type docKind struct {
	Name   string // the type line, in capitals ("" for a công văn, which has none)
	Abbrev string
	// Subjects open its abstract.
	Subjects []string
}

var stateKinds = []docKind{
	{"QUYẾT ĐỊNH", "QĐ", []string{"Về việc ban hành", "Về việc phê duyệt", "Về việc thành lập", "Về việc công nhận", "Về việc giao"}},
	{"KẾ HOẠCH", "KH", []string{"Triển khai thực hiện", "Tổ chức", "Kiểm tra, giám sát", "Thực hiện"}},
	{"THÔNG BÁO", "TB", []string{"Về việc tổ chức", "Kết luận của Chủ tịch về", "Về việc điều chỉnh", "Lịch"}},
	{"CHỈ THỊ", "CT", []string{"Về việc tăng cường", "Về việc đẩy mạnh", "Về việc chấn chỉnh"}},
	{"BÁO CÁO", "BC", []string{"Kết quả thực hiện", "Tình hình", "Sơ kết", "Tổng kết"}},
	{"TỜ TRÌNH", "TTr", []string{"Về việc đề nghị phê duyệt", "Đề nghị thông qua", "Về việc xin chủ trương"}},
	{"NGHỊ QUYẾT", "NQ", []string{"Về việc thông qua", "Quy định", "Về việc phê chuẩn"}},
	{"HƯỚNG DẪN", "HD", []string{"Thực hiện", "Tổ chức", "Về việc"}},
	{"CHƯƠNG TRÌNH", "CTr", []string{"Hành động thực hiện", "Công tác", "Phối hợp"}},
	{"PHƯƠNG ÁN", "PA", []string{"Tổ chức", "Bảo đảm", "Phòng, chống"}},
	{"GIẤY MỜI", "GM", []string{"Dự hội nghị", "Họp"}},
	{"", "", []string{"V/v"}}, // công văn
}

var partyKinds = []docKind{
	{"NGHỊ QUYẾT", "NQ", []string{"Về", "Về tăng cường", "Về lãnh đạo"}},
	{"KẾ HOẠCH", "KH", []string{"Triển khai", "Tổ chức", "Thực hiện", "Kiểm tra, giám sát"}},
	{"CHỈ THỊ", "CT", []string{"Về tăng cường sự lãnh đạo của Đảng đối với", "Về lãnh đạo"}},
	{"BÁO CÁO", "BC", []string{"Kết quả", "Tình hình", "Sơ kết", "Tổng kết"}},
	{"THÔNG BÁO", "TB", []string{"Kết luận của Ban Thường vụ về", "Ý kiến chỉ đạo về"}},
	{"HƯỚNG DẪN", "HD", []string{"Thực hiện", "Tổ chức", "Về"}},
	{"QUYẾT ĐỊNH", "QĐ", []string{"Về việc thành lập", "Về việc kiện toàn", "Về việc chuẩn y"}},
	{"KẾT LUẬN", "KL", []string{"Về", "Của Ban Thường vụ về"}},
	{"CHƯƠNG TRÌNH", "CTr", []string{"Hành động thực hiện", "Công tác"}},
	{"TỜ TRÌNH", "TTr", []string{"Về việc", "Đề nghị"}},
	{"", "CV", []string{"V/v"}}, // công văn: "Số 12-CV/HU"
}

// topics end an abstract: general matters of local administration.
var topics = []string{
	"công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {Y}",
	"chuyển đổi số trong cơ quan nhà nước giai đoạn 2025 - 2030",
	"công tác cải cách hành chính năm {Y}",
	"quy chế làm việc của cơ quan",
	"kế hoạch sử dụng đất năm {Y}",
	"công tác tuyển sinh vào lớp 10 năm học {Y} - {Y1}",
	"tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
	"bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán",
	"công tác quản lý, bảo vệ rừng mùa khô",
	"phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
	"thu, nộp ngân sách nhà nước sáu tháng đầu năm {Y}",
	"công tác phòng cháy, chữa cháy tại khu dân cư",
	"đợt sinh hoạt chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
	"công tác phát triển đảng viên năm {Y}",
	"xây dựng nông thôn mới nâng cao",
	"hội nghị cán bộ, công chức năm {Y}",
	"công tác kiểm tra, giám sát của cấp ủy",
	"vệ sinh an toàn thực phẩm trong mùa lễ hội",
	"việc sắp xếp đơn vị hành chính cấp xã",
	"giải quyết đơn thư khiếu nại, tố cáo của công dân",
	"chế độ báo cáo định kỳ về thống kê",
	"công tác bảo vệ môi trường và thu gom rác thải sinh hoạt",
	"diễn tập khu vực phòng thủ năm {Y}",
	"Đại hội Hội Nông dân các cấp nhiệm kỳ {Y} - {Y5}",
}

// province is a province or a city under the centre: its name as a place
// and the districts drawn under it.
type province struct {
	Name      string
	City      bool // a centrally run city ("THÀNH PHỐ", "THÀNH ỦY")
	Districts []string
}

var provinces = []province{
	{"Hà Nội", true, []string{"Ba Vì", "Sóc Sơn", "Đông Anh", "Mỹ Đức"}},
	{"Hải Phòng", true, []string{"Thủy Nguyên", "Tiên Lãng", "Cát Hải"}},
	{"Đà Nẵng", true, []string{"Hòa Vang", "Liên Chiểu", "Cẩm Lệ"}},
	{"Cần Thơ", true, []string{"Phong Điền", "Cờ Đỏ", "Thới Lai"}},
	{"Lào Cai", false, []string{"Bảo Thắng", "Sa Pa", "Bát Xát"}},
	{"Thái Nguyên", false, []string{"Đại Từ", "Phú Lương", "Định Hóa"}},
	{"Bắc Giang", false, []string{"Lục Nam", "Yên Thế", "Hiệp Hòa"}},
	{"Quảng Ninh", false, []string{"Vân Đồn", "Tiên Yên", "Đầm Hà"}},
	{"Nam Định", false, []string{"Hải Hậu", "Giao Thủy", "Ý Yên"}},
	{"Thanh Hóa", false, []string{"Nga Sơn", "Hoằng Hóa", "Thọ Xuân", "Quan Hóa"}},
	{"Nghệ An", false, []string{"Diễn Châu", "Quỳnh Lưu", "Con Cuông", "Nghi Lộc"}},
	{"Hà Tĩnh", false, []string{"Cẩm Xuyên", "Hương Khê", "Đức Thọ"}},
	{"Quảng Bình", false, []string{"Bố Trạch", "Lệ Thủy", "Minh Hóa"}},
	{"Quảng Nam", false, []string{"Duy Xuyên", "Thăng Bình", "Núi Thành"}},
	{"Quảng Ngãi", false, []string{"Bình Sơn", "Sơn Tịnh", "Mộ Đức"}},
	{"Bình Định", false, []string{"Phù Cát", "Tây Sơn", "Hoài Nhơn"}},
	{"Khánh Hòa", false, []string{"Diên Khánh", "Vạn Ninh", "Cam Lâm"}},
	{"Đắk Lắk", false, []string{"Krông Pắc", "Ea Kar", "Cư M'gar"}},
	{"Lâm Đồng", false, []string{"Đức Trọng", "Di Linh", "Lâm Hà"}},
	{"Bình Phước", false, []string{"Đồng Phú", "Bù Đăng", "Lộc Ninh"}},
	{"Tây Ninh", false, []string{"Gò Dầu", "Tân Biên", "Châu Thành"}},
	{"Đồng Nai", false, []string{"Trảng Bom", "Định Quán", "Xuân Lộc"}},
	{"Long An", false, []string{"Đức Hòa", "Cần Giuộc", "Tân Trụ"}},
	{"Tiền Giang", false, []string{"Cái Bè", "Gò Công Tây", "Chợ Gạo"}},
	{"Vĩnh Long", false, []string{"Long Hồ", "Tam Bình", "Trà Ôn"}},
	{"An Giang", false, []string{"Chợ Mới", "Thoại Sơn", "Tịnh Biên"}},
	{"Kiên Giang", false, []string{"Gò Quao", "Giồng Riềng", "Phú Quốc"}},
	{"Sóc Trăng", false, []string{"Mỹ Tú", "Kế Sách", "Trần Đề"}},
	{"Cà Mau", false, []string{"Năm Căn", "Thới Bình", "Đầm Dơi"}},
}

// communes are names of communes, common across provinces, for a
// commune's Party committee.
var communes = []string{"Tân Phú", "Bình Minh", "Phú Hòa", "Quảng Phú", "Nghĩa Hưng", "Đông Thạnh", "Xuân Lâm", "Tiến Thắng", "Hưng Lộc"}

// departments are provincial departments (sở) with their symbol's
// abbreviation and a unit of theirs for a công văn's second part.
var departments = []struct{ Name, Abbrev, Unit string }{
	{"SỞ TÀI CHÍNH", "STC", "QLNS"},
	{"SỞ Y TẾ", "SYT", "NVY"},
	{"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "SGDĐT", "GDTrH"},
	{"SỞ NỘI VỤ", "SNV", "CCVC"},
	{"SỞ TƯ PHÁP", "STP", "XDKTVB"},
	{"SỞ XÂY DỰNG", "SXD", "QLN"},
	{"SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SNNMT", "TL"},
	{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "SVHTTDL", "QLVH"},
}

// ministries issue under no parent body.
var ministries = []struct{ Name, Abbrev, Unit string }{
	{"BỘ Y TẾ", "BYT", "KCB"},
	{"BỘ TÀI CHÍNH", "BTC", "NSNN"},
	{"BỘ NỘI VỤ", "BNV", "TCBC"},
	{"BỘ GIÁO DỤC VÀ ĐÀO TẠO", "BGDĐT", "GDĐH"},
	{"BỘ XÂY DỰNG", "BXD", "QLN"},
}

// officeUnits are the UBND's specialised units named in a công văn's
// symbol ("345/UBND-VX").
var officeUnits = []string{"VX", "KT", "NC", "TH", "ĐT", "NN"}

// partyBoards are the Party committees' advisory boards under a district or
// provincial committee.
var partyBoards = []struct{ Name, Abbrev string }{
	{"BAN TUYÊN GIÁO", "BTG"},
	{"BAN TỔ CHỨC", "BTC"},
	{"ỦY BAN KIỂM TRA", "UBKT"},
	{"BAN DÂN VẬN", "BDV"},
}

// People's names, for the signer.
var (
	surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	middles  = []string{"Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân"}
	givens   = []string{"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hòa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Tâm", "Thảo", "Tuấn", "Việt"}
)

// bodyParagraphs are general paragraphs of the body; the header is what is
// measured, the body only fills the page as a body does.
var bodyParagraphs = []string{
	"Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ tình hình thực tế của địa phương, cơ quan xây dựng kế hoạch với các nội dung sau đây.",
	"Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao chủ động triển khai thực hiện, báo cáo kết quả về cơ quan thường trực trước ngày 15 hằng tháng.",
	"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời để tổng hợp, báo cáo cấp có thẩm quyền xem xét, giải quyết.",
	"Giao Văn phòng theo dõi, đôn đốc việc thực hiện; định kỳ tổng hợp tình hình, đề xuất biện pháp tháo gỡ những vướng mắc phát sinh.",
	"Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc quán triệt và tổ chức thực hiện có hiệu quả các nội dung trên.",
}

// spelledUnits are drafting units a symbol writes out in words after the
// type code ("/KH-P Tổ chức"): an abbreviation of the unit's kind and its
// field in words.
var spelledUnits = []string{"QL Chất lượng", "P Tổ chức", "KH Tài chính", "QL Khoa học", "P Hành chính"}

// citedKinds are documents a body cites by number and date, with their
// type codes (ND 30/2020 Phụ lục III).
var citedKinds = []struct{ name, abbrev string }{
	{"Kế hoạch", "KH"}, {"Quyết định", "QĐ"}, {"Công văn", ""}, {"Thông báo", "TB"}, {"Chỉ thị", "CT"},
}

// receivingOffices are the names a receiving office's stamp bears.
var receivingOffices = []string{"VĂN PHÒNG UBND TỈNH", "SỞ NỘI VỤ", "UBND HUYỆN", "VĂN PHÒNG HĐND"}

// receivedInks are the pads a received stamp is pressed from.
var receivedInks = []struct {
	name string
	rgba color.RGBA
}{
	{"red", color.RGBA{R: 200, G: 40, B: 60, A: 255}},
	{"violet", color.RGBA{R: 110, G: 50, B: 150, A: 255}},
	{"black", color.RGBA{R: 20, G: 20, B: 25, A: 255}},
	{"blue-black", color.RGBA{R: 60, G: 70, B: 100, A: 255}},
	{"grey", color.RGBA{R: 120, G: 120, B: 125, A: 255}},
}
