package repair

import "testing"

// A word glued after a number is split off when symbols drawn for its
// marks stand among its letters, when a percent sign ends the number, and
// when the comma or semicolon after a date lost its space; a code stays.
func TestGluedNumberAndMarkedWord(t *testing.T) {
	legacy := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, legacy, map[string]string{
		"Căn cứ Quyết định ngày 14/3/2019c\"a Ủy ban nhân dân tỉnh.\n": "Căn cứ Quyết định ngày 14/3/2019 của Ủy ban nhân dân tỉnh.\n",
		"Người lao động được hưởng 75%muc lương cơ sở.\n":              "Người lao động được hưởng 75% mức lương cơ sở.\n",
		"Căn cứ Luật ngày 19/6/2015;Căn cứ Nghị định số 12.\n":         "Căn cứ Luật ngày 19/6/2015; Căn cứ Nghị định số 12.\n",
		"Hỗ trợ 2.500.000d'ồng cho mỗi hộ.\n":                          "Hỗ trợ 2.500.000 đồng cho mỗi hộ.\n",
		"Thực hiện Quyết định số 15/2019/QĐ-UBND của tỉnh.\n":          "Thực hiện Quyết định số 15/2019/QĐ-UBND của tỉnh.\n",
	})
	for w, want := range map[string]int{"2019c\"a": 4, "1945cải": 4, "15/QĐ-UBND": 7, "80%": 3} {
		if got := numberThenWord(w); got != want {
			t.Errorf("numberThenWord(%q) = %d, want %d", w, got, want)
		}
	}
}
