package viet

import (
	"regexp"
	"testing"
)

func TestNumberLabel(t *testing.T) {
	re := regexp.MustCompile(`^` + NumberLabel + `$`)
	// "Số" as print gives it and as OCR misreads it.
	for _, s := range []string{"Số", "SỐ", "số", "So", "Só", "Sò", "Sỏ", "Sõ", "Sọ", "Sô", "Sồ", "Sổ", "Sỗ", "Sộ",
		"Sơ", "Sớ", "Sờ", "Sở", "Sỡ", "Sợ", "S0", "S6", "s0", "SÔ", "SƠ"} {
		if !re.MatchString(s) {
			t.Errorf("%q is not read as the number label", s)
		}
	}
	for _, s := range []string{"S", "Sa", "Su", "Sư", "Sê", "Tố", "S1", "S8", "Số1", "Sổs", "ố"} {
		if re.MatchString(s) {
			t.Errorf("%q is read as the number label", s)
		}
	}
}
