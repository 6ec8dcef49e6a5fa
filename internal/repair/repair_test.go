package repair

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/lm"
	"github.com/vidoc/vidoc/internal/viet"
)

// smallRepairer decodes with a trigram counted from testdata/train.txt and
// the embedded error model: enough to test the machinery without the
// embedded language model.
func smallRepairer(t testing.TB, opts Options) *Repairer {
	t.Helper()
	b, err := os.ReadFile("testdata/train.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := newDevLM()
	m.addText(string(b))
	for i := range m.uni { // the test text is small: let every word in
		if m.uni[i] == 1 {
			m.uni[i] = 2
		}
	}
	cs, err := errmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := newRepairer(m, cs, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// realRepairer is the product's repairer; it skips when no language model
// is embedded in this build.
func realRepairer(t testing.TB, opts Options) *Repairer {
	t.Helper()
	if _, err := lm.Default(); err != nil {
		t.Skipf("no embedded language model: %v", err)
	}
	r, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// wantRepairs checks that r turns each input into its wanted text.
func wantRepairs(t *testing.T, r *Repairer, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := repairText(t, r, in).Text; got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}

func repairText(t testing.TB, r *Repairer, text string) Result {
	t.Helper()
	res, err := r.Repair(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestRepairRestoresStrippedTrainingText(t *testing.T) {
	r := smallRepairer(t, Options{})
	b, _ := os.ReadFile("testdata/train.txt")
	truth := string(b)
	res := repairText(t, r, viet.StripDiacritics(truth))
	acc := eval.Compare(truth, res.Text).SylAcc
	if acc < 0.97 {
		t.Errorf("syllable accuracy %.3f on stripped training text, want ≥ 0.97\n%s", acc, res.Text)
	}
}

func TestRepairHeldOutStripped(t *testing.T) {
	r := realRepairer(t, Options{})
	b, _ := os.ReadFile("testdata/heldout.txt")
	truth := string(b)
	res := repairText(t, r, viet.StripDiacritics(truth))
	acc := eval.Compare(truth, res.Text).SylAcc
	t.Logf("held-out stripped: syllable accuracy %.4f", acc)
	if acc < 0.95 {
		t.Errorf("syllable accuracy %.3f on a stripped passage the model never saw, want ≥ 0.95\n%s", acc, res.Text)
	}
}

func TestRepairLeavesCorrectTextAlone(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    func(testing.TB, Options) *Repairer
		file string
	}{
		{"small", smallRepairer, "testdata/train.txt"},
		{"embedded", realRepairer, "testdata/heldout.txt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r(t, Options{})
			b, _ := os.ReadFile(tc.file)
			res := repairText(t, r, string(b))
			if len(res.Changes) > 1 {
				t.Errorf("%d changes to correct text: %+v", len(res.Changes), res.Changes)
			}
		})
	}
}

func TestRepairKeepsLineStructureAndNonWords(t *testing.T) {
	r := smallRepairer(t, Options{})
	in := "Ke hoach so 12/KH-UBND ngay 17/7/2024\n\nxem https://vbpl.vn/a?b=1, gui email@so.gov.vn; 2.500.000 dong\n"
	res := repairText(t, r, in)
	if strings.Count(res.Text, "\n") != strings.Count(in, "\n") {
		t.Errorf("line structure changed:\n%q\n%q", in, res.Text)
	}
	for _, keep := range []string{"12/KH-UBND", "17/7/2024", "https://vbpl.vn/a?b=1,", "email@so.gov.vn;", "2.500.000"} {
		if !strings.Contains(res.Text, keep) {
			t.Errorf("%q lost: %q", keep, res.Text)
		}
	}
	if !strings.HasPrefix(res.Text, "Kế hoạch") {
		t.Errorf("got %q, want it to start with Kế hoạch", res.Text)
	}
}

func TestRepairCarriesCase(t *testing.T) {
	r := smallRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"KE HOACH":                 "KẾ HOẠCH",
		"Ke hoach":                 "Kế hoạch",
		"cap uy dang, chInh quyen": "cấp ủy đảng, chính quyền",
		"UY BAN NHAN DAN HUYEN":    "ỦY BAN NHÂN DÂN HUYỆN",
	})
}

func TestRepairDocumentCodes(t *testing.T) {
	cs, err := errmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	cr := &codeRepairer{parts: cs.CodeParts}
	for in, want := range map[string]string{
		"344-KHITU":       "344-KH/TU",
		"28-CT/lW":        "28-CT/TW",
		"28-CT/TW":        "28-CT/TW",
		"12/2024/QĐ-UBND": "12/2024/QĐ-UBND",
		"05/2023/XYZ-ABQ": "05/2023/XYZ-ABQ", // unknown but clean: kept
		// A stroked D read twice, once as the Icelandic Ð.
		"17/QĐÐ-UBND": "17/QĐ-UBND",
		"9/NÐ-CP":     "9/NĐ-CP",
		"3/HĐĐ-XY":    "3/HĐĐ-XY", // no Ð: not a misreading
		// The "/" between number and year read as a letter.
		"12I2024/QĐ-UBND": "12/2024/QĐ-UBND",
		"7l2019/TT-BTC":   "7/2019/TT-BTC",
		"H5N1":            "H5N1",
		// The dash between type and issuer lost.
		"01/2021/TTBTC": "01/2021/TT-BTC",
		"UBND-TTBTC":    "UBND-TTBTC", // not after "/": left
	} {
		if got, _ := cr.repair(in); got != want {
			t.Errorf("repair(%q) = %q, want %q", in, got, want)
		}
	}
	r := smallRepairer(t, Options{})
	res := repairText(t, r, "Chi thi so 28- CT/TW cua Bo Chinh tri\n")
	if !strings.Contains(res.Text, "28-CT/TW") {
		t.Errorf("split code not joined: %q", res.Text)
	}
	// An abbreviation kept as it is still gets Đ for the Icelandic Ð.
	if got := repairText(t, r, "theo HÐND huyen\n").Text; !strings.Contains(got, " HĐND ") {
		t.Errorf("Ð kept: %q", got)
	}
}

func TestRepairMergesAndSplits(t *testing.T) {
	r := smallRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"trien khai thuc hi en ke hoach":    "triển khai thực hiện kế hoạch",
		"cac co quan, donvi co trach nhiem": "các cơ quan, đơn vị có trách nhiệm",
	})
}

