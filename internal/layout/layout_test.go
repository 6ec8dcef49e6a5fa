package layout

import (
	"context"
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// A synthetic page at about 150 dpi: 1240 × 1750 pixels, letters 12 px
// wide and 24 px high, words 10 px apart.
const (
	pageW, pageH = 1240, 1750
	charW, lineH = 12, 24
	wordGap      = 10
)

// seg is text printed from x on a Tesseract line.
type seg struct {
	x    int
	text string
	conf float64
	h    int // word height; lineH when 0
}

// builder lays out Tesseract lines of words for a synthetic ocr.Result.
type builder struct {
	res  ocr.Result
	line int
}

func newBuilder() *builder {
	return &builder{res: ocr.Result{Width: pageW, Height: pageH}}
}

// add puts one Tesseract line at y in block 1, paragraph par.
func (b *builder) add(par, y int, segs ...seg) {
	b.line++
	for _, s := range segs {
		x := s.x
		conf := s.conf
		if conf == 0 {
			conf = 95
		}
		h := s.h
		if h == 0 {
			h = lineH
		}
		for _, w := range strings.Fields(s.text) {
			wd := len([]rune(w)) * charW * h / lineH
			b.res.Words = append(b.res.Words, ocr.Word{Text: w, Box: ocr.Box{X0: x, Y0: y, X1: x + wd, Y1: y + h},
				Confidence: conf, Block: 1, Par: par, Line: b.line})
			x += wd + wordGap
		}
	}
}

// result fills Text the way the OCR engine does: lines in order, a blank
// line between paragraphs.
func (b *builder) result() *ocr.Result {
	var sb strings.Builder
	prev := ocr.Word{Line: -1}
	for _, w := range b.res.Words {
		switch {
		case prev.Line < 0:
		case w.Par != prev.Par:
			sb.WriteString("\n\n")
		case w.Line != prev.Line:
			sb.WriteString("\n")
		default:
			sb.WriteString(" ")
		}
		sb.WriteString(w.Text)
		prev = w
	}
	r := b.res
	r.Text = sb.String()
	return &r
}

func analyze(t *testing.T, res *ocr.Result, img image.Image) *Page {
	t.Helper()
	p, err := Analyze(context.Background(), res, img, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// body adds n full-width body lines from y, 40 px apart.
func (b *builder) body(par, y, n int) int {
	for k := range n {
		b.add(par, y, seg{x: 120, text: "các cơ quan đơn vị triển khai thực hiện nghiêm túc nội dung của văn bản này kịp thời " + string(rune('a'+k))})
		y += 40
	}
	return y
}

// closingPage is ten body lines, then a closing of the given rows 40 px
// apart, then the signer's name under the signature gap.
func closingPage(name string, rows ...[]seg) *builder {
	b := newBuilder()
	y := b.body(1, 200, 10)
	for k, r := range rows {
		b.add(2, y+40*(k+1), r...)
	}
	b.add(3, y+40*len(rows)+160, seg{x: 760, text: name})
	return b
}

// droppedTexts is the text of each cluster dropped for reason, in order.
func droppedTexts(p *Page, reason string) []string {
	var out []string
	for _, d := range p.Dropped {
		if d.Reason == reason {
			out = append(out, d.Text)
		}
	}
	return out
}

func kinds(p *Page) []Kind {
	var out []Kind
	for _, r := range p.Regions {
		out = append(out, r.Kind)
	}
	return out
}

func TestHeaderAndClosingReadColumnByColumn(t *testing.T) {
	b := newBuilder()
	// Tesseract runs both header columns into one line each.
	b.add(1, 100, seg{x: 150, text: "ỦY BAN NHÂN DÂN"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 135, seg{x: 160, text: "HUYỆN KIM SƠN"}, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 190, seg{x: 170, text: "Số: 12/KH-UBND"}, seg{x: 650, text: "Kim Sơn, ngày 3 tháng 5 năm 2024"})
	b.add(2, 280, seg{x: 540, text: "KẾ HOẠCH"})
	y := b.body(3, 340, 6)
	b.add(3, y, seg{x: 120, text: "năm nay."})
	y += 60
	b.add(4, y, seg{x: 120, text: "Nơi nhận:"}, seg{x: 780, text: "TM. ỦY BAN NHÂN DÂN"})
	b.add(4, y+40, seg{x: 120, text: "- Như trên;"}, seg{x: 830, text: "CHỦ TỊCH"})
	b.add(4, y+80, seg{x: 120, text: "- Lưu: VT."})
	b.add(5, y+200, seg{x: 800, text: "Trần Văn Bình"})
	p := analyze(t, b.result(), nil)

	want := []Kind{HeaderLeft, HeaderRight, Body, ClosingLeft, ClosingRight}
	if got := kinds(p); !equalKinds(got, want) {
		t.Fatalf("regions %v, want %v", got, want)
	}
	text := p.Text
	order := []string{"ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKim Sơn, ngày 3 tháng 5 năm 2024",
		"KẾ HOẠCH", "năm nay.", "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nTrần Văn Bình"}
	at := 0
	for _, s := range order {
		i := strings.Index(text[at:], s)
		if i < 0 {
			t.Fatalf("%q not found in order in:\n%s", s, text)
		}
		at += i + len(s)
	}
	if !p.Reordered {
		t.Error("Reordered not set")
	}
	for _, r := range p.Regions {
		if r.Box.X1 <= r.Box.X0 || r.Box.Y1 <= r.Box.Y0 {
			t.Errorf("%s has an empty box %v", r.Kind, r.Box)
		}
	}
}

func equalKinds(a, b []Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSingleColumnPageKeepsTesseractText(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 540, text: "THÔNG BÁO"})
	y := b.body(2, 200, 8)
	b.body(3, y+20, 4)
	res := b.result()
	p := analyze(t, res, nil)
	if p.Text != res.Text {
		t.Errorf("text changed:\n%s\nwant\n%s", p.Text, res.Text)
	}
	if p.Reordered || len(p.Dropped) != 0 {
		t.Errorf("reordered %v, dropped %v", p.Reordered, p.Dropped)
	}
}

func TestEmptyPage(t *testing.T) {
	p := analyze(t, &ocr.Result{Width: 100, Height: 100}, nil)
	if p.Text != "" || len(p.Regions) != 0 {
		t.Errorf("got %+v", p)
	}
}

func TestSnapLine(t *testing.T) {
	for _, c := range []struct{ read, want string }{
		{"CỘNG HOÀ XÃ HỘI CHỦ NGHÌA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"CONG HÒA XA HOI CHU NGHIA VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, // first letter cut off
		{"Độc lập - Tư do - Hanh phúc", "Độc lập - Tự do - Hạnh phúc"},
		{"Đôc lâp – Tự đo – Hạnh phúe", "Độc lập – Tự do – Hạnh phúc"},
		{"Đôc lập—Tự do-Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"},
		{"ĐẢNG CỘNG SẢN VIÊT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"},
		{"DANG CONG SAN VIET NAM", "ĐẢNG CỘNG SẢN VIỆT NAM"},
	} {
		got, ok := snapLine(c.read)
		if !ok || got != c.want {
			t.Errorf("snapLine(%q) = %q, %v; want %q", c.read, got, ok, c.want)
		}
	}
	for _, s := range []string{
		"CÔNG TY CỔ PHẦN VIỆT NAM", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "BỘ CÔNG THƯƠNG",
		"NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "Độc lập", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐỘC LẬP TỰ DO",
	} {
		if got, ok := snapLine(s); ok {
			t.Errorf("snapLine(%q) = %q, want no match", s, got)
		}
	}
}

func TestFixedLinesSnappedInHeaderOnly(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "BỘ TÀI CHÍNH"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘl CHỦ NGHỈA VIỆT NAM"})
	b.add(1, 135, seg{x: 680, text: "Độc lâp - Tư do - Hạnh phúc"})
	y := b.body(2, 300, 20)
	b.add(3, y+40, seg{x: 120, text: "DANG CONG SAN VIET NAM"}) // quoted in the body, low on the page
	p := analyze(t, b.result(), nil)
	if !strings.Contains(p.Text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") {
		t.Errorf("header not snapped:\n%s", p.Text)
	}
	if !strings.Contains(p.Text, "DANG CONG SAN VIET NAM") {
		t.Errorf("a body line was snapped:\n%s", p.Text)
	}
	if len(p.Snapped) != 2 {
		t.Errorf("snapped %v, want 2", p.Snapped)
	}
}

func TestGarbageInSignerBlockDroppedAndListed(t *testing.T) {
	b := closingPage("Lê Thị Hoa",
		[]seg{{x: 120, text: "Nơi nhận:"}, {x: 820, text: "GIÁM ĐỐC"}},
		[]seg{{x: 120, text: "- Các phòng;"}, {x: 760, text: "zzEE=H£ Ái kh3Ết:", conf: 20}},
		[]seg{{x: 120, text: "- Lưu: VT."}})
	p := analyze(t, b.result(), nil)
	if strings.Contains(p.Text, "zzEE") || strings.Contains(p.Text, "kh3Ết") {
		t.Errorf("garbage in the text:\n%s", p.Text)
	}
	for _, keep := range []string{"- Các phòng;", "- Lưu: VT.", "Lê Thị Hoa", "GIÁM ĐỐC"} {
		if !strings.Contains(p.Text, keep) {
			t.Errorf("%q lost:\n%s", keep, p.Text)
		}
	}
	var listed []string
	for _, d := range p.Dropped {
		if d.Reason != ReasonSignature {
			t.Errorf("dropped %q as %s, want %s", d.Text, d.Reason, ReasonSignature)
		}
		for _, w := range d.Words {
			listed = append(listed, w.Text)
		}
	}
	if got := strings.Join(listed, " "); got != "zzEE=H£ Ái kh3Ết:" {
		t.Errorf("listed %q", got)
	}
}

func TestMarksAndSpecksDropped(t *testing.T) {
	b := newBuilder()
	b.add(1, 40, seg{x: 600, text: "- 2 -"})
	y := b.body(2, 200, 10)
	b.add(2, y, seg{x: 1225, text: "ị", conf: 40})                      // a mark in the right margin
	b.add(2, y+40, seg{x: 600, text: "_____", conf: 60})                // a printed rule
	b.add(2, y+80, seg{x: 3, text: "Ï...", conf: 5})                    // the scanner's edge
	b.add(2, y+120, seg{x: 120, text: "kết thúc ở đây thôi", conf: 90}) // a real short line stays
	p := analyze(t, b.result(), nil)
	if p.Regions[0].Kind != PageNumber || p.Regions[0].Lines[0].Text != "- 2 -" {
		t.Errorf("first region %+v, want the page number", p.Regions[0])
	}
	reasons := map[string]string{}
	for _, d := range p.Dropped {
		reasons[d.Text] = d.Reason
	}
	want := map[string]string{"ị": ReasonBorder, "_____": ReasonRule, "Ï...": ReasonBorder}
	for text, reason := range want {
		if reasons[text] != reason {
			t.Errorf("%q dropped as %q, want %q (all: %v)", text, reasons[text], reason, reasons)
		}
	}
	if !strings.Contains(p.Text, "kết thúc ở đây thôi") {
		t.Errorf("short line lost:\n%s", p.Text)
	}
}

func TestHandwrittenBlanksKept(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "SỞ Y TẾ"}, seg{x: 600, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 135, seg{x: 680, text: "Độc lập - Tự do - Hạnh phúc"})
	b.add(1, 190, seg{x: 170, text: "Số:"}, seg{x: 215, text: "2l#", conf: 12}, seg{x: 270, text: "/TB-SYT"},
		seg{x: 650, text: "Huế, ngày"}, seg{x: 770, text: "8l", conf: 15}, seg{x: 810, text: "tháng"}, seg{x: 890, text: "vỊ", conf: 20}, seg{x: 930, text: "năm 2023"})
	b.body(2, 300, 10)
	p := analyze(t, b.result(), nil)
	for _, s := range []string{"Số: 2l# /TB-SYT", "Huế, ngày 8l tháng vỊ năm 2023"} {
		if !strings.Contains(p.Text, s) {
			t.Errorf("%q not kept:\n%s", s, p.Text)
		}
	}
	var hand []string
	for _, h := range p.Handwritten {
		hand = append(hand, h.Text)
		if h.Confidence > handConfidence {
			t.Errorf("%q has confidence %v", h.Text, h.Confidence)
		}
	}
	if got := strings.Join(hand, " "); got != "2l# 8l vỊ" {
		t.Errorf("handwritten %q, want %q", got, "2l# 8l vỊ")
	}
	if len(p.Dropped) != 0 {
		t.Errorf("dropped %v", p.Dropped)
	}
}

func TestColouredInkDroppedBlackPrintKept(t *testing.T) {
	b := closingPage("Lê Thị Hoa",
		[]seg{{x: 120, text: "Nơi nhận:"}, {x: 800, text: "GIÁM ĐỐC"}},
		[]seg{{x: 120, text: "- Như trên;"}, {x: 760, text: "TRƯỜNG ĐẠI", conf: 70}},
		[]seg{{x: 120, text: "- Lưu: VT."}, {x: 760, text: "chữ xanh", conf: 70}})
	res := b.result()
	img := image.NewRGBA(image.Rect(0, 0, pageW, pageH))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	red := color.RGBA{200, 40, 50, 255}
	blue := color.RGBA{30, 50, 190, 255}
	for _, w := range res.Words {
		c := color.Color(color.Black)
		switch w.Text {
		case "TRƯỜNG", "ĐẠI":
			c = red
		case "chữ", "xanh":
			c = blue
		}
		// Strokes: every other row of the box inked.
		for yy := w.Box.Y0; yy < w.Box.Y1; yy += 2 {
			draw.Draw(img, image.Rect(w.Box.X0, yy, w.Box.X1, yy+1), image.NewUniform(c), image.Point{}, draw.Src)
		}
	}
	// A red seal over the name: black print under it stays.
	name := res.Words[len(res.Words)-1].Box
	for yy := name.Y0 + 1; yy < name.Y1; yy += 2 {
		draw.Draw(img, image.Rect(name.X0, yy, name.X1, yy+1), image.NewUniform(red), image.Point{}, draw.Src)
	}
	p := analyze(t, res, img)
	got := map[string]string{}
	for _, d := range p.Dropped {
		got[d.Text] = d.Reason
	}
	if got["TRƯỜNG ĐẠI"] != ReasonStamp || got["chữ xanh"] != ReasonColourInk || len(got) != 2 {
		t.Errorf("dropped %v", got)
	}
	for _, keep := range []string{"- Như trên;", "- Lưu: VT.", "Lê Thị Hoa"} {
		if !strings.Contains(p.Text, keep) {
			t.Errorf("%q lost:\n%s", keep, p.Text)
		}
	}
	// Without the image nothing is known about colour.
	if p := analyze(t, res, nil); len(p.Dropped) != 0 {
		t.Errorf("without the image, dropped %v", p.Dropped)
	}
}

// TestStampGarbageBesideRecipientsCut: a grey stamp beside the Nơi nhận
// list is read into the list's lines; the lines keep their text, the
// stamp's words are dropped, and the closing is still read by columns.
func TestStampGarbageBesideRecipientsCut(t *testing.T) {
	b := closingPage("Phạm Văn Đông",
		[]seg{{x: 120, text: "Nơi nhận:"}, {x: 700, text: "TM. HỘI ĐỒNG"}},
		[]seg{{x: 120, text: "- Các ban của xã;"}, {x: 720, text: "CHỦ TỊCH"}},
		// The stamp runs on from the list line into the right column with
		// only a small gap: Tesseract makes one line of them.
		[]seg{{x: 120, text: "- Văn phòng các cơ quan ngang cấp;"}, {x: 560, text: "W2! lộ -‹ \\o ẻẻ", conf: 20}},
		[]seg{{x: 120, text: "- Lưu: VT."}, {x: 600, text: "SẺ bàn", conf: 15}})
	p := analyze(t, b.result(), nil)
	want := "Nơi nhận:\n- Các ban của xã;\n- Văn phòng các cơ quan ngang cấp;\n- Lưu: VT.\nTM. HỘI ĐỒNG\nCHỦ TỊCH\nPhạm Văn Đông"
	if !strings.HasSuffix(p.Text, want) {
		t.Errorf("text ends\n%s\nwant\n%s", p.Text, want)
	}
	listed := map[string]bool{}
	for _, d := range p.Dropped {
		for _, w := range d.Words {
			listed[w.Text] = true
		}
	}
	for _, w := range strings.Fields("W2! lộ -‹ \\o ẻẻ SẺ bàn") {
		if !listed[w] {
			t.Errorf("%q not listed as dropped: %+v", w, p.Dropped)
		}
	}
}

// TestImageOfAnotherSizeIgnored: an image that is not the one the boxes
// refer to is not looked at (no colour verdicts, no panic).
func TestImageOfAnotherSizeIgnored(t *testing.T) {
	b := newBuilder()
	b.body(1, 200, 3)
	img := image.NewRGBA(image.Rect(0, 0, 50, 50))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.RGBA{200, 40, 50, 255}), image.Point{}, draw.Src)
	res := b.result()
	if p := analyze(t, res, img); p.Text != res.Text || len(p.Dropped) != 0 {
		t.Errorf("text %q, dropped %v", p.Text, p.Dropped)
	}
}

func TestFootnotesAtTheFoot(t *testing.T) {
	for _, c := range []struct {
		name  string
		first string
		want  []Kind
	}{
		{"numbered", "1 Văn bản này thay thế văn bản cùng tên ban hành năm trước.", []Kind{Body, Footnote, PageNumber}},
		{"no mark", "Văn bản này thay thế văn bản cùng tên ban hành năm trước.", []Kind{Body, PageNumber}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder()
			b.body(1, 200, 20)
			b.add(2, 1500, seg{x: 120, text: c.first, h: 18})
			b.add(2, 1525, seg{x: 120, text: "được áp dụng từ đầu năm sau.", h: 18})
			b.add(3, 1690, seg{x: 610, text: "3"})
			p := analyze(t, b.result(), nil)
			if got := kinds(p); !equalKinds(got, c.want) {
				t.Fatalf("regions %v, want %v", got, c.want)
			}
			if c.want[1] == Footnote && len(p.Regions[1].Lines) != 2 {
				t.Errorf("footnote lines %+v", p.Regions[1].Lines)
			}
		})
	}
}
