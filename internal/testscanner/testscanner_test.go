package testscanner

import "testing"

func TestRead(t *testing.T) {
	for in, want := range map[string]string{
		"Người đứng đầu": "Ngvoi dvng dau",
		"ƯỚC TÍNH":       "VOC TINH",
		"thường xuyên.":  "thvong xuyen.",
		"không có chữ ư": "khong co chv v",
	} {
		if got := Read(in); got != want {
			t.Errorf("Read(%q) = %q, want %q", in, got, want)
		}
	}
}
