package repair

import "testing"

// gluedSplit finds a word and a number run together, and nothing in codes,
// numbers, measures or a lone digit that may be a damaged letter.
func TestGluedSplit(t *testing.T) {
	type want struct {
		cut      int
		numFirst bool
		ok       bool
	}
	for w, x := range map[string]want{
		"hoc2021-2022": {3, false, true},
		"nam2024":      {3, false, true},
		"2024den":      {4, true, true},
		"15/3/2024tai": {9, true, true},
		"2024.Truong":  {5, true, true},
		"2024.truong":  {},
		"v1.2.Beta":    {},
		"K8":           {},
		"1ut":          {},
		"QH15":         {},
		"NĐ-CP":        {},
		"2021-2022":    {},
		"hoach":        {},
		"h2o":          {},
		"ab12cd":       {},
	} {
		cut, numFirst, ok := gluedSplit(w)
		if (want{cut, numFirst, ok}) != x {
			t.Errorf("gluedSplit(%q) = %d %v %v, want %+v", w, cut, numFirst, ok, x)
		}
	}
}

// A word glued to a number is split when the context reads it as a word
// and a number, whatever the slotter made of it (a code for "hoc2021-2022");
// correct codes, measures and numbers stay as they are.
func TestGluedWordAndNumber(t *testing.T) {
	s := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, s, map[string]string{
		"ke hoach nam hoc2021-2022 cua truong\n":       "kế hoạch năm học 2021-2022 của trường\n",
		"trong nam2024 va cac nam sau\n":               "trong năm 2024 và các năm sau\n",
		"ban hanh ngay 15/3/2024den nay\n":             "ban hành ngày 15/3/2024 đến nay\n",
		"tu nam 2020den nam 2025\n":                    "từ năm 2020 đến năm 2025\n",
		"het han ngay 15/3/2024.Truong se thong bao\n": "hết hạn ngày 15/3/2024. Trường sẽ thông báo\n",
	})
	c := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, c, map[string]string{
		"Nghị định số 15/2020/NĐ-CP ngày 03/02/2020\n": "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020\n",
		"diện tích 500m2, năm học 2021-2022\n":         "diện tích 500m2, năm học 2021-2022\n",
		"virus H5N1 và COVID-19 tại QH15\n":            "virus H5N1 và COVID-19 tại QH15\n",
	})
}
