package textlayer

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"

	"github.com/vidoc/vidoc/internal/input"
	"github.com/vidoc/vidoc/internal/textenc"
	"github.com/vidoc/vidoc/internal/viet"
)

// bornDigital is a notice written for these tests, with capitals carrying
// tones (Ủ, Ố), đ, horns and hats.
var bornDigital = []string{
	"ỦY BAN NHÂN DÂN XÃ BÌNH MINH",
	"THÔNG BÁO",
	"Về việc tổ chức ngày hội đọc sách năm nay",
	"Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã",
	"thông báo kế hoạch tổ chức ngày hội đọc sách như sau:",
	"1. Thời gian: bảy giờ sáng thứ Bảy, ngày 12 tháng 4.",
	"2. Địa điểm: hội trường nhà văn hóa thôn Đông.",
	"3. Thành phần: học sinh, giáo viên và người dân trong xã.",
	"Đề nghị các đơn vị phối hợp thực hiện nghiêm túc.",
}

// tcvnText is written for these tests without capitals that carry a tone,
// which TCVN3's own letters (VN3) cannot hold; it is drawn in TCVN3 and in
// VNI.
var tcvnText = []string{
	"Kế hoạch tổ chức hội thi tìm hiểu pháp luật",
	"Căn cứ chương trình công tác năm của đơn vị,",
	"phòng tư pháp xây dựng kế hoạch như sau:",
	"Mục đích của hội thi là nâng cao hiểu biết về pháp luật",
	"cho cán bộ, công chức và người lao động.",
	"Đối tượng tham gia gồm các tổ, đội trực thuộc.",
}

const dejaVuSerif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

