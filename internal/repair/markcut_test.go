package repair

import (
	"slices"
	"testing"
)

// markCuts cuts after a mark and after a mark and one letter, and, where
// the slotter cut at the mark, around it after two letters or more; never
// in a token without a mark, one that starts with a mark, at a dot (a
// domain, a letter's piece), or in one with a digit, a slash or a hyphen
// (codes and numbers).
func TestMarkCuts(t *testing.T) {
	if got, want := markCuts("hC)ct~p", true), []markCut{{2, 3}, {3, 3}, {4, 4}}; !slices.Equal(got, want) {
		t.Errorf("markCuts(hC)ct~p, drop) = %v, want %v", got, want)
	}
	for w, want := range map[string][]markCut{
		"duQ'cbi~t":  {{4, 4}, {5, 5}},
		"hC)ct~p":    {{3, 3}, {4, 4}},
		"ve>sinh":    {{3, 3}, {4, 4}},
		"hoc":        nil,
		">mtrong":    nil,
		"epu.edu":    nil,
		"Ba.tng":     nil,
		"QĐ-UBND":    nil,
		"khẩu/ngoài": nil,
		"t1,l'Inh":   nil,
	} {
		if got := markCuts(w, false); !slices.Equal(got, want) {
			t.Errorf("markCuts(%q) = %v, want %v", w, got, want)
		}
	}
}

// A syllable whose mark OCR drew as a symbol, glued to the next syllable,
// is read as the two syllables when the context asks for them; text with
// real punctuation, addresses and correct text stay as they are.
func TestMarkCutRepairs(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"Cac em hC)ct~p rat cham chi trong nam nay.\n":  "Các em học tập rất chăm chỉ trong năm nay.\n",
		"Nguoi dan duQ'cbi~t ve chinh sach moi.\n":      "Người dân được biết về chính sách mới.\n",
		"Ong ay lam vi~c t~i s<;>gi'ao duc tinh nha.\n": "Ông ấy làm việc tại sở giáo dục tỉnh nhà.\n",
		"xem them tai sinhvien.truong.edu.vn\n":         "xem thêm tại sinhvien.truong.edu.vn\n",
	})
	c := realRepairer(t, Options{Damage: "clean"})
	wantRepairs(t, c, map[string]string{
		"Các mục a);b) và điểm c), xem tại vanban.gov.vn\n": "Các mục a);b) và điểm c), xem tại vanban.gov.vn\n",
	})
}

// foldMarkRuns writes a run of marks after a letter as one placeholder.
func TestFoldMarkRuns(t *testing.T) {
	for in, want := range map[string]string{"t<;>p": "t~p", "ho;c": "ho;c", "<<a": "<<a", "v~": "v~", "a;,": "a~", "a.,": "a.,"} {
		if got := foldMarkRuns(in); got != want {
			t.Errorf("foldMarkRuns(%q) = %q, want %q", in, got, want)
		}
	}
}
