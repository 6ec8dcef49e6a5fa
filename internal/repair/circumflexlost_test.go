package repair

import "testing"

// A legacy engine reads ô with its marks lost and its bowl opened as a,
// as it does ơ ("cang viec" for công việc): the legacy row "ô" → "a" of
// lookalikes.tsv. Text written for the test.
func TestCircumflexOReadAsA(t *testing.T) {
	wantReadings(t, realRepairer(t, Options{Damage: "legacy"}), map[string]string{
		"Anh ~y hoan thanh cang vi~c duqc giao.\n": "công việc",
		"Nguai dan cai thi~n dai sang vat chat.\n": "đời sống",
		"Dy an dat tiau chu~n v~ m6i truang.\n":    "tiêu chuẩn",
	})
}

// A heading in capitals whose Đ the engine read as B keeps its reading
// among the many a look-alike row adds to a short word: the candidate
// list is long enough for the context to choose (maxLegacyCandidates).
// Text written for the test.
func TestCapitalReadingKeptAmongLookAlikes(t *testing.T) {
	wantRepairs(t, realRepairer(t, Options{Damage: "legacy"}), map[string]string{
		"QUY BINH VE CHE BO BAI NGO CAN BO\n": "QUY ĐỊNH VỀ CHẾ ĐỘ ĐÃI NGỘ CÁN BỘ\n",
	})
}
