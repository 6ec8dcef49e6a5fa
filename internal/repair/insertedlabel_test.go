package repair

import "testing"

// The label of an inserted clause or point, one digit and a small letter,
// keeps its number where a number is due: after the part it numbers, or
// opening its line before "." or ")", in quotes or not. Elsewhere a digit
// before a letter may still be a damaged letter.
func TestInsertedLabels(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Bổ sung khoản 3a vào sau khoản 3 như sau:\n“3a. Người đứng đầu cơ quan chịu trách nhiệm.\n": "Bổ sung khoản 3a vào sau khoản 3 như sau:\n“3a. Người đứng đầu cơ quan chịu trách nhiệm.\n",
		"4a) Hồ sơ gồm đơn đề nghị và bản sao giấy tờ.\n":                                            "4a) Hồ sơ gồm đơn đề nghị và bản sao giấy tờ.\n",
		"Bãi bỏ điểm 2a khoản 1 Điều 9 của Thông tư.\n":                                              "Bãi bỏ điểm 2a khoản 1 Điều 9 của Thông tư.\n",
	})
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Đây 1a công việc của cơ quan.\n": "Đây là công việc của cơ quan.\n",
	})
}

// A part numbered in Roman numerals keeps its number: read as a word,
// "Mục XI" became "Mục I", another part (a harm found on new legal
// pages); so does a point named by a capital and a digit ("điểm A1" had
// become "điểm A"). Text written for the test.
func TestRomanPartNumbers(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Nghị định này thay thế Mục XI và Mục VI của Phần thứ hai.\n": "Nghị định này thay thế Mục XI và Mục VI của Phần thứ hai.\n",
		"Bãi bỏ Chương XI của Thông tư.\n":                            "Bãi bỏ Chương XI của Thông tư.\n",
		"Ranh giới bắt đầu từ điểm A1 có tọa độ sau đây.\n":           "Ranh giới bắt đầu từ điểm A1 có tọa độ sau đây.\n",
	})
}
