package layout

import (
	"image"
	"os"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
	"github.com/vidoc/vidoc/internal/render"
)

// TestTableRulesFindsOnlyTheTable: on a rendered page with a ruled table
// and ND 30/2020's rules under the header, TableRules gives the table's
// whole area and its rules, nothing outside the table; on the same page
// without the table, nothing (a rule under the motto is no table's).
func TestTableRulesFindsOnlyTheTable(t *testing.T) {
	form := tableForm()
	grey, marks := greyForm(t, form, 300)
	for _, c := range []struct {
		name string
		img  image.Image
		dpi  int
	}{{"grey", grey, 300}, {"bilevel", render.Binarize(grey, 128), 300}, {"unknown dpi", grey, 0}} {
		t.Run(c.name, func(t *testing.T) {
			rs := TableRules(c.img, c.dpi)
			// The table's area, and five rules each way: four rows
			// and four columns.
			if len(rs) != 11 {
				t.Errorf("%d boxes, want 11: %v", len(rs), rs)
			}
			var all image.Rectangle
			areas := 0
			for _, r := range rs {
				if !r.In(marks.Table.Inset(-ruleEdge - 2)) {
					t.Errorf("box %v outside the table %v", r, marks.Table)
				}
				if marks.Table.Inset(4).In(r) {
					areas++
				}
				all = all.Union(r)
			}
			if areas != 1 {
				t.Errorf("%d boxes cover the table's inside, want its area alone: %v", areas, rs)
			}
			if !marks.Table.In(all) {
				t.Errorf("boxes cover %v, the table is %v", all, marks.Table)
			}
		})
	}
	form.Table = nil
	plain, _ := greyForm(t, form, 300)
	if rs := TableRules(plain, 300); len(rs) != 0 {
		t.Errorf("a page without a table: boxes %v", rs)
	}
}

// TestTableCellsReadOnce reads the rendered page with a ruled table as
// vidoc ocr does, the table painted white before Tesseract reads the page
// (Clean: TableRules), in colour, grey and 1-bit: the page's reading has
// none of the table's words, each cell that holds print is read once on
// its own crop, and the text of the cells comes row by row, left to right;
// the pixels layout gets keep the table it cuts into cells.
func TestTableCellsReadOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("OCRs pages with Tesseract")
	}
	form := tableForm()
	colour, marks := colourForm(t, form, 300)
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true, Clean: TableRules})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for _, c := range scanKinds(colour) {
		t.Run(c.name, func(t *testing.T) {
			res := recognizeImage(t, e, "table-"+c.name+".png", c.img, 300)
			if rs := TableRules(res.Image, 300); len(rs) != 11 {
				t.Errorf("the page image layout gets gives %d boxes to paint, want the table's area and its 10 rules", len(rs))
			}
			for _, w := range res.Words {
				if image.Pt((w.Box.X0+w.Box.X1)/2, (w.Box.Y0+w.Box.Y1)/2).In(marks.Table) {
					t.Errorf("the page's reading has %q in the table", w.Text)
				}
			}
			r := &countingReader{r: e}
			p, err := Analyze(t.Context(), res, res.Image, Options{Reader: r})
			if err != nil {
				t.Fatal(err)
			}
			if os.Getenv("VIDOC_TEST_DUMP") != "" {
				t.Logf("text:\n%s", p.Text)
			}
			cells := tableCells(form)
			if r.n != len(cells) || r.first != r.n {
				t.Errorf("%d crops read (%d as first readings), want one first reading for each of the %d cells with print", r.n, r.first, len(cells))
			}
			checkTable(t, p, form, marks)
			for _, region := range p.Regions {
				for _, cl := range region.Cells {
					if cl.Text != "" && !cl.Reread {
						t.Errorf("cell %d,%d not read on its crop", cl.Row, cl.Col)
					}
				}
			}
		})
	}
}

// scanKind is a page as one kind of scan.
type scanKind struct {
	name string
	img  image.Image
}

// scanKinds is a rendered colour page as the three kinds of scan layout
// reads: colour, grey (a grey scanner, a photocopy) and 1-bit.
func scanKinds(colour *image.RGBA) []scanKind {
	grey := greyOf(colour)
	return []scanKind{{"colour", colour}, {"grey", grey}, {"bilevel", render.Binarize(grey, 128)}}
}
