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
// rules, all of them and nothing outside the table; on the same page
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
			// Five rules each way: four rows and four columns.
			if len(rs) != 10 {
				t.Errorf("%d rules, want 10: %v", len(rs), rs)
			}
			var all image.Rectangle
			for _, r := range rs {
				if !r.In(marks.Table.Inset(-ruleEdge - 2)) {
					t.Errorf("rule %v outside the table %v", r, marks.Table)
				}
				all = all.Union(r)
			}
			if !marks.Table.In(all) {
				t.Errorf("rules cover %v, the table is %v", all, marks.Table)
			}
		})
	}
	form.Table = nil
	plain, _ := greyForm(t, form, 300)
	if rs := TableRules(plain, 300); len(rs) != 0 {
		t.Errorf("a page without a table: rules %v", rs)
	}
}

// TestTableReadOnce reads the rendered page with a ruled table as vidoc ocr
// does, its table's rules painted white before Tesseract reads it (Clean:
// TableRules), in colour, grey and 1-bit: every cell is read right by the
// page's own reading, none is read again on its own crop, and the text of
// the cells comes row by row, left to right; the pixels layout gets keep
// the rules it cuts the table by.
func TestTableReadOnce(t *testing.T) {
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
			if rs := TableRules(res.Image, 300); len(rs) != 10 {
				t.Errorf("the page image layout gets has %d table rules, want the 10 printed", len(rs))
			}
			r := &countingReader{r: e}
			p, err := Analyze(t.Context(), res, res.Image, Options{Reader: r})
			if err != nil {
				t.Fatal(err)
			}
			if os.Getenv("VIDOC_TEST_DUMP") != "" {
				t.Logf("text:\n%s", p.Text)
			}
			if r.n != 0 {
				t.Errorf("%d crops read again, want none", r.n)
			}
			checkTable(t, p, form, marks)
			for _, region := range p.Regions {
				for _, cl := range region.Cells {
					if cl.Reread {
						t.Errorf("cell %d,%d read again", cl.Row, cl.Col)
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
