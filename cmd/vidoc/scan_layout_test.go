package main

import (
	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vidoc/vidoc/internal/render"
)

// layoutForm is a notice written for this test (no real body, place or
// person), laid out as ND 30/2020 prescribes, with a red seal and a
// signature over the signer block.
func layoutForm() render.Form {
	return render.Form{
		HeaderLeft:  []string{"ỦY BAN NHÂN DÂN", "PHƯỜNG AN BÌNH", "Số: 15/TB-UBND"},
		HeaderRight: []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Bình, ngày 9 tháng 5 năm 2024"},
		Title:       []string{"THÔNG BÁO", "Về việc thu gom rác thải cồng kềnh"},
		Body: []string{
			"Ủy ban nhân dân phường thông báo đợt thu gom rác thải cồng kềnh trên địa bàn vào sáng chủ nhật cuối tháng. Các hộ gia đình để đồ cần bỏ trước cổng từ sáu giờ sáng.",
			"Tổ dân phố phối hợp với đội vệ sinh môi trường hướng dẫn người dân và giữ gìn trật tự trong thời gian thu gom.",
		},
		ClosingLeft:  []string{"Nơi nhận:", "- Các tổ dân phố;", "- Đội vệ sinh môi trường;", "- Lưu: VT."},
		ClosingRight: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Quang Vinh"},
		Seal:         []string{"MẪU THỬ", "NGHIỆM"},
		Signature:    true,
	}
}

// scanJSON is what a test reads of a scan's .json: the layout, and
// whether the key was there at all.
type scanJSON struct {
	Layout []struct {
		Page, Width, Height, DPI int
		Regions                  []struct {
			Kind string
			Box  struct{ X0, Y0, X1, Y1 int }
		}
		Dropped []struct {
			Reason string
			Box    struct{ X0, Y0, X1, Y1 int }
			Words  []struct{ Text string }
		}
	}
}

// vidoc scan of a rendered form page with a red seal: the JSON lists the
// page's regions in reading order and the seal's words it kept out of the
// text, with their reason, and matches docs/schema.json; with --no-layout
// it has no layout key.
func TestScanJSONListsLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs a page with Tesseract")
	}
	form := layoutForm()
	opts := render.DefaultOptions()
	opts.DPI = 200
	page, marks, err := render.FormPage(form, opts)
	if err != nil {
		t.Fatal(err)
	}
	in := t.TempDir()
	if err := render.WritePNG(filepath.Join(in, "form.png"), page, opts.DPI); err != nil {
		t.Fatal(err)
	}
	bin := buildVidoc(t)
	scan := func(extra ...string) (txt string, raw []byte) {
		t.Helper()
		out := t.TempDir()
		args := append([]string{"scan", in, "-o", out, "--progress", "none"}, extra...)
		if b, err := vidocCommand(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("vidoc %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		t1, err := os.ReadFile(filepath.Join(out, "form.txt"))
		if err != nil {
			t.Fatal(err)
		}
		raw, err = os.ReadFile(filepath.Join(out, "form.json"))
		if err != nil {
			t.Fatal(err)
		}
		return string(t1), raw
	}

	txt, raw := scan()
	validateScanJSON(t, raw)
	var got scanJSON
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Layout) != 1 {
		t.Fatalf("layout has %d pages, want 1:\n%s", len(got.Layout), raw)
	}
	t.Logf("%s", raw)
	l := got.Layout[0]
	b := page.Bounds()
	if l.Page != 1 || l.Width != b.Dx() || l.Height != b.Dy() || l.DPI != opts.DPI {
		t.Errorf("page %d, %d×%d at %d dpi; want page 1, %d×%d at %d dpi", l.Page, l.Width, l.Height, l.DPI, b.Dx(), b.Dy(), opts.DPI)
	}

	// Header, body and closing regions, in reading order: header columns
	// left then right, the body, closing columns left then right.
	want := []string{"header_left", "header_right", "body", "closing_left", "closing_right"}
	var kinds []string
	for _, r := range l.Regions {
		kinds = append(kinds, r.Kind)
		if r.Box.X1 <= r.Box.X0 || r.Box.Y1 <= r.Box.Y0 || r.Box.X1 > b.Dx() || r.Box.Y1 > b.Dy() {
			t.Errorf("region %s has box %+v outside the %d×%d page", r.Kind, r.Box, b.Dx(), b.Dy())
		}
	}
	at := 0
	for _, k := range kinds {
		if at < len(want) && k == want[at] {
			at++
		}
	}
	if at < len(want) {
		t.Errorf("region kinds %v, want %v in this order", kinds, want)
	}

	// The seal's words are listed as dropped for the stamp, over the seal,
	// and are not in the text.
	var sealWords []string
	for _, d := range l.Dropped {
		r := image.Rect(d.Box.X0, d.Box.Y0, d.Box.X1, d.Box.Y1)
		if d.Reason == "stamp" && r.Overlaps(marks.Seal) {
			for _, w := range d.Words {
				sealWords = append(sealWords, w.Text)
			}
		}
	}
	if len(sealWords) == 0 {
		t.Errorf("no stamp words listed over the seal %v: %+v", marks.Seal, l.Dropped)
	}
	for _, w := range strings.Fields(strings.Join(form.Seal, " ")) {
		if strings.Contains(txt, w) {
			t.Errorf("seal word %q in the text:\n%s", w, txt)
		}
	}

	_, raw = scan("--no-layout")
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		t.Fatal(err)
	}
	if _, ok := keys["layout"]; ok {
		t.Errorf("--no-layout scan JSON has a layout key")
	}
	if _, ok := keys["header"]; !ok {
		t.Errorf("--no-layout scan JSON has no header:\n%s", raw)
	}
}

func mustAbs(t *testing.T, path string) string {
	t.Helper()
	p, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// validateScanJSON checks a scan's .json against docs/schema.json.
func validateScanJSON(t *testing.T, raw []byte) {
	t.Helper()
	sch, err := jsonschema.NewCompiler().Compile(mustAbs(t, "../../docs/schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Errorf("scan JSON does not match docs/schema.json: %v", err)
	}
}
