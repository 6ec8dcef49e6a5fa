package repair

import "testing"

// A form's sub-item letters after its number and a unit's letters before
// its power stay in small letters: mended into the nearest known part they
// became "05.AB/TT", "18CP/KT" and "Bq/CM2" (harms found by repairing
// correct legal text). A damaged part of a code is still mended. Text
// written for the test.
func TestSmallSuffixInCodeKept(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{}), map[string]string{
		"Lập báo cáo theo Mẫu số 03.b/TT và Mẫu số 12c/KT-TC gửi kèm.\n":     "Lập báo cáo theo Mẫu số 03.b/TT và Mẫu số 12c/KT-TC gửi kèm.\n",
		"Biểu 02.a.nn/BC, biểu 07.b,c/TT và phiếu 01a-TB được dùng chung.\n": "Biểu 02.a.nn/BC, biểu 07.b,c/TT và phiếu 01a-TB được dùng chung.\n",
		"Hoạt độ bề mặt dưới 4 Bq/cm2, nồng độ khí dưới 2 TBq/m3.\n":         "Hoạt độ bề mặt dưới 4 Bq/cm2, nồng độ khí dưới 2 TBq/m3.\n",
		"Theo Quyết định số 15/2023/Qđ-UBND của tỉnh.\n":                     "Theo Quyết định số 15/2023/QĐ-UBND của tỉnh.\n",
	})
	for _, c := range []struct {
		code string
		i, j int
		prev bool
		want bool
	}{
		{"05.a/TT", 3, 4, false, true},
		{"18c/KT", 2, 3, false, true},
		{"04.b.nn/TT", 5, 7, true, true},
		{"Bq/cm2", 3, 5, false, true},
		{"12/2024/tt-BTC", 8, 10, false, false},
		{"QĐ-ubnd", 4, 8, false, false},
		{"05.Ab/TT", 3, 5, false, false},
	} {
		if got := smallSuffix(c.code, c.i, c.j, c.prev); got != c.want {
			t.Errorf("smallSuffix(%q, %d, %d) = %v, want %v", c.code, c.i, c.j, got, c.want)
		}
	}
}
