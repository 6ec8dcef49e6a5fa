package layout

import (
	"context"
	"image"
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/ocr"
)

// Table geometry and when a cell is read again. Sizes are in multiples of
// the type size p.xh.
const (
	// tableMinRules: a table has at least two rows and two columns, so
	// three rules each way. A box round a paragraph (two and two), a
	// signature line or a rule under the motto is no table.
	tableMinRules = 3
	// cellInk: a cell holds print when it has this much ink not covered
	// by the words read in it (share of xh²: a "1" in small type has
	// about 0.1).
	cellInk = 0.04
	// freshConf: words read in a cell where Tesseract had read nothing
	// are kept only with this mean confidence (not a speck's reading)…
	freshConf = 50
	// … unless the cell holds more ink than this (share of xh²: a few
	// letters), which is print however badly read: dropping it would
	// lose a line.
	printInk = 0.5
	// cellConf: a cell read with less mean confidence is read again.
	cellConf = 75
	// sureConf: a word read with this confidence is taken as read, even
	// when its shape is odd for a word ("7h30", "23h", "D12+D13"): read
	// again on its own crop, it reads the same, at the cost of a second
	// reading (as much as the first: Tesseract's time goes into
	// recognising letters, not into setting up a read).
	sureConf = 90
	// cellPad is the white margin put round a cell's crop: Tesseract
	// finds no text touching the image's edge.
	cellPad = 0.5
)

// Cell is one cell of a table: its place in the grid (a merged cell spans
// several rows or columns), its box between the rules and its text. Reread
// says the text is Tesseract's reading of the cell's own crop.
type Cell struct {
	Row        int     `json:"row"`
	Col        int     `json:"col"`
	Rows       int     `json:"rows"`
	Cols       int     `json:"cols"`
	Box        ocr.Box `json:"box"`
	Text       string  `json:"text"`
	Confidence float64 `json:"confidence"`
	Reread     bool    `json:"reread,omitempty"`
}

// table is a ruled table found on the page. unread says the page's
// reading left it out (blankedTables): its cells are read the first time
// on their own crops.
type table struct {
	box    image.Rectangle
	cells  []*cell
	unread bool
}

// cell is a table cell at work: outer lies on the rules' centres, inner
// inside their ink.
type cell struct {
	row, col, rows, cols int
	outer, inner         image.Rectangle
	words                []int // indices into page.words: its words, once read
	reread               bool
	picture              bool // it holds a picture (picture)
}

// findTables finds the ruled tables of the page and takes their words out
// of the lines of text: the words are assigned to cells by their centre,
// marks read on the rules are dropped as rules, and a cell whose words
// straddle a rule, are garbled, or leave print unread is read again on its
// own crop when r is set. A table OCR painted white before reading the
// page (cleaned, TableRules) has no words: each of its cells holding ink
// is read, once, on its own crop. Only a cancelled ctx is an error.
func (p *page) findTables(ctx context.Context, r Reader, dpi int, cleaned []image.Rectangle, file string, pageNo int) error {
	// The tables the page's reading left out, then those found among
	// its words.
	tables := p.blankedTables(dpi, cleaned)
	hs, vs := p.tableRules()
	defer func() {
		// The rules left are a footnote's separator, underlines.
		for _, h := range hs {
			free := true
			for _, t := range p.tables {
				free = free && !h.Overlaps(t.box)
			}
			if free {
				p.hrules = append(p.hrules, h)
			}
		}
	}()
	// Other tables, and a stamp's frames, are sought among the rules
	// outside those: inside a table the page's reading left out there
	// are no words, the page's few give it too small a type size, and
	// the letters' stems are taken for rules (hundreds of them on a page
	// that is all table: searched for grids and frames, they cost more
	// than reading the cells).
	outside := func(rs []rule) []rule {
		return slices.DeleteFunc(slices.Clone(rs), func(r rule) bool {
			return slices.ContainsFunc(tables, func(t *table) bool { return r.Overlaps(t.box) })
		})
	}
	ohs, ovs := outside(hs), outside(vs)
	p.markFramedStamps(ohs, ovs, dpi)
	var grids []*table
	if len(ohs) >= tableMinRules && len(ovs) >= tableMinRules {
		grids = p.grids(ohs, ovs)
	}
	for _, t := range grids {
		if slices.ContainsFunc(tables, func(b *table) bool { return b.box.Overlaps(t.box) }) || !p.realTable(t, ohs, ovs) {
			continue
		}
		tables = append(tables, t)
	}
	for _, t := range tables {
		p.assignWords(t)
		for _, c := range t.cells {
			if p.picture(c) {
				// A picture's marks read as letters are no text:
				// dropped and listed, not read again.
				c.picture = true
				for _, i := range c.words {
					if p.words[i].drop == "" {
						p.words[i].drop = ReasonGarbage
					}
				}
			}
		}
		p.tables = append(p.tables, t)
		p.reordered = true
	}
	slices.SortStableFunc(p.tables, func(a, b *table) int { return a.box.Min.Y - b.box.Min.Y })
	if r == nil || p.img == nil {
		return nil
	}
	// The cells of the tables the page's reading left out, then those
	// worth reading again, each on its own crop (readCrops).
	for _, first := range []bool{true, false} {
		var cells []*cell
		var crops []*image.Gray
		var origins []image.Point
		pad := max(4, int(cellPad*float64(p.xh)))
		for _, t := range p.tables {
			if t.unread != first {
				continue
			}
			for _, c := range t.cells {
				if !p.needsReread(c) || c.inner.Intersect(p.img.Bounds()).Empty() {
					continue
				}
				crop, at := greyCrop(p.img, c.inner, pad)
				cells, crops, origins = append(cells, c), append(crops, crop), append(origins, at)
			}
		}
		if len(crops) == 0 {
			continue
		}
		rctx := ctx
		if first {
			rctx = context.WithValue(ctx, firstReadingKey{}, true)
		}
		read, err := readCrops(rctx, r, dpi, crops, file, pageNo, "table cells")
		if err != nil {
			return err
		}
		for k, c := range cells {
			p.takeCell(c, read[k], origins[k])
		}
	}
	return nil
}

