package layout

import (
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// mark adds one word with its own box to the builder's last line, in its
// place left to right.
func (b *builder) mark(par int, text string, box ocr.Box, conf float64) {
	ws := append(b.res.Words, ocr.Word{Text: text, Box: box, Confidence: conf, Block: 1, Par: par, Line: b.line})
	k := len(ws) - 1
	for ; k > 0 && ws[k-1].Line == b.line && ws[k-1].Box.X0 > box.X0; k-- {
		ws[k] = ws[k-1]
	}
	ws[k] = ocr.Word{Text: text, Box: box, Confidence: conf, Block: 1, Par: par, Line: b.line}
	b.res.Words = ws
}

// A speck before a line is read as a dash with high confidence and opens
// the line like a list item; a row of accents or dots is read as a few
// short characters. Both are dropped and listed as specks; a printed dash,
// a stroke wider than it is thick, stays.
func TestDotsAndShortMarksDropped(t *testing.T) {
	b := newBuilder()
	y := b.body(1, 200, 4)
	// A dot as tall as it is wide, on the line's row, read as "-".
	b.add(2, y, seg{x: 120, text: "một dòng có vết bẩn ở lề trái trước chữ đầu"})
	b.mark(2, "-", ocr.Box{X0: 104, Y0: y + 10, X1: 107, Y1: y + 13}, 92)
	// A row of marks a fifth of the type size high, read as characters.
	b.add(2, y+30, seg{x: 300, text: "2433-31 4+2", conf: 45, h: 5})
	y = b.body(3, y+60, 4)
	// A list line opening with a printed dash: a stroke 10 px by 3.
	b.add(4, y, seg{x: 140, text: "Như trên;"})
	b.mark(4, "-", ocr.Box{X0: 120, Y0: y + 11, X1: 130, Y1: y + 14}, 93)
	p := analyze(t, b.result(), nil)
	if strings.Contains(p.Text, "- một dòng") || !strings.Contains(p.Text, "một dòng có vết bẩn") {
		t.Errorf("the dot before the line kept, or the line lost:\n%s", p.Text)
	}
	if strings.Contains(p.Text, "2433") || strings.Contains(p.Text, "4+2") {
		t.Errorf("the row of short marks kept:\n%s", p.Text)
	}
	if !strings.Contains(p.Text, "- Như trên;") {
		t.Errorf("the printed dash lost:\n%s", p.Text)
	}
	if got := strings.Join(droppedTexts(p, ReasonSpeck), " | "); got != "- | 2433-31 4+2" {
		t.Errorf("listed as specks %q", got)
	}
}
