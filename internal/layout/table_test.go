package layout

import (
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"strings"
	"testing"
)

// ruledPage is a white page of the synthetic size with black rules drawn
// on it, 2 px thick.
func ruledPage(rules ...image.Rectangle) *image.Gray {
	img := image.NewGray(image.Rect(0, 0, pageW, pageH))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.Gray{Y: 255}), image.Point{}, draw.Src)
	for _, r := range rules {
		draw.Draw(img, r, image.NewUniform(color.Gray{Y: 0}), image.Point{}, draw.Src)
	}
	return img
}

func hline(x0, x1, y int) image.Rectangle { return image.Rect(x0, y, x1, y+2) }
func vline(x, y0, y1 int) image.Rectangle { return image.Rect(x, y0, x+2, y1) }

// grid draws the rules of a table with columns at xs and rows at ys.
func grid(xs, ys []int) []image.Rectangle {
	var out []image.Rectangle
	for _, y := range ys {
		out = append(out, hline(xs[0], xs[len(xs)-1]+2, y))
	}
	for _, x := range xs {
		out = append(out, vline(x, ys[0], ys[len(ys)-1]+2))
	}
	return out
}

func tablesOf(p *Page) []Region {
	var out []Region
	for _, r := range p.Regions {
		if r.Kind == Table {
			out = append(out, r)
		}
	}
	return out
}

// TestTableCellsInReadingOrder: the words of a ruled table come out one
// cell per line, row by row and left to right, between the body above and
// the body below, whatever order Tesseract read them in (here: column by
// column, as it reads a table it took for columns). An empty cell is left
// out of the text but listed.
func TestTableCellsInReadingOrder(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 3)
	xs, ys := []int{120, 300, 700, 1100}, []int{y + 20, y + 80, y + 140, y + 200}
	// Column by column, each cell one Tesseract line.
	cols := [][]string{{"Số", "1", "2"}, {"Đơn vị", "Phòng một", "Phòng hai"}, {"Ghi chú", "đủ", ""}}
	for c, col := range cols {
		for r, text := range col {
			if text != "" {
				b.add(2+c, ys[r]+18, seg{x: xs[c] + 12, text: text})
			}
		}
	}
	b.body(9, ys[3]+40, 2)
	res := b.result()
	p := analyze(t, res, ruledPage(grid(xs, ys)...))
	tables := tablesOf(p)
	if len(tables) != 1 {
		t.Fatalf("regions %v, want one table", kinds(p))
	}
	if got := kinds(p); !equalKinds(got, []Kind{Body, Table, Body}) {
		t.Errorf("regions %v", got)
	}
	if n := len(tables[0].Cells); n != 9 {
		t.Errorf("%d cells, want 9", n)
	}
	want := "Số\nĐơn vị\nGhi chú\n1\nPhòng một\nđủ\n2\nPhòng hai"
	if !strings.Contains(p.Text, "kịp thời c\n\n"+want+"\n\ncác cơ quan") {
		t.Errorf("text:\n%s\nwant the table as\n%s", p.Text, want)
	}
	last := tables[0].Cells[8]
	if last.Row != 2 || last.Col != 2 || last.Text != "" {
		t.Errorf("last cell %+v, want row 2, column 2, empty", last)
	}
}

