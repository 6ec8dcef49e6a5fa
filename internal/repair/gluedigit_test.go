package repair

import "testing"

// One digit glued before a whole syllable is a day, a month or a count
// that lost its space, split off rather than dropped; a digit that stands
// for a damaged letter is still read as the letter.
func TestOneDigitGlued(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Quyết định số 12/2023/QĐ-UBND ngày 20 tháng 7năm 2023 của Ủy ban nhân dân tỉnh.\n": "Quyết định số 12/2023/QĐ-UBND ngày 20 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh.\n",
		"Đoàn kiểm tra gồm 4người do Phó Giám đốc Sở làm trưởng đoàn.\n":                    "Đoàn kiểm tra gồm 4 người do Phó Giám đốc Sở làm trưởng đoàn.\n",
	})
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Cán bộ 1àm việc theo quy định của pháp luật.\n": "Cán bộ làm việc theo quy định của pháp luật.\n",
	})
}
