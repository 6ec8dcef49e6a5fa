package layout

import (
	"image"
	"strings"

	"github.com/vidoc/vidoc/internal/editdist"
)

// A stamp pressed in a frame, such as a receiving office's "ĐẾN" stamp
// (ND 30/2020 Phụ lục IV: the office's name, "ĐẾN", lines for the number,
// the date and the hour filled in by hand) or the marks of urgency and
// secrecy ("KHẨN", "MẬT"), is a closed rectangle of rules a few
// centimetres across, near the top of the page, holding a line or two of
// the stamp's own print and a clerk's handwriting. Neither is the
// document's text, and on a grey or 1-bit copy it has no colour to be told
// by: on a 150 dpi copy Tesseract reads the stamp's small print as a line
// of its own ("CỔNG THÔNG TIN ĐIỆN TỬ..."), at 200 dpi it glues the
// stamp's words before the title on the same line. Sizes in millimetres
// at the page's dpi.
const (
	frameMinW = 20.0 // narrowest stamp frame: a "MẬT" box
	frameMaxW = 90.0 // widest: a body's boxed note, over half the text width, is not a stamp
	frameMinH = 8.0
	frameMaxH = 50.0
	// frameCover is the share of the frame's outline its rules must
	// cover, and frameSideCover of each side: the frame is closed, not an
	// underline meeting a column's rule, but a stamp's ink is uneven and
	// a 150 dpi copy keeps under half of one side dark (pline-like copy:
	// 93, 47, 100 and 100 %, 79 % in all).
	frameCover     = 0.7
	frameSideCover = 0.4
	// frameInnerMax: a stamp may rule a line or two inside its frame
	// (under the office's name); more make a form's grid or a table.
	frameInnerMax = 2
	// frameTopShare: stamps stand in the header, their top above this
	// share of the page's height; a frame lower is a boxed note.
	frameTopShare = 0.4
)

// markFramedStamps drops as stamp the words inside each framed stamp of
// the page (hs, vs: the page's rules, tableRules): the runs of a line,
// cut at column gaps, that lie wholly inside the frame. Print a frame
// stands over or beside, a run reaching out of it, is kept, and so is
// handwriting in the document's own blanks and the fixed header lines.
// A page of unknown resolution has no size to tell a stamp by and is
// left as it is.
func (p *page) markFramedStamps(hs, vs []rule, dpi int) {
	if dpi <= 0 {
		return
	}
	for _, f := range p.stampFrames(hs, vs, float64(dpi)/25.4) {
		p.dropInFrame(f)
	}
}

// stampFrames are the closed frames of a stamp's size in the header:
// two vertical rules, no other of half their height beside or between
// them, and horizontal
// rules along the top and bottom between them, with at most
// frameInnerMax more inside. The rules are paired by position, not by
// where they cross: a stamp's corners are pressed unevenly, and its rules
// may stop short of each other by two letters' height (a pline-like scan
// at 200 dpi).
func (p *page) stampFrames(hs, vs []rule, pxPerMM float64) []image.Rectangle {
	tol := max(2*ruleGap, p.xh/2)
	var out []image.Rectangle
	for i, a := range vs {
		for _, b := range vs[i+1:] {
			l, r := a, b
			if r.Min.X < l.Min.X {
				l, r = r, l
			}
			box := image.Rect((l.Min.X+l.Max.X)/2, min(l.Min.Y, r.Min.Y), (r.Min.X+r.Max.X)/2, max(l.Max.Y, r.Max.Y))
			w, h := float64(box.Dx())/pxPerMM, float64(box.Dy())/pxPerMM
			if w < frameMinW || w > frameMaxW || h < frameMinH || h > frameMaxH ||
				float64(box.Min.Y) > frameTopShare*float64(p.h) {
				continue
			}
			// A table's column is framed alike, with its neighbour
			// beyond one of its rules, running most of its height; a
			// stroke of handwriting inside a stamp is short.
			inner := 0
			for _, v := range vs {
				c := (v.Min.X + v.Max.X) / 2
				if c > box.Min.X-p.xh && c < box.Max.X+p.xh && v != l && v != r &&
					2*(min(v.Max.Y, box.Max.Y)-max(v.Min.Y, box.Min.Y)) > box.Dy() {
					inner = frameInnerMax + 1
				}
			}
			// A rule inside counts when it runs from side to side, as
			// a table's row rule and the rule under a stamp's office
			// name do; the lines a clerk writes the number, date and
			// hour on start after their labels ("Số: ......").
			for _, hr := range hs {
				c := (hr.Min.Y + hr.Max.Y) / 2
				if c > box.Min.Y+tol && c < box.Max.Y-tol && hr.Min.X <= box.Min.X+tol && hr.Max.X >= box.Max.X-tol {
					inner++
				}
			}
			left := sideCover([]rule{l}, false, box.Min.X, box.Min.Y, box.Max.Y, tol)
			right := sideCover([]rule{r}, false, box.Max.X, box.Min.Y, box.Max.Y, tol)
			top := sideCover(hs, true, box.Min.Y, box.Min.X, box.Max.X, tol)
			bottom := sideCover(hs, true, box.Max.Y, box.Min.X, box.Max.X, tol)
			bw, bh := float64(box.Dx()), float64(box.Dy())
			if inner > frameInnerMax || min(top, bottom, left, right) < frameSideCover ||
				(top+bottom)*bw+(left+right)*bh < frameCover*2*(bw+bh) {
				continue
			}
			out = append(out, box)
		}
	}
	return out
}