type firstReadingKey struct{}

// FirstReading reports whether a read that layout asks of its Reader with
// ctx is the first reading of print the page's reading left out (the
// cells of a ruled table, TableRules), not a second reading of print the
// page had: OCR's work, done on layout's crops. A caller timing layout
// counts it as OCR's.
func FirstReading(ctx context.Context) bool {
	first, _ := ctx.Value(firstReadingKey{}).(bool)
	return first
}

// blankedTables are the tables the page's reading left out: those found
// before it was read (tablesBeforeRead) whose whole area OCR painted white
// (cleaned, ocr.Result.Cleaned). Tesseract read none of their print, so
// every cell holding ink is read on its own crop (needsReread).
func (p *page) blankedTables(dpi int, cleaned []image.Rectangle) []*table {
	if len(cleaned) == 0 || p.img == nil {
		return nil
	}
	b := p.img.Bounds()
	_, _, grids, real := tablesBeforeRead(p.img, dpi)
	var out []*table
	for k, t := range grids {
		if real[k] && slices.Contains(cleaned, t.area().Add(b.Min).Intersect(b)) {
			t.unread = true
			out = append(out, t)
		}
	}
	return out
}

// Which grids are tables.
const (
	// closedSide: a cell's side is ruled when rules cover this share of
	// it (a 1-bit scan breaks a thin rule here and there).
	closedSide = 0.75
	// tableRows: a table's closed cells holding print lie in at least
	// this many rows (a header row and one of data).
	tableRows = 2
)

// realTable reports whether grid t is a table: its closed cells (ruled on
// all four sides, narrower than the grid) that hold print lie in at least
// tableRows rows and two columns. A blank form's rules make grids that are
// none: the lines its fields are written on, a frame round the form and
// rules between its sections (cells as wide as the grid), a photo box
// beside them; cut into cells, its lines would be taken apart or run
// together. Its words then stay in the lines Tesseract read. Print is a
// word read with a letter or digit, or ink enough for a few letters
// (Tesseract skips a ruled table's cells when their rules were not painted
// white before it read the page, TableRules).
func (p *page) realTable(t *table, hs, vs []rule) bool {
	tol := max(2*ruleGap, p.xh/4)
	cols := 0
	for _, c := range t.cells {
		cols = max(cols, c.col+c.cols)
	}
	rows, inCols := map[int]bool{}, map[int]bool{}
	for _, c := range t.cells {
		o := c.outer
		if c.cols == cols || rows[c.row] && inCols[c.col] {
			continue
		}
		if !sideRuled(hs, true, o.Min.Y, o.Min.X, o.Max.X, tol) || !sideRuled(hs, true, o.Max.Y, o.Min.X, o.Max.X, tol) ||
			!sideRuled(vs, false, o.Min.X, o.Min.Y, o.Max.Y, tol) || !sideRuled(vs, false, o.Max.X, o.Min.Y, o.Max.Y, tol) {
			continue
		}
		if p.holdsPrint(c) {
			rows[c.row], inCols[c.col] = true, true
		}
	}
	return len(rows) >= tableRows && len(inCols) >= 2
}