// TestTableMergedCell: a cell with no rule under it spans two rows, is
// read once, in its first row.
func TestTableMergedCell(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 2)
	xs, ys := []int{120, 400, 900}, []int{y + 20, y + 80, y + 140, y + 200}
	b.add(2, ys[0]+18, seg{x: 132, text: "Khối"}, seg{x: 412, text: "Nội dung"})
	b.add(3, ys[1]+50, seg{x: 132, text: "Khối chung"})
	b.add(4, ys[1]+18, seg{x: 412, text: "việc một"})
	b.add(5, ys[2]+18, seg{x: 412, text: "việc hai"})
	rules := []image.Rectangle{hline(120, 902, ys[0]), hline(120, 902, ys[1]), hline(400, 902, ys[2]), hline(120, 902, ys[3])}
	for _, x := range xs {
		rules = append(rules, vline(x, ys[0], ys[3]+2))
	}
	p := analyze(t, b.result(), ruledPage(rules...))
	tables := tablesOf(p)
	if len(tables) != 1 {
		t.Fatalf("regions %v, want one table", kinds(p))
	}
	var lines []string
	for _, l := range tables[0].Lines {
		lines = append(lines, l.Text)
	}
	if got, want := strings.Join(lines, "|"), "Khối|Nội dung|Khối chung|việc một|việc hai"; got != want {
		t.Errorf("cells %q, want %q", got, want)
	}
	if c := tables[0].Cells[2]; c.Rows != 2 || c.Text != "Khối chung" {
		t.Errorf("merged cell %+v", c)
	}
}

// TestRulesThatAreNoTable: rules under the header, a signature line, a
// box round a paragraph and a footnote rule make no table, and the text
// is what it is on the page without them.
func TestRulesThatAreNoTable(t *testing.T) {
	b := newBuilder()
	b.add(1, 100, seg{x: 150, text: "ỦY BAN NHÂN DÂN"}, seg{x: 700, text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
	b.add(1, 140, seg{x: 150, text: "XÃ ĐÔNG HÒA"}, seg{x: 750, text: "Độc lập - Tự do - Hạnh phúc"})
	y := b.body(2, 260, 8)
	b.add(3, y+40, seg{x: 150, text: "Ghi chú trong khung."})
	b.body(4, y+160, 3)
	rules := []image.Rectangle{
		hline(180, 330, 168), hline(760, 1060, 168), // under the issuing body and the motto
		hline(760, 1000, 1400),                                                                          // a signature line
		hline(120, 1140, y+20), hline(120, 1140, y+80), vline(120, y+20, y+82), vline(1140, y+20, y+82), // a box
		hline(120, 420, 1560), // a footnote rule
	}
	res := b.result()
	p := analyze(t, res, ruledPage(rules...))
	if tables := tablesOf(p); len(tables) != 0 {
		t.Errorf("tables found: %+v", tables)
	}
	if plain := analyze(t, res, ruledPage()); p.Text != plain.Text {
		t.Errorf("text with the rules:\n%s\nwithout:\n%s", p.Text, plain.Text)
	}
}

// TestFootnoteUnderRule: small lines under a short rule at the foot from
// the left margin are footnotes, with no note mark, after the closing and
// before a bottom page number; the same lines without the rule stay body,
// and lines in body type under the rule are no notes.
func TestFootnoteUnderRule(t *testing.T) {
	for _, c := range []struct {
		name string
		rule bool
		h    int
		want []Kind
	}{
		{"ruled", true, 18, []Kind{Body, ClosingLeft, ClosingRight, Footnote, PageNumber}},
		{"no rule", false, 18, []Kind{Body, ClosingLeft, ClosingRight, PageNumber}},
		{"body type", true, 0, []Kind{Body, ClosingLeft, ClosingRight, PageNumber}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := closingPage("Trần Văn Nam",
				[]seg{{x: 120, text: "Nơi nhận:"}, {x: 760, text: "CHỦ TỊCH"}},
				[]seg{{x: 120, text: "- Lưu: VT."}})
			b.add(7, 1500, seg{x: 120, text: "Số liệu tính đến hết quý ba.", h: c.h})
			b.add(7, 1525, seg{x: 120, text: "Đơn vị tính là triệu đồng.", h: c.h})
			b.add(8, 1690, seg{x: 610, text: "3"})
			var rules []image.Rectangle
			if c.rule {
				rules = append(rules, hline(120, 420, 1485))
			}
			p := analyze(t, b.result(), ruledPage(rules...))
			if got := kinds(p); !equalKinds(got, c.want) {
				t.Fatalf("regions %v, want %v\n%s", got, c.want, p.Text)
			}
			if c.want[3] == Footnote && !strings.HasSuffix(p.Text, "Bình\n\nSố liệu tính đến hết quý ba.\nĐơn vị tính là triệu đồng.\n\n3") &&
				!strings.Contains(p.Text, "\n\nSố liệu tính đến hết quý ba.\nĐơn vị tính là triệu đồng.\n\n3") {
				t.Errorf("text:\n%s", p.Text)
			}
		})
	}
}

// BenchmarkFindRules is the cost of looking for rules on every page: one
// pass over an A4 page at 300 dpi with a table on it.
func BenchmarkFindRules(b *testing.B) {
	img, _ := greyForm(b, tableForm(), 300)
	p := &page{w: img.Bounds().Dx(), h: img.Bounds().Dy(), img: img, xh: 46}
	b.ReportAllocs()
	for b.Loop() {
		if hs, vs := p.findRules(ruleInkPrint); len(hs) < tableMinRules || len(vs) < tableMinRules {
			b.Fatalf("%d and %d rules", len(hs), len(vs))
		}
	}
}

// TestTableSlightlyTilted: a table whose rules are tilted by what is left
// after deskewing (0.3°: rules stepping a pixel every few hundred) is found
// all the same, its cells in order.
func TestTableSlightlyTilted(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 2)
	xs, ys := []int{120, 500, 1100}, []int{y + 20, y + 80, y + 140}
	b.add(2, ys[0]+18, seg{x: 132, text: "Mục"}, seg{x: 512, text: "Nội dung"})
	b.add(3, ys[1]+18, seg{x: 132, text: "Một"}, seg{x: 512, text: "Việc đầu"})
	const slope = 0.005 // tan 0.3°
	img := ruledPage()
	for _, ry := range ys {
		for x := xs[0]; x <= xs[2]+2; x++ {
			yy := ry + int(slope*float64(x-xs[0]))
			img.SetGray(x, yy, color.Gray{})
			img.SetGray(x, yy+1, color.Gray{})
		}
	}
	for _, rx := range xs {
		for yy := ys[0]; yy <= ys[2]+2; yy++ {
			x := rx - int(slope*float64(yy-ys[0]))
			img.SetGray(x, yy, color.Gray{})
			img.SetGray(x+1, yy, color.Gray{})
		}
	}
	p := analyze(t, b.result(), img)
	tables := tablesOf(p)
	if len(tables) != 1 || len(tables[0].Cells) != 4 {
		t.Fatalf("regions %v, tables %+v", kinds(p), tables)
	}
	var lines []string
	for _, l := range tables[0].Lines {
		lines = append(lines, l.Text)
	}
	if got, want := strings.Join(lines, "|"), "Mục|Nội dung|Một|Việc đầu"; got != want {
		t.Errorf("cells %q, want %q", got, want)
	}
}

