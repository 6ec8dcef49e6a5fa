package repair

import "testing"

// Engines without Vietnamese write a placeholder for a marked vowel ("~",
// "^", "`", "?"), draw k as "lc" or "Ic" (the I is a small k's stem, not a
// capital) and m as "rn", and read Đ as B and Ộ as Q
// (dictionaries/lookalikes.tsv). Sentences written for this test.
func TestPlaceholdersAndShapes(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Ban hanh quy ch~ lam vi~c cua co quan.\n":              "Ban hành quy chế làm việc của cơ quan.\n",
		"Sinh vien dang lcy mon hoc truoc ngay 15.\n":           "Sinh viên đăng ký môn học trước ngày 15.\n",
		"Han chot dang Icy la ngay 20 thang nay.\n":             "Hạn chót đăng ký là ngày 20 tháng này.\n",
		"Cac don vi thuc hien nghiern tuc chi thi nay.\n":       "Các đơn vị thực hiện nghiêm túc chỉ thị này.\n",
		"Hqi dong nhan dan tinh thong qua nghi quyet.\n":        "Hội đồng nhân dân tỉnh thông qua nghị quyết.\n",
		"Chung toi da nh^n duoc cong van cua quy co quan.\n":    "Chúng tôi đã nhận được công văn của quý cơ quan.\n",
		"Các đơn vị báo cáo kết quả thực hiện trước ngày 20.\n": "Các đơn vị báo cáo kết quả thực hiện trước ngày 20.\n",
	})
}