// pictureInk is the least share of dark pixels in the box round a cell's
// ink that makes it a picture (a QR code, a logo, a photo): print, even
// bold and set tight, leaves more paper than ink between its letters and
// lines.
const pictureInk = 0.3

// picture reports whether a cell holds a picture: its ink spans three
// type sizes or more each way and is dark over pictureInk of that box.
func (p *page) picture(c *cell) bool {
	if p.img == nil {
		return false
	}
	in := c.inner.Intersect(p.img.Bounds())
	if in.Dx() < 3*p.xh || in.Dy() < 3*p.xh {
		return false // no room for a picture: most cells, not scanned
	}
	box := image.Rectangle{Min: in.Max, Max: in.Min}
	n := 0
	for y := in.Min.Y; y < in.Max.Y; y++ {
		for x := in.Min.X; x < in.Max.X; x++ {
			if dark(p.img, x, y) {
				n++
				box.Min.X, box.Max.X = min(box.Min.X, x), max(box.Max.X, x+1)
				box.Min.Y, box.Max.Y = min(box.Min.Y, y), max(box.Max.Y, y+1)
			}
		}
	}
	return n > 0 && box.Dx() >= 3*p.xh && box.Dy() >= 3*p.xh && float64(n) >= pictureInk*float64(area(box))
}

// holdsPrint reports whether a cell holds a word read with a letter or
// digit, or dark ink enough for a few letters (printInk).
func (p *page) holdsPrint(c *cell) bool {
	for i := range p.words {
		w := &p.words[i]
		if w.drop == "" && hasAlnum(w.Text) && image.Pt(centerX(w.Box), (w.Box.Y0+w.Box.Y1)/2).In(c.inner) {
			return true
		}
	}
	if p.img == nil {
		return false
	}
	need, n := int(printInk*float64(p.xh*p.xh)), 0
	in := c.inner.Intersect(p.img.Bounds())
	for y := in.Min.Y; y < in.Max.Y; y++ {
		for x := in.Min.X; x < in.Max.X; x++ {
			if dark(p.img, x, y) {
				if n++; n >= need {
					return true
				}
			}
		}
	}
	return false
}

