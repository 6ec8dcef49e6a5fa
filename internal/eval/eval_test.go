package eval

import (
	"reflect"
	"testing"

	"github.com/vidoc/vidoc/internal/viet"
)

func TestTokensSplitsPunctuation(t *testing.T) {
	got := Tokens("“Điều 1.” (Quy chế), số 12/2012/QĐ-UBND;")
	want := []string{"“", "Điều", "1", ".", "”", "(", "Quy", "chế", ")", ",", "số", "12/2012/QĐ-UBND", ";"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens = %q, want %q", got, want)
	}
}

func TestCompareCounts(t *testing.T) {
	r := Compare("Ủy ban nhân dân tỉnh", "Uy ban Nhân dân")
	if r.Words != 5 || r.Correct != 2 || r.CorrectCI != 3 {
		t.Fatalf("words %d correct %d ci %d, want 5 2 3", r.Words, r.Correct, r.CorrectCI)
	}
	if r.SylAcc != 0.4 || r.SylAccCI != 0.6 || r.WER != 0.6 {
		t.Errorf("syl_acc %v syl_acc_ci %v wer %v, want 0.4 0.6 0.6", r.SylAcc, r.SylAccCI, r.WER)
	}
	wantErrs := []WordError{{Truth: "Ủy", Hyp: "Uy"}, {Truth: "nhân", Hyp: "Nhân"}, {Truth: "tỉnh", Missing: true}}
	if !reflect.DeepEqual(r.Errors, wantErrs) {
		t.Errorf("Errors = %+v, want %+v", r.Errors, wantErrs)
	}
}

func TestSumWeighsSyllablesNotFiles(t *testing.T) {
	a := Compare("một hai ba bốn", "một hai ba bốn")
	b := Compare("năm", "nam")
	s := Sum(a, b)
	if s.Words != 5 || s.Correct != 4 || s.SylAcc != 0.8 {
		t.Errorf("Sum: words %d correct %d syl_acc %v, want 5 4 0.8", s.Words, s.Correct, s.SylAcc)
	}
	if len(s.Errors) != 1 || s.Errors[0].Truth != "năm" {
		t.Errorf("Sum errors = %+v", s.Errors)
	}
}

func BenchmarkCompare(b *testing.B) {
	truth := ""
	for range 300 {
		truth += "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
	}
	hyp := viet.StripDiacritics(truth)
	b.SetBytes(int64(len(truth)))
	for b.Loop() {
		Compare(truth, hyp)
	}
}
