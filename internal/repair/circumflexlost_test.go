package repair

import (
	"strings"
	"testing"
)

// A legacy engine reads ô with its marks lost and its bowl opened as a,
// as it does ơ ("cang viec" for công việc): the legacy row "ô" → "a" of
// lookalikes.tsv. Text written for the test.
func TestCircumflexOReadAsA(t *testing.T) {
	r := realRepairer(t, Options{Damage: "legacy"})
	for in, want := range map[string]string{
		"Anh ~y hoan thanh cang vi~c duqc giao.\n": "công việc",
		"Nguai dan cai thi~n dai sang vat chat.\n": "đời sống",
		"Dy an dat tiau chu~n v~ m6i truang.\n":    "tiêu chuẩn",
	} {
		if got := repairText(t, r, in).Text; !strings.Contains(got, want) {
			t.Errorf("%q → %q, want %q in it", in, got, want)
		}
	}
}