// sideRuled reports whether rules of rs on the line at pos (within tol)
// cover closedSide of the span from..to along it.
func sideRuled(rs []rule, horizontal bool, pos, from, to, tol int) bool {
	var spans [][2]int
	for _, r := range rs {
		c, lo, hi := (r.Min.X+r.Max.X)/2, r.Min.Y, r.Max.Y
		if horizontal {
			c, lo, hi = (r.Min.Y+r.Max.Y)/2, r.Min.X, r.Max.X
		}
		if abs(c-pos) <= tol && hi > from && lo < to {
			spans = append(spans, [2]int{max(lo, from), min(hi, to)})
		}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	covered, end := 0, from
	for _, s := range spans {
		if s[1] > end {
			covered += s[1] - max(s[0], end)
			end = s[1]
		}
	}
	return float64(covered) >= closedSide*float64(to-from-2*tol)
}

// grids groups crossing rules into tables and cuts each into cells.
func (p *page) grids(hs, vs []rule) []*table {
	tol := max(2*ruleGap, p.xh/4)
	n := len(hs) + len(vs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	cross := func(h, v rule) bool {
		x, y := (v.Min.X+v.Max.X)/2, (h.Min.Y+h.Max.Y)/2
		return x >= h.Min.X-tol && x <= h.Max.X+tol && y >= v.Min.Y-tol && y <= v.Max.Y+tol
	}
	for i, h := range hs {
		for j, v := range vs {
			if cross(h, v) {
				parent[find(i)] = find(len(hs) + j)
			}
		}
	}
	groups := map[int][2][]rule{}
	var roots []int
	for i := range n {
		root := find(i)
		g, seen := groups[root]
		if !seen {
			roots = append(roots, root)
		}
		if i < len(hs) {
			g[0] = append(g[0], hs[i])
		} else {
			g[1] = append(g[1], vs[i-len(hs)])
		}
		groups[root] = g
	}
	var out []*table
	for _, root := range roots {
		g := groups[root]
		if t := p.grid(g[0], g[1], tol); t != nil {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b *table) int { return a.box.Min.Y - b.box.Min.Y })
	return out
}

// grid cuts one group of crossing rules into cells, or returns nil when
// the group is no table.
func (p *page) grid(hs, vs []rule, tol int) *table {
	ys := lineCentres(hs, true, tol)
	xs := lineCentres(vs, false, tol)
	if len(ys) < tableMinRules || len(xs) < tableMinRules {
		return nil
	}
	t := &table{box: image.Rect(xs[0], ys[0], xs[len(xs)-1], ys[len(ys)-1])}
	for _, r := range hs {
		t.box = t.box.Union(r.Rectangle)
	}
	for _, r := range vs {
		t.box = t.box.Union(r.Rectangle)
	}
	// ruleAt finds a rule of rs on the line at pos that covers across.
	ruleAt := func(rs []rule, horizontal bool, pos, across int) (image.Rectangle, bool) {
		for _, r := range rs {
			if horizontal && abs((r.Min.Y+r.Max.Y)/2-pos) <= tol && across >= r.Min.X && across < r.Max.X ||
				!horizontal && abs((r.Min.X+r.Max.X)/2-pos) <= tol && across >= r.Min.Y && across < r.Max.Y {
				return r.Rectangle, true
			}
		}
		return image.Rectangle{}, false
	}
	rows, cols := len(ys)-1, len(xs)-1
	// Grid squares join into one cell where no rule parts them.
	owner := make([]int, rows*cols)
	for i := range owner {
		owner[i] = i
	}
	find := func(i int) int {
		for owner[i] != i {
			i = owner[i]
		}
		return i
	}
	for r := range rows {
		for c := range cols {
			midY, midX := (ys[r]+ys[r+1])/2, (xs[c]+xs[c+1])/2
			if _, ok := ruleAt(vs, false, xs[c+1], midY); c+1 < cols && !ok {
				owner[find(r*cols+c+1)] = find(r*cols + c)
			}
			if _, ok := ruleAt(hs, true, ys[r+1], midX); r+1 < rows && !ok {
				owner[find((r+1)*cols+c)] = find(r*cols + c)
			}
		}
	}
	byRoot := map[int]*cell{}
	for r := range rows {
		for c := range cols {
			root := find(r*cols + c)
			cl, ok := byRoot[root]
			if !ok {
				cl = &cell{row: r, col: c, rows: 1, cols: 1}
				byRoot[root] = cl
				t.cells = append(t.cells, cl)
			}
			cl.rows = max(cl.rows, r-cl.row+1)
			cl.cols = max(cl.cols, c-cl.col+1)
			cl.col = min(cl.col, c)
		}
	}
	for _, cl := range t.cells {
		x0, x1 := xs[cl.col], xs[cl.col+cl.cols]
		y0, y1 := ys[cl.row], ys[cl.row+cl.rows]
		cl.outer = image.Rect(x0, y0, x1, y1)
		// Inside the rules' ink: the rules' own boxes hold their
		// thickness and any tilt.
		in := cl.outer.Inset(2 * ruleGap)
		midX, midY := (x0+x1)/2, (y0+y1)/2
		if r, ok := ruleAt(vs, false, x0, midY); ok {
			in.Min.X = max(in.Min.X, r.Max.X+ruleGap)
		}
		if r, ok := ruleAt(vs, false, x1, midY); ok {
			in.Max.X = min(in.Max.X, r.Min.X-ruleGap)
		}
		if r, ok := ruleAt(hs, true, y0, midX); ok {
			in.Min.Y = max(in.Min.Y, r.Max.Y+ruleGap)
		}
		if r, ok := ruleAt(hs, true, y1, midX); ok {
			in.Max.Y = min(in.Max.Y, r.Min.Y-ruleGap)
		}
		cl.inner = in.Canon()
	}
	// Reading order: row by row, left to right.
	slices.SortFunc(t.cells, func(a, b *cell) int {
		if a.row != b.row {
			return a.row - b.row
		}
		return a.col - b.col
	})
	return t
}

// lineCentres are the positions of the grid lines: the rules' centres,
// those closer than tol taken as one.
func lineCentres(rs []rule, horizontal bool, tol int) []int {
	var cs []int
	for _, r := range rs {
		if horizontal {
			cs = append(cs, (r.Min.Y+r.Max.Y)/2)
		} else {
			cs = append(cs, (r.Min.X+r.Max.X)/2)
		}
	}
	slices.Sort(cs)
	var out []int
	for _, c := range cs {
		if n := len(out); n > 0 && c-out[n-1] <= tol {
			continue
		}
		out = append(out, c)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// assignWords gives each word whose centre lies in a cell to the cell and
// takes it out of the lines of text (a word on the table's edge, in no
// cell, stays in its line). Marks with no letter or digit are the rules
// read as punctuation ("|", "__"): dropped as rules.
func (p *page) assignWords(t *table) {
	for i := range p.words {
		w := &p.words[i]
		c := image.Pt(centerX(w.Box), (w.Box.Y0+w.Box.Y1)/2)
		if !c.In(t.box) || w.drop == ReasonStamp || w.drop == ReasonColourInk {
			continue
		}
		for _, cl := range t.cells {
			if c.In(cl.outer) {
				cl.words = append(cl.words, i)
				w.inTable = true
				if w.drop == "" && !hasAlnum(w.Text) {
					w.drop = ReasonRule
				}
				break
			}
		}
	}
}

// needsReread reports whether a cell is worth reading on its own crop:
// its words straddle a rule, are garbled or unsure, or print in it was
// left unread (Tesseract often skips a ruled table's cells, when their
// rules were not painted white before it read the page: TableRules).
func (p *page) needsReread(c *cell) bool {
	if c.inner.Empty() || c.picture {
		return false
	}
	var kept int
	var sum float64
	for _, i := range c.words {
		w := p.words[i]
		if w.drop == ReasonRule || w.drop == ReasonSpeck {
			// A speck is dust or what is left of a rule; print it
			// hides shows as ink left unread, below.
			continue
		}
		if w.drop != "" {
			return true // garbage where print is
		}
		b := toRect(w.Box)
		if b.Min.X < c.outer.Min.X || b.Max.X > c.outer.Max.X || b.Min.Y < c.outer.Min.Y || b.Max.Y > c.outer.Max.Y {
			return true
		}
		if w.Confidence < sureConf && (!plausible(w.Text) || webAddress(w.Text)) {
			// An unsure address is print, yet its letters have no
			// syllable to be checked against: a crop reads it again.
			return true
		}
		kept++
		sum += w.Confidence
	}
	if kept > 0 && sum/float64(kept) < cellConf {
		return true
	}
	need := int(cellInk * float64(p.xh*p.xh))
	return p.unreadInk(c, need) >= need
}

// unreadInk counts the dark pixels inside a cell that no kept word's box
// covers, up to limit: the count stops there (a cell full of print that
// no word covers, a table's cell the page's reading left out, is not
// counted pixel by pixel to its end).
func (p *page) unreadInk(c *cell, limit int) int {
	if p.img == nil {
		return 0
	}
	var boxes []image.Rectangle
	for _, i := range c.words {
		if p.words[i].drop == "" {
			boxes = append(boxes, toRect(p.words[i].Box).Inset(-ruleGap))
		}
	}
	n := 0
	for y := c.inner.Min.Y; y < c.inner.Max.Y; y++ {
	pixels:
		for x := c.inner.Min.X; x < c.inner.Max.X; x++ {
			if !dark(p.img, x, y) {
				continue
			}
			pt := image.Pt(x, y)
			for _, b := range boxes {
				if pt.In(b) {
					continue pixels
				}
			}
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// takeCell takes the words read on a cell's crop (inside its rules, on a
// white margin; their boxes in the crop's pixels, whose (0, 0) lies at
// origin on the page) in place of the old when they read better: when the
// old ones straddled a rule or left print unread, or with higher mean
// confidence.
func (p *page) takeCell(c *cell, words []ocr.Word, origin image.Point) {
	var fresh []ocr.Word
	var newSum float64
	for _, w := range words {
		if strings.TrimSpace(w.Text) == "" || !hasAlnum(w.Text) {
			continue
		}
		w.Box = ocr.Box{X0: w.Box.X0 + origin.X, Y0: w.Box.Y0 + origin.Y, X1: w.Box.X1 + origin.X, Y1: w.Box.Y1 + origin.Y}
		fresh = append(fresh, w)
		newSum += w.Confidence
	}
	if len(fresh) == 0 {
		return
	}
	var oldSum float64
	var old []int
	straddle := false
	for _, i := range c.words {
		w := p.words[i]
		if w.drop != "" && w.drop != ReasonGarbage && w.drop != ReasonSpeck {
			continue
		}
		b := toRect(w.Box)
		straddle = straddle || w.drop != "" || !b.In(c.outer)
		old = append(old, i)
		oldSum += w.Confidence
	}
	unread := p.unreadInk(c, int(printInk*float64(p.xh*p.xh)))
	if len(old) == 0 && newSum/float64(len(fresh)) < freshConf && unread < int(printInk*float64(p.xh*p.xh)) {
		return
	}
	better := len(old) == 0 || straddle || unread >= int(cellInk*float64(p.xh*p.xh)) ||
		newSum/float64(len(fresh)) > oldSum/float64(len(old))
	if !better {
		return
	}
	for _, i := range old {
		if !p.unaccounted(i, c, fresh) {
			p.words[i].drop = reasonReread
		}
	}
	c.words = slices.DeleteFunc(c.words, func(i int) bool { return p.words[i].drop == reasonReread })
	for _, w := range fresh {
		c.words = append(c.words, len(p.words))
		p.words = append(p.words, word{Word: w, tline: -1, inTable: true})
	}
	c.reread = true
}

// unaccounted reports whether word i, kept by the first reading of cell c,
// is print inside the cell that its new reading (fresh) has no word over:
// Tesseract, reading a crop, may skip a line it read on the page. The word
// stays, so a table's reading never loses a line the page had; a mark on
// the cell's rules, mostly outside its inside, is no such line.
func (p *page) unaccounted(i int, c *cell, fresh []ocr.Word) bool {
	w := p.words[i]
	b := toRect(w.Box)
	if w.drop != "" || !plausible(w.Text) || !hasAlnum(w.Text) || 2*area(b.Intersect(c.inner)) < area(b) {
		return false
	}
	for _, f := range fresh {
		if toRect(f.Box).Overlaps(b) {
			return false
		}
	}
	return true
}

func area(r image.Rectangle) int { return r.Dx() * r.Dy() }

// cellText is a cell's words in reading order, its lines joined by
// spaces (the convention of one cell per line), and their mean confidence.
func (p *page) cellText(c *cell) (string, float64) {
	var idx []int
	for _, i := range c.words {
		if p.words[i].drop == "" {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return "", 0
	}
	// Lines top to bottom (a word joins the line it overlaps by half its
	// height), each left to right.
	slices.SortStableFunc(idx, func(a, b int) int { return p.words[a].Box.Y0 - p.words[b].Box.Y0 })
	var lines [][]int
	for _, i := range idx {
		b := p.words[i].Box
		placed := false
		for k := range lines {
			f := p.words[lines[k][0]].Box
			top, bottom := max(f.Y0, b.Y0), min(f.Y1, b.Y1)
			if 2*(bottom-top) > min(f.Y1-f.Y0, b.Y1-b.Y0) {
				lines[k] = append(lines[k], i)
				placed = true
				break
			}
		}
		if !placed {
			lines = append(lines, []int{i})
		}
	}
	var texts []string
	var sum float64
	for _, l := range lines {
		slices.SortStableFunc(l, func(a, b int) int { return p.words[a].Box.X0 - p.words[b].Box.X0 })
		for _, i := range l {
			// A rule beside a word is read as a bar glued to it ("1|").
			if t := strings.Trim(p.words[i].Text, "|"); t != "" {
				texts = append(texts, t)
			}
			sum += p.wordConfidence(i)
		}
	}
	return strings.Join(texts, " "), sum / float64(len(idx))
}

// tableRegion is a table's region: its cells, and one line per cell that
// holds text, row by row, left to right.
func (p *page) tableRegion(t *table) Region {
	r := Region{Kind: Table, Box: rectBox(t.box), Lines: []Line{}, Cells: []Cell{}}
	for _, c := range t.cells {
		text, conf := p.cellText(c)
		r.Cells = append(r.Cells, Cell{Row: c.row, Col: c.col, Rows: c.rows, Cols: c.cols, Box: rectBox(c.outer),
			Text: text, Confidence: conf, Reread: c.reread})
		if text != "" {
			r.Lines = append(r.Lines, Line{Text: text, Box: rectBox(c.inner), Confidence: conf})
		}
	}
	return r
}

func rectBox(r image.Rectangle) ocr.Box {
	return ocr.Box{X0: r.Min.X, Y0: r.Min.Y, X1: r.Max.X, Y1: r.Max.Y}
}
