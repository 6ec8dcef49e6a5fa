package eval

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vidoc/vidoc/internal/viet"
)

// findShared walks up from the package directory to the shared/ folder that
// sits beside the project root; it returns "" when there is none.
func findShared(tb testing.TB) string {
	tb.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared")
		if st, err := os.Stat(filepath.Join(p, "tools", "vscore.py")); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// damage turns a truth into a plausible bad hypothesis: stripped or
// re-cased words, dropped and inserted tokens, split punctuation.
func damage(truth string, rng *rand.Rand) string {
	words := strings.Fields(truth)
	var out []string
	for _, w := range words {
		switch rng.IntN(12) {
		case 0:
			out = append(out, viet.StripDiacritics(w))
		case 1:
			out = append(out, strings.ToUpper(w))
		case 2: // dropped
		case 3:
			out = append(out, w, "l")
		case 4:
			out = append(out, strings.TrimRight(w, ".,;:"))
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

type vscoreFigures struct {
	Tokens   int     `json:"tokens"`
	Words    int     `json:"words"`
	SylAcc   float64 `json:"syl_acc"`
	SylAccCI float64 `json:"syl_acc_ci"`
	WER      float64 `json:"wer"`
	CER      float64 `json:"cer"`
}

// runVscore scores a pair with the reference script: figures and wrong words.
func runVscore(t *testing.T, script, truth, hyp string) (vscoreFigures, []string) {
	t.Helper()
	dir := t.TempDir()
	tp, hp := filepath.Join(dir, "truth.txt"), filepath.Join(dir, "hyp.txt")
	if err := os.WriteFile(tp, []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(hp, []byte(hyp), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script, tp, hp, "--json", "--diff", "1000000").Output()
	if err != nil {
		t.Fatalf("vscore.py: %v", err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	var f vscoreFigures
	if err := json.Unmarshal([]byte(lines[0]), &f); err != nil {
		t.Fatalf("vscore.py output %q: %v", lines[0], err)
	}
	return f, lines[1:]
}

func TestCompareAgreesWithVscore(t *testing.T) {
	shared := findShared(t)
	if shared == "" {
		t.Skip("shared/tools/vscore.py not found beside the project")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	script := filepath.Join(shared, "tools", "vscore.py")

	type pairCase struct{ name, truth, hyp string }
	cases := []pairCase{
		{"identical", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"},
		{"stripped", "Điều 1. Ban hành kèm theo Quyết định này Quy chế.", "Dieu 1. Ban hanh kem theo Quyet dinh nay Quy che."},
		{"case only", "ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân tỉnh"},
		{"alternatives", "Thủ tướng Chính phủ hằng|hàng năm (“báo cáo”)", "Thủ tướng Chính phủ hàng năm ( báo cáo )"},
		{"empty hypothesis", "Nơi nhận: Như trên;", ""},
		{"empty truth", "", "một hai ba"},
		{"decomposed input", norm.NFD.String("Nghị định số 15/2020/NĐ-CP"), "Nghị định số 15/2020/NĐ–CP"},
		{"odd whitespace", "Sở\u00a0Tài chính\u2003và\tSở Nội vụ\n\n", "Sở Tài chính và Sở Nội vụ"},
		{"lone pipe", "a | b", "a b"},
	}
	rng := rand.New(rand.NewPCG(2024, 7))
	if texts, _ := filepath.Glob(filepath.Join(shared, "dev", "texts", "*.txt")); len(texts) > 0 {
		// The script's alignment is pure Python and quadratic: keep each
		// excerpt to a few hundred words.
		for _, p := range texts[:min(4, len(texts))] {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			words := strings.Fields(string(b))
			truth := strings.Join(words[:min(400, len(words))], " ")
			cases = append(cases,
				pairCase{filepath.Base(p) + " damaged", truth, damage(truth, rng)},
				pairCase{filepath.Base(p) + " stripped", truth, viet.StripDiacritics(truth)})
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, wantErrs := runVscore(t, script, c.truth, c.hyp)
			got := Compare(c.truth, c.hyp)
			if got.Tokens != want.Tokens || got.Words != want.Words || got.SylAcc != want.SylAcc ||
				got.SylAccCI != want.SylAccCI || got.WER != want.WER || got.CER != want.CER {
				t.Errorf("Compare = tokens %d words %d syl_acc %v syl_acc_ci %v wer %v cer %v\nvscore  = %+v",
					got.Tokens, got.Words, got.SylAcc, got.SylAccCI, got.WER, got.CER, want)
			}
			var gotErrs []string
			for _, e := range got.Errors {
				h := e.Hyp
				if e.Missing {
					h = "None"
				}
				gotErrs = append(gotErrs, "  "+e.Truth+" -> "+h)
			}
			if strings.Join(gotErrs, "\n") != strings.Join(wantErrs, "\n") {
				t.Errorf("wrong words differ:\ngot  %q\nwant %q", gotErrs, wantErrs)
			}
		})
	}
}
