package layout

import (
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/ocr"
)

// regionOrder is the order regions are emitted in; a page number printed
// at the top comes first, one at the bottom last.
var regionOrder = []Kind{Banner, HeaderLeft, HeaderRight, Body, ClosingLeft, ClosingRight, Footnote}

// result builds the page's regions, dropped clusters and text.
func (p *page) result(res *ocr.Result) *Page {
	out := &Page{
		Regions:     []Region{},
		Dropped:     p.droppedClusters(),
		Handwritten: p.hand,
		Snapped:     p.snaps,
		Reordered:   p.reordered,
	}
	if out.Handwritten == nil {
		out.Handwritten = []Handwritten{}
	}
	if out.Snapped == nil {
		out.Snapped = []Snapped{}
	}
	for _, w := range p.words {
		if w.drop == "" {
			out.Words = append(out.Words, w.Word)
		}
	}
	var top, bottom []*part
	for _, pt := range p.parts {
		if pt.kind == PageNumber {
			if pt.box.Y0 < p.h/2 {
				top = append(top, pt)
			} else {
				bottom = append(bottom, pt)
			}
		}
	}
	add := func(kind Kind, parts []*part) {
		if len(parts) > 0 {
			out.Regions = append(out.Regions, p.region(kind, parts))
		}
	}
	add(PageNumber, top)
	for _, kind := range regionOrder {
		var parts []*part
		for _, pt := range p.parts {
			if pt.kind == kind {
				parts = append(parts, pt)
			}
		}
		if kind == Body {
			p.addBody(out, parts)
			continue
		}
		// A column reads top to bottom; Tesseract's order is kept in the body.
		slices.SortStableFunc(parts, func(a, b *part) int { return a.box.Y0 - b.box.Y0 })
		add(kind, p.joinRows(parts))
	}
	add(PageNumber, bottom)
	if !p.reordered && len(out.Dropped) == 0 && len(p.snaps) == 0 && len(p.tables) == 0 {
		// Nothing moved, dropped or snapped: Tesseract's text as it was.
		out.Text = res.Text
		return out
	}
	out.Text = p.text(out.Regions)
	return out
}

// addBody adds the body's regions: its parts in Tesseract's order, cut
// where a table is printed, the table's region standing between the text
// above it and the text below it.
func (p *page) addBody(out *Page, parts []*part) {
	tables := p.tables
	var chunk []*part
	flush := func() {
		if len(chunk) > 0 {
			out.Regions = append(out.Regions, p.region(Body, chunk))
			p.bodyChunks = append(p.bodyChunks, chunk)
			chunk = nil
		}
	}
	for _, pt := range parts {
		for len(tables) > 0 && pt.box.Y0 >= tables[0].box.Max.Y-p.xh/2 {
			flush()
			out.Regions = append(out.Regions, p.tableRegion(tables[0]))
			tables = tables[1:]
		}
		chunk = append(chunk, pt)
	}
	flush()
	for _, t := range tables {
		out.Regions = append(out.Regions, p.tableRegion(t))
	}
}

// region gathers parts into a region. Body lines are Tesseract's lines
// (the parts of one line joined again); column lines are the parts.
func (p *page) region(kind Kind, parts []*part) Region {
	r := Region{Kind: kind, Box: parts[0].box}
	for k, pt := range parts {
		r.Box = union(r.Box, pt.box)
		if kind == Body && k > 0 && parts[k-1].tline == pt.tline {
			last := &r.Lines[len(r.Lines)-1]
			last.Text += " " + pt.text
			last.Box = union(last.Box, pt.box)
			last.Confidence = (last.Confidence + p.confidence(pt)) / 2
			continue
		}
		r.Lines = append(r.Lines, Line{Text: pt.text, Box: pt.box, Confidence: p.confidence(pt)})
	}
	return r
}