// newPDF writes the one-page-per-element PDF that draw makes of pages,
// one line of text every 20 points.
func newPDF(t testing.TB, name string, setFont func(*fpdf.Fpdf), pages ...[]string) string {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A4", "")
	pdf.SetCompression(true)
	setFont(pdf)
	for _, lines := range pages {
		pdf.AddPage()
		for i, l := range lines {
			pdf.Text(72, 100+float64(i)*20, l)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := pdf.OutputFileAndClose(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// unicodeFont selects DejaVu Serif, embedded as a Unicode font.
func unicodeFont(t testing.TB) func(*fpdf.Fpdf) {
	font, err := os.ReadFile(dejaVuSerif)
	if err != nil {
		t.Skipf("DejaVu Serif not installed (Debian package fonts-dejavu-core): %v", err)
	}
	return func(p *fpdf.Fpdf) {
		p.AddUTF8FontFromBytes("dejavu", "", font)
		p.SetFont("dejavu", "", 12)
	}
}

// latin1Font selects Times, a core font drawn with WinAnsi codes: TCVN3
// bytes drawn with it extract as the mojibake a .VnTime PDF gives.
func latin1Font(p *fpdf.Fpdf) { p.SetFont("Times", "", 12) }

// legacyEncode encodes s in a legacy encoding with the table textenc
// decodes by: each letter becomes the shortest sequence of one or two
// bytes that decodes to it after a "t" (a consonant, so that a VNI mark
// byte only marks the vowel given with it, and a TCVN3 byte reads as a
// lowercase letter inside a word).
func legacyEncode(t testing.TB, enc, s string) string {
	t.Helper()
	// Every candidate on a line of its own, decoded in one go.
	var seqs []string
	for c := 0x80; c <= 0xFF; c++ {
		seqs = append(seqs, string([]byte{byte(c)}))
		for first := 0x41; first <= 0xFF; first++ {
			seqs = append(seqs, string([]byte{byte(first), byte(c)}))
		}
	}
	r, err := textenc.NewReader(strings.NewReader("t"+strings.Join(seqs, "\nt")+"\n"), enc, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	if len(lines) != len(seqs)+1 {
		t.Fatalf("%d candidates decoded to %d lines", len(seqs), len(lines)-1)
	}
	table := map[rune]string{}
	for i, seq := range seqs {
		if rs := []rune(lines[i]); len(rs) == 2 && rs[1] >= 0x80 {
			if old, ok := table[rs[1]]; !ok || len(seq) < len(old) {
				table[rs[1]] = seq
			}
		}
	}
	var b strings.Builder
	for _, r := range s {
		seq, ok := table[r]
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case ok:
			b.WriteString(seq)
		default:
			t.Fatalf("%q has no %s bytes", r, enc)
		}
	}
	return b.String()
}

func triage(t *testing.T, path string, policy Policy) []Page {
	t.Helper()
	pages, err := Triage(context.Background(), path, policy)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

func wantWords(t *testing.T, p Page, lines []string) {
	t.Helper()
	got := strings.Fields(p.Text())
	want := strings.Fields(strings.Join(lines, "\n"))
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("page %d text:\n got %q\nwant %q", p.Number, got, want)
	}
}

func TestBornDigitalTextIsUsed(t *testing.T) {
	second := bornDigital[2:6]
	path := newPDF(t, "born.pdf", unicodeFont(t), bornDigital, second)
	pages := triage(t, path, Auto)
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	for i, lines := range [][]string{bornDigital, second} {
		p := pages[i]
		if p.Number != i+1 || p.Decision != UseText {
			t.Errorf("page %d: decision %s (%s), want use", p.Number, p.Decision, p.Reason)
		}
		wantWords(t, p, lines)
		if p.Evidence.ValidShare < goodValid || p.Evidence.ImageCoverage != 0 || len(p.Evidence.Fonts) != 1 {
			t.Errorf("page %d evidence: %+v", p.Number, p.Evidence)
		}
		// Words sit where they were drawn: line i's baseline at 100+20i pt.
		for j, l := range p.Blocks[0].Lines {
			if l.Box.Y1 < 100+float64(j)*20 || l.Box.Y0 > 100+float64(j)*20 || l.Words[0].Box.X0 != 72 {
				t.Errorf("page %d line %d box %+v: not at its baseline", p.Number, j, l.Box)
				break
			}
		}
	}
}

func TestLegacyTextIsDecoded(t *testing.T) {
	for _, enc := range []string{textenc.TCVN3, textenc.VNI} {
		var encoded []string
		for _, l := range tcvnText {
			encoded = append(encoded, legacyEncode(t, enc, l))
		}
		path := newPDF(t, enc+".pdf", latin1Font, encoded)
		p := triage(t, path, Auto)[0]
		if p.Decision != DecodeText || p.Evidence.Encoding != enc {
			t.Errorf("%s: decision %s encoding %q (%s), want decode from %s", enc, p.Decision, p.Evidence.Encoding, p.Reason, enc)
			continue
		}
		if p.Evidence.DecodedValidShare < decodedValid || p.Evidence.ValidShare >= p.Evidence.DecodedValidShare {
			t.Errorf("%s evidence %+v: decoding should raise the valid share", enc, p.Evidence)
		}
		wantWords(t, p, tcvnText)
	}
}

func TestLegacyFontNames(t *testing.T) {
	fonts := parseFonts(`name                                 type              encoding         emb sub uni object ID
------------------------------------ ----------------- ---------------- --- --- --- ---------
ABCDEF+.VnTime                       TrueType          WinAnsi          yes yes no       9  0
VNI-Times                            TrueType          WinAnsi          no  no  no      11  0
Times New Roman Bold                 CID TrueType      Identity-H       yes no  yes     13  0
`)
	if len(fonts) != 3 || fonts[0].Name != ".VnTime" || !fonts[0].Embedded || fonts[0].ToUnicode ||
		fonts[2].Name != "Times New Roman Bold" || fonts[2].Type != "CID TrueType" || !fonts[2].ToUnicode {
		t.Fatalf("parsed %+v", fonts)
	}
	if got := legacyFonts(fonts); len(got) != 2 || got[0] != ".VnTime" || got[1] != "VNI-Times" {
		t.Errorf("legacy fonts %q", got)
	}
}

func TestStrippedLayerIsRepaired(t *testing.T) {
	var stripped []string
	for _, l := range bornDigital[2:] {
		stripped = append(stripped, viet.StripDiacritics(l))
	}
	path := newPDF(t, "stripped.pdf", unicodeFont(t), stripped)
	p := triage(t, path, Auto)[0]
	if p.Decision != RepairText || p.Evidence.MarkedShare != 0 || p.Evidence.ExpectedRepair <= p.Evidence.ExpectedOCR {
		t.Fatalf("decision %s (%s), evidence %+v: want repair", p.Decision, p.Reason, p.Evidence)
	}
	wantWords(t, p, stripped)
}

func TestImageOnlyPagesAreOCRed(t *testing.T) {
	pages := triage(t, filepath.Join("..", "..", "testdata", "pages", "doc3.pdf"), Auto)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	for _, p := range pages {
		if p.Decision != OCR || p.Evidence.ImageCoverage < 0.95 || p.Evidence.ImageDPI != 300 || len(p.Blocks) != 0 {
			t.Errorf("page %d: %s (%s), evidence %+v", p.Number, p.Decision, p.Reason, p.Evidence)
		}
	}
}

// The scanner layer of a real 1-bit scan has lost every diacritic and
// many letters: OCR of the page is expected to read better (measured:
// Tesseract vie + repair 87.6 % and 98.3 % syllable accuracy on its two
// pages, the layer repaired 57.3 % and 80.1 %).
func TestScannerLayerOfDevScan(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "dev", "scans", "epu__dl_2025_0006.pdf")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("../shared absent (%v): the dev scan is not available", err)
	}
	for _, p := range triage(t, path, Auto) {
		ev := p.Evidence
		if p.Decision != OCR || ev.MarkedShare > 0.05 || ev.ValidShare > 0.8 || ev.ImageCoverage < 0.9 ||
			ev.ExpectedOCR <= ev.ExpectedRepair || len(ev.Fonts) == 0 {
			t.Errorf("page %d: %s (%s), evidence %+v", p.Number, p.Decision, p.Reason, ev)
		}
	}
	for _, p := range triage(t, path, Use) {
		if p.Decision != RepairText || len(p.Blocks) == 0 {
			t.Errorf("--text-layer use, page %d: %s (%s)", p.Number, p.Decision, p.Reason)
		}
	}
}

func TestPolicies(t *testing.T) {
	path := newPDF(t, "born.pdf", unicodeFont(t), bornDigital)
	p := triage(t, path, Ignore)[0]
	if p.Decision != OCR || p.Evidence.Words != 0 {
		t.Errorf("--text-layer ignore: %s (%s), %+v", p.Decision, p.Reason, p.Evidence)
	}
	for in, want := range map[string]Policy{"": Auto, "auto": Auto, "use": Use, "ignore": Ignore} {
		if got, err := ParsePolicy(in); err != nil || got != want {
			t.Errorf("ParsePolicy(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParsePolicy("always"); err == nil || !strings.Contains(err.Error(), "always") {
		t.Errorf("ParsePolicy(always): %v", err)
	}
}

func TestEvidenceAsJSON(t *testing.T) {
	path := newPDF(t, "born.pdf", unicodeFont(t), bornDigital)
	b, err := json.Marshal(triage(t, path, Auto)[0])
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	ev, _ := back["evidence"].(map[string]any)
	if back["decision"] != "use" || back["page"] != 1.0 || ev["valid_share"] == nil || ev["fonts"] == nil || ev["image_coverage"] == nil {
		t.Errorf("JSON %s", b)
	}
}

func TestBadPDFs(t *testing.T) {
	dir := t.TempDir()
	good := newPDF(t, "born.pdf", unicodeFont(t), bornDigital)
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	truncated := filepath.Join(dir, "truncated.pdf")
	if err := os.WriteFile(truncated, raw[:len(raw)/3], 0o644); err != nil {
		t.Fatal(err)
	}
	noPages := filepath.Join(dir, "nopages.pdf")
	if err := os.WriteFile(noPages, []byte(zeroPagePDF()), 0o644); err != nil {
		t.Fatal(err)
	}
	encrypted := filepath.Join(dir, "encrypted.pdf")
	if out, err := exec.Command("qpdf", "--encrypt", "secret", "owner", "256", "--", good, encrypted).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --encrypt: %v: %s", err, out)
	}
	for path, want := range map[string]error{
		truncated: input.ErrCorrupt,
		noPages:   input.ErrCorrupt,
		encrypted: input.ErrEncrypted,
	} {
		_, err := Triage(context.Background(), path, Auto)
		var ie *input.Error
		if !errors.As(err, &ie) || ie.Path != path || !errors.Is(err, want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: error %v, want an *input.Error naming it, wrapping %v", filepath.Base(path), err, want)
		}
	}
}

// zeroPagePDF is a well-formed PDF whose page tree is empty, with a
// correct cross-reference table.
func zeroPagePDF() string {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [] /Count 0 >>",
	}
	var b strings.Builder
	b.WriteString("%PDF-1.4\n")
	var offs []int
	for i, o := range objs {
		offs = append(offs, b.Len())
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), " 0 obj\n", o, "\nendobj\n"}, ""))
	}
	xref := b.Len()
	b.WriteString("xref\n0 " + strconv.Itoa(len(objs)+1) + "\n0000000000 65535 f \n")
	for _, off := range offs {
		s := strconv.Itoa(off)
		b.WriteString(strings.Repeat("0", 10-len(s)) + s + " 00000 n \n")
	}
	b.WriteString("trailer\n<< /Size " + strconv.Itoa(len(objs)+1) + " /Root 1 0 R >>\nstartxref\n" + strconv.Itoa(xref) + "\n%%EOF\n")
	return b.String()
}

func TestTCVN3HyphenIsU(t *testing.T) {
	// "ư" is TCVN3's byte 0xAD, Windows-1252's soft hyphen, extracted as "-".
	for in, want := range map[string]string{
		"ng-êi":     "người",
		"nh-":       "như",
		"Q§-UBND":   "QĐ-UBND",
		"2021-2022": "2021-2022",
		"-":         "-",
	} {
		if got, ok := decodeLegacy(in, textenc.TCVN3); !ok || got != want {
			t.Errorf("decodeLegacy(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