// sideCover is the share of the side of a frame from..to at pos that
// the rules rs (horizontal or vertical) lying on it cover.
func sideCover(rs []rule, horizontal bool, pos, from, to, tol int) float64 {
	run := 0
	for _, r := range rs {
		c, a, b := (r.Min.Y+r.Max.Y)/2, r.Min.X, r.Max.X
		if !horizontal {
			c, a, b = (r.Min.X+r.Max.X)/2, r.Min.Y, r.Max.Y
		}
		if abs(c-pos) <= tol {
			run += max(0, min(b, to)-max(a, from))
		}
	}
	return float64(run) / float64(max(1, to-from))
}

// dropInFrame drops as stamp the words of each run of a line (cut at
// column gaps) whose words all have their centre inside frame, but an
// e-signature banner's, which some signing systems print in a box
// (markBanner), unless
// the frame holds one run only and it reads as a framed mark of the
// document itself (framedMark): that is the document's text.
func (p *page) dropInFrame(frame image.Rectangle) {
	gap := int(columnGap * float64(p.xh))
	inside := func(i int) bool {
		b := p.words[i].Box
		return image.Pt((b.X0+b.X1)/2, (b.Y0+b.Y1)/2).In(frame)
	}
	var in [][]int
	for _, line := range p.tlines {
		for _, run := range p.gapRuns(line, gap) {
			all := true
			for _, i := range run {
				all = all && inside(i)
			}
			if all {
				in = append(in, run)
			}
		}
	}
	if len(in) == 1 && framedMark(p.runText(in[0])) {
		return
	}
	for _, run := range in {
		for _, i := range run {
			if w := &p.words[i]; !w.hand && !w.fixed && !w.banner && w.drop == "" {
				w.drop, w.framed = ReasonStamp, true
			}
		}
	}
}

// runText is the words of run joined by spaces.
func (p *page) runText(run []int) string {
	ws := make([]string, len(run))
	for k, i := range run {
		ws[k] = p.words[i].Text
	}
	return strings.Join(ws, " ")
}

// framedMarks are the marks ND 30/2020 (Phụ lục I, items 10a and 10b)
// prints in a rectangular frame under the number and symbol: the
// secrecy marks (Luật Bảo vệ bí mật nhà nước 2018) and the urgency
// marks, and the draft mark a draft bears in a frame at the top. They
// are the document's own text, which the header parser reads
// (internal/structure: urgencyMarks, secrecyMarks, the draft), not a
// stamp laid over it. Layout may not import structure, hence its own
// list.
var framedMarks = []string{
	"HỎA TỐC", "HỎA TỐC HẸN GIỜ", "THƯỢNG KHẨN", "KHẨN",
	"TUYỆT MẬT", "TỐI MẬT", "MẬT",
	"DỰ THẢO",
}

// framedMarkShare bounds the edits of a misread mark, in its letters
// without marks: one in four ("KHAM" for "KHẨN", a frame's side read as
// "I"); a three-letter "MẬT" must be read right. No mark is that close
// to a line of a receiving stamp ("ĐẾN", "Số:", "Ngày:", "Chuyển:"),
// which in any case fills its frame with more than one line.
const framedMarkShare = 4

// framedMark says text, read inside a frame, is one of framedMarks,
// compared by letters with marks and case dropped.
func framedMark(text string) bool {
	read := letters(text)
	for _, m := range framedMarks {
		want := letters(m)
		if editdist.Runes(read, want) <= len(want)/framedMarkShare {
			return true
		}
	}
	return false
}

// gapRuns cuts a Tesseract line (its word indices) into runs at each gap
// between words wider than gap: a stamp's or a seal's words beside print
// on the same line stand apart from it.
func (p *page) gapRuns(line []int, gap int) [][]int {
	var runs [][]int
	for start := 0; start < len(line); {
		end := start + 1
		for end < len(line) && p.words[line[end]].Box.X0-p.words[line[end-1]].Box.X1 <= gap {
			end++
		}
		runs = append(runs, line[start:end])
		start = end
	}
	return runs
}