// text writes the regions in order: a blank line between regions, except
// between the two columns of the header or closing, read one after the
// other; in the body, a blank line between Tesseract's paragraphs, as its
// own text output has.
func (p *page) text(regions []Region) string {
	var b strings.Builder
	chunks := p.bodyChunks
	for k, r := range regions {
		if k > 0 {
			b.WriteByte('\n')
			if !(r.Kind == HeaderRight && regions[k-1].Kind == HeaderLeft) &&
				!(r.Kind == ClosingRight && regions[k-1].Kind == ClosingLeft) {
				b.WriteByte('\n')
			}
		}
		if r.Kind == Body {
			p.bodyText(&b, chunks[0])
			chunks = chunks[1:]
			continue
		}
		for j, l := range r.Lines {
			if j > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(l.Text)
		}
	}
	return b.String()
}

func (p *page) bodyText(b *strings.Builder, parts []*part) {
	prevLine := -1
	start := b.Len()
	for _, pt := range parts {
		switch {
		case pt.tline == prevLine:
			b.WriteByte(' ')
		case b.Len() > start:
			b.WriteByte('\n')
			if p.tpar[pt.tline] != p.tpar[prevLine] {
				b.WriteByte('\n')
			}
		}
		b.WriteString(pt.text)
		prevLine = pt.tline
	}
}

// droppedClusters groups dropped words into clusters, one per reason and
// neighbourhood, for the JSON listing: every dropped word is in one.
func (p *page) droppedClusters() []Dropped {
	out := []Dropped{}
	near := 2 * p.xh
	for i := range p.words {
		w := p.words[i]
		if w.drop == "" || w.drop == reasonReread {
			continue
		}
		if (w.drop == ReasonGarbage || w.drop == ReasonSpeck) && p.inSignerBlock(w.Box) {
			w.drop = ReasonSignature
		}
		joined := false
		for k := range out {
			d := &out[k]
			if d.Reason == w.drop && w.Box.X0 <= d.Box.X1+near && w.Box.X1 >= d.Box.X0-near &&
				w.Box.Y0 <= d.Box.Y1+near && w.Box.Y1 >= d.Box.Y0-near {
				d.Box = union(d.Box, w.Box)
				d.Words = append(d.Words, w.Word)
				d.Text += " " + w.Text
				joined = true
				break
			}
		}
		if !joined {
			out = append(out, Dropped{Reason: w.drop, Box: w.Box, Text: w.Text, Words: []ocr.Word{w.Word}})
		}
	}
	// A picture in a table the page's reading left out (TableRules) was
	// never read, so no word stands for it: its cell is listed all the
	// same, as nothing kept out of the text goes unlisted.
	for _, t := range p.tables {
		for _, c := range t.cells {
			if c.picture && len(c.words) == 0 {
				out = append(out, Dropped{Reason: ReasonGarbage, Box: rectBox(c.inner), Words: []ocr.Word{}})
			}
		}
	}
	return out
}

// inSignerBlock reports whether a box lies beside or below the closing's
// right column: where a signature is.
func (p *page) inSignerBlock(b ocr.Box) bool {
	var col ocr.Box
	found := false
	for _, pt := range p.parts {
		if pt.kind == ClosingRight {
			if !found {
				col = pt.box
			}
			col, found = union(col, pt.box), true
		}
	}
	return found && b.X1 > col.X0 && b.X0 < col.X1 && b.Y1 > col.Y0-p.xh && b.Y0 < col.Y1+2*p.xh
}

// joinRows joins the parts of a column that stand side by side on one row
// (Tesseract sometimes breaks a line in two, notably under a stamp), left
// to right.
func (p *page) joinRows(parts []*part) []*part {
	var out []*part
	for _, pt := range parts {
		if n := len(out); n > 0 && overlapY(out[n-1], pt) && !p.symbolApart(out[n-1], pt) {
			out[n-1] = joinPair(out[n-1], pt)
			continue
		}
		out = append(out, pt)
	}
	return out
}

// joinPair is two parts on one row joined left to right.
func joinPair(a, b *part) *part {
	if b.box.X0 < a.box.X0 {
		a, b = b, a
	}
	return &part{words: append(slices.Clone(a.words), b.words...), box: union(a.box, b.box),
		tline: a.tline, kind: a.kind, text: a.text + " " + b.text}
}
