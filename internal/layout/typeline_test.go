package layout

import (
	"strings"
	"testing"
)

// TestGluedTypeLineKept: a spaced capital type line that Tesseract read as
// one word with no confidence ("CHỈTHỊ", "QUYẾT-ĐỊNH") is the document's
// type, not marks: kept in the text, while marks read beside it with as
// little confidence are still dropped. The page is made for the test.
func TestGluedTypeLineKept(t *testing.T) {
	for _, typeLine := range []string{"CHỈTHỊ", "QUYẾTĐỊNH", "-KẾHOẠCH-"} {
		b := newBuilder()
		y := b.body(1, 200, 3)
		b.add(2, y+60, seg{x: 700, text: typeLine, conf: 0.5})
		b.add(3, y+140, seg{x: 300, text: "Về việc tổ chức hội nghị tổng kết"})
		b.add(4, y+220, seg{x: 700, text: "⁄©2A", conf: 0.5}, seg{x: 900, text: "Q€/“A@Ỳ", conf: 0.5})
		b.body(5, y+300, 3)
		p := analyze(t, b.result(), nil)
		if !strings.Contains(p.Text, typeLine) {
			t.Errorf("the type line %q is not in the text:\n%s", typeLine, p.Text)
		}
		if strings.Contains(p.Text, "Q€") {
			t.Errorf("marks beside it kept:\n%s", p.Text)
		}
	}
}
