package lm

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildReportWriteText(t *testing.T) {
	held := t.TempDir()
	if err := os.WriteFile(filepath.Join(held, "dev.txt"), []byte("Huyện ủy ban hành kế hoạch thực hiện nghị quyết.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	rep, err := Build(context.Background(), BuildOptions{CorpusDirs: []string{writeToy(t)}, ExcludeDirs: []string{held},
		Order: 3, MinCount: 1, Cutoffs: Cutoffs{0, 1}, CompareCutoffs: []Cutoffs{nil},
		Supplement: "Ban Thường vụ Huyện ủy\n", SupplementName: "terms.txt", SupplementWeight: 2}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := rep.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{
		"language model: order 3, vocabulary ",
		"supplement: 1 phrases of terms.txt, each counted 2 times",
		" huyện ủy=",
		"cut-offs", // the pruning table: held-out texts were given
		"\n0,1 ",
		"\nnone ",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
}

func TestCutoffsString(t *testing.T) {
	for _, c := range []struct {
		cut  Cutoffs
		want string
	}{{nil, "none"}, {Cutoffs{1}, "1"}, {Cutoffs{1, 2, 2}, "1,2,2"}} {
		if got := c.cut.String(); got != c.want {
			t.Errorf("%v.String() = %q, want %q", []uint32(c.cut), got, c.want)
		}
	}
}

func TestDefaultInfo(t *testing.T) {
	info, err := DefaultInfo()
	if err != nil {
		t.Fatal(err)
	}
	if info.Version != DataVersion() || info.Order != len(info.NGrams) || info.BytesOnDisk == 0 {
		t.Errorf("incomplete figures: %+v", info)
	}
	var out strings.Builder
	if err := info.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"language model  " + info.Version + "\n", "cut-offs " + info.Cutoffs.String() + "\n", "1-grams "} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("info lacks %q:\n%s", want, out.String())
		}
	}
}
