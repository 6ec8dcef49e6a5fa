package repair

import (
	"slices"
	"strings"
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

// A token of three syllables, each mark drawn as a symbol that took the
// room of the space after it, is read as the three syllables when the
// context asks for them; a token of two such syllables is still read as two.
func TestMarkCutThreeRepairs(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	wantRepairs(t, l, map[string]string{
		"Can b~ vi~n chuc ph~ith~chi~n dung quy dinh.\n": "Cán bộ viên chức phải thực hiện đúng quy định.\n",
		"Ph~ith~chi~n dung quy dinh ve tai chinh.\n":     "Phải thực hiện đúng quy định về tài chính.\n",
		"Cac em hC)ct~p rat cham chi trong nam nay.\n":   "Các em học tập rất chăm chỉ trong năm nay.\n",
	})
}

// markCutThrees cuts only at two marks with a mark in each of the first two
// parts and two letters or more in the middle.
func TestMarkCutThrees(t *testing.T) {
	l := realRepairer(t, Options{Damage: "legacy"})
	ch := l.channels.Get("legacy")
	w := "ph~ith~chi~n"
	found := false
	for _, a := range l.markCutThrees(ch, w, markCuts(w, false)) {
		if a.third == 0 || strings.Count(a.text, " ") != 2 {
			t.Fatalf("three-part arc %+v carries no third unit", a)
		}
		found = found || a.text == "phải thực hiện"
	}
	if !found {
		t.Errorf("markCutThrees(%q) lacks phải thực hiện", w)
	}
	if got := l.markCutThrees(ch, "be>phan", markCuts("be>phan", false)); len(got) != 0 {
		t.Errorf("markCutThrees(be>phan) = %d arcs, want none (one mark)", len(got))
	}
}

// splitCase gives each syllable of a split the case of its part of the
// token, whatever the number of parts.
func TestSplitCase(t *testing.T) {
	for _, c := range [][3]string{
		{"phải thực hiện", "PH~ITH~CHI~N", "PHẢI THỰC HIỆN"},
		{"phải thực hiện", "Ph~ith~chi~n", "Phải thực hiện"},
		{"yêu cầu", "YêucAu", "Yêu cầu"},
		{"a b c", "ab", "a b c"},
	} {
		if got := splitCase(c[0], c[1]); got != c[2] {
			t.Errorf("splitCase(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