func TestRepairLegacyGlyphDamage(t *testing.T) {
	r := smallRepairer(t, Options{})
	in := "Ban Thirdng vu Huyn üy yêu cau các cap üy dâng quán trit và thirc hin nghiêm tüc chi thj này.\n"
	want := "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy đảng quán triệt và thực hiện nghiêm túc chỉ thị này.\n"
	res := repairText(t, r, in)
	acc := eval.Compare(want, res.Text).SylAcc
	if acc < 0.9 {
		t.Errorf("legacy damage: accuracy %.2f\n got %q\nwant %q", acc, res.Text, want)
	}
}

func TestMinConfidenceKeepsOriginal(t *testing.T) {
	in := "cac co quan\n"
	all := repairText(t, smallRepairer(t, Options{}), in)
	none := repairText(t, smallRepairer(t, Options{MinConfidence: 1}), in)
	if len(all.Changes) == 0 {
		t.Fatal("no changes at all")
	}
	if none.Text != in {
		t.Errorf("min confidence 1 changed the text: %q", none.Text)
	}
	for _, c := range none.Changes {
		if !c.Kept {
			t.Errorf("change %+v not marked kept", c)
		}
	}
	for _, c := range all.Changes {
		if in[c.Offset:c.Offset+len(c.Original)] != c.Original || c.Line != 1 {
			t.Errorf("change %+v: wrong position", c)
		}
		if c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("confidence %v", c.Confidence)
		}
	}
}

func TestToneStyle(t *testing.T) {
	in := "Uy ban nhan dan\n"
	if got := repairText(t, smallRepairer(t, Options{ToneStyle: "new"}), in).Text; got != "Uỷ ban nhân dân\n" {
		t.Errorf("new style: %q", got)
	}
	if got := repairText(t, smallRepairer(t, Options{}), in).Text; got != "Ủy ban nhân dân\n" {
		t.Errorf("keep (old-style output): %q", got)
	}
	if _, err := New(Options{ToneStyle: "modern"}); err == nil {
		t.Error("bad tone style accepted")
	}
}

func TestStreamMatchesRepairAndCountsLines(t *testing.T) {
	r := smallRepairer(t, Options{})
	var in strings.Builder
	for i := 0; i < 3*blockLines+7; i++ {
		in.WriteString("cac co quan, don vi co trach nhiem\n")
		if i%17 == 0 {
			in.WriteString("\n")
		}
	}
	var out strings.Builder
	var changes []Change
	err := r.Stream(context.Background(), strings.NewReader(in.String()), func(b Block) error {
		out.WriteString(b.Text)
		changes = append(changes, b.Changes...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	whole := repairText(t, r, in.String())
	if out.String() != whole.Text {
		t.Error("streamed text differs from whole-text repair")
	}
	text := in.String()
	for _, c := range changes {
		if text[c.Offset:c.Offset+len(c.Original)] != c.Original {
			t.Fatalf("change %+v does not point at its original", c)
		}
		if got := strings.Count(text[:c.Offset], "\n") + 1; got != c.Line {
			t.Fatalf("change %+v: line %d, want %d", c, c.Line, got)
		}
	}
}

func TestStreamLongLineWithoutBreaks(t *testing.T) {
	r := smallRepairer(t, Options{})
	in := strings.Repeat("cac co quan ", 3*maxLine/12)
	var n int
	err := r.Stream(context.Background(), strings.NewReader(in), func(b Block) error {
		n += len(b.Text)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < len(in) {
		t.Errorf("output %d bytes, input %d", n, len(in))
	}
}

// A reading that is not among the five likeliest alone but that the next
// word demands survives in a block without diacritics.
func TestStrippedBeam(t *testing.T) {
	r := realRepairer(t, Options{Damage: "stripped"})
	wantRepairs(t, r, map[string]string{
		"ngan sach cua cap xa tdi thieu bang 30%\n": "ngân sách của cấp xã tối thiểu bằng 30%\n",
	})
}

// A zero-width space is a word gap that web text and some OCR layers carry:
// repair keeps it where it stands and repairs the words on either side, as
// it would around a space.
func TestRepairKeepsZeroWidthSpaces(t *testing.T) {
	r := realRepairer(t, Options{})
	wantRepairs(t, r, map[string]string{
		"Công văn\u200b số 12 về việc\u200btriển khai kế hoạch năm 2024.\n": "Công văn\u200b số 12 về việc\u200btriển khai kế hoạch năm 2024.\n",
		"ke hoach\u200bnam 2024\n": "kế hoạch\u200bnăm 2024\n",
	})
}