// TestInkRowAsGreyRow: the row the rule search reads of a colour page,
// paper skipped two pixels at a time, tells ink from paper as the grey row
// does, on rows of odd and even width, colours near the threshold too.
func TestInkRowAsGreyRow(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 12))
	for _, lvl := range []ruleInk{ruleInkPrint, ruleInkFaint} {
		for _, w := range []int{1, 2, 33, 64} {
			img := image.NewRGBA(image.Rect(0, 0, w, 40))
			for i := range img.Pix {
				switch rnd.IntN(3) {
				case 0:
					img.Pix[i] = uint8(rnd.IntN(256))
				case 1:
					img.Pix[i] = uint8(int(lvl) - 8 + rnd.IntN(16)) // about the threshold
				default:
					img.Pix[i] = uint8(int(lvl) + rnd.IntN(256-int(lvl))) // paper
				}
			}
			ink, grey := make([]uint8, w), make([]uint8, w)
			for y := range 40 {
				inkRow(img, y, ink, lvl)
				greyRow(img, y, grey)
				for x := range w {
					if (ink[x] < uint8(lvl)) != (grey[x] < uint8(lvl)) {
						t.Errorf("level %d, width %d, (%d, %d): ink row %d, grey row %d", lvl, w, x, y, ink[x], grey[x])
					}
				}
			}
		}
	}
}
