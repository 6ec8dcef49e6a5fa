package layout

import (
	"strings"
	"testing"
)

// A seal stamped across the sheet's edge (dấu giáp lai) on a grey or
// 1-bit scan has no colour to tell it by: Tesseract reads its arcs as
// marks at the end of the lines of print they face, out in the right
// margin ("… thực hiện ʃ~ Ô"). They are dropped and listed as border;
// the print of the lines, and a line of print that ends past the others
// with a word, stay.
func TestMarginMarksAfterLinesDropped(t *testing.T) {
	const line = "các cơ quan đơn vị triển khai thực hiện nghiêm túc nội dung của văn bản này kịp thời"
	b := newBuilder()
	y := b.body(1, 200, 10)
	// Lines facing the edge seal: print to the body's right edge, then
	// marks past a gap wider than a word's space (under a column's).
	b.add(2, y, seg{x: 120, text: line + " x"}, seg{x: 1165, text: "ʃ~ Ô", conf: 40})
	b.add(2, y+40, seg{x: 120, text: line + " y"}, seg{x: 1165, text: `/ '`, conf: 45})
	// Lines of print that end past the others, with a word or a letter
	// a space from the rest: kept.
	b.add(2, y+80, seg{x: 120, text: line + " trên"})
	b.add(2, y+120, seg{x: 120, text: line + " z I"})
	b.body(3, y+200, 4)
	p := analyze(t, b.result(), nil)
	for _, s := range []string{"ʃ~", "Ô", "/", "'"} {
		if strings.Contains(p.Text, s) {
			t.Errorf("margin mark %q kept:\n%s", s, p.Text)
		}
	}
	for _, s := range []string{"thời x\n", "thời y\n", "thời trên\n", "thời z I\n"} {
		if !strings.Contains(p.Text, s) {
			t.Errorf("%q lost:\n%s", s, p.Text)
		}
	}
	if got := strings.Join(droppedTexts(p, ReasonBorder), " "); got != `ʃ~ Ô / '` {
		t.Errorf("dropped as border %q, want the four marks", got)
	}
}
