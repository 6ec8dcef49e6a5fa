package formgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/vidoc/vidoc/internal/render"
)

// Fields are the header fields a page shows, as ../shared/tools/fields.py
// reads them from NAME.fields.json: null where the page does not show one.
type Fields struct {
	ParentBody *string `json:"parent_body"`
	Issuer     string  `json:"issuer"`
	Number     string  `json:"number"` // number and symbol as one code, no spaces
	Place      string  `json:"place"`
	Date       string  `json:"date"` // ISO
	DocType    string  `json:"doc_type"`
	Title      string  `json:"title"`
	// Family is "state" (ND 30/2020) or "party" (HD 36); fields.py
	// scores no key of that name.
	Family string `json:"family"`
}

// Damage is how a page is spoiled after drawing.
type Damage struct {
	Bilevel  bool    `json:"bilevel"`  // a 1-bit scan (PNG) rather than a colour JPEG
	DPI      int     `json:"dpi"`      // resolution of the image written
	Quality  int     `json:"quality"`  // JPEG quality of a colour page
	Skew     float64 `json:"skew"`     // degrees, 1-bit pages
	Blur     float64 `json:"blur"`     // pixels, 1-bit pages
	Cutoff   uint8   `json:"cutoff"`   // binarisation threshold of a 1-bit page
	Banner   bool    `json:"banner"`   // an e-signature banner above the header
	HandNum  bool    `json:"hand_num"` // the number written by hand
	HandDate bool    `json:"hand_day"` // the day and month written by hand
	NoiseSed uint64  `json:"noise_seed"`
	// BlankNum: "Số:" printed with its blank left empty; BlankDate: the
	// day and month blanks of the date left empty, the year printed.
	BlankNum  bool `json:"blank_num,omitempty"`
	BlankDate bool `json:"blank_date,omitempty"`
	// Received: a receiving office's "ĐẾN" stamp over the date line.
	Received bool `json:"received,omitempty"`
	// ReceivedInk names the ink of a received stamp pressed with its
	// office's name and the clerk's handwriting in its lines; empty for
	// the small blue one.
	ReceivedInk string `json:"received_ink,omitempty"`
	// DottedNum: the number's blank printed as a dotted leader and the
	// number written by hand over it, dots left uncovered on both sides
	// ("Số: .417. . /KH-UBND").
	DottedNum bool `json:"dotted_num,omitempty"`
	// SpelledUnit: the symbol's last part writes the drafting unit out in
	// words ("/KH-P Tổ chức").
	SpelledUnit bool `json:"spelled_unit,omitempty"`
	// Cites: the body cites a document issued before this one, with its
	// number and date ("Căn cứ Kế hoạch số …/KH-… ngày d/m/y").
	Cites bool `json:"cites,omitempty"`
	// Specks is the seed of scanner noise in and around the header
	// columns (render.Form.HeaderNoise); 0 on a clean page.
	Specks uint64 `json:"specks,omitempty"`
	// TopCut, when not 0, cuts the page's top through the motto (or the
	// Party title), this share of its height down from its top (negative:
	// above it), as a copy scanned a little low or cropped tight by the
	// archive that published it loses its first header row and the tops
	// of the next (cutTop). No seed draws it: Write's topCut sets it.
	TopCut float64 `json:"top_cut,omitempty"`
}

// Page is one generated page: what is drawn, its fields, its damage.
type Page struct {
	Name    string
	Form    render.Form
	Fields  Fields
	Damage  Damage
	Options render.Options
	// Last is a document's last page (MakeLast): no header, so no fields.
	Last bool
}

// fontSet is a serif family with its bold and italic, and a slanted sans
// standing for a pen.
type fontSet struct{ regular, bold, italic, hand string }

var fontSets = []fontSet{
	{"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
		"/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"},
	{"/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
		"/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"},
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// issuing is who issues a page: the left column's lines, the fields they
// give, the symbol's issuer part, the place and the signer block.
type issuing struct {
	lines          []string
	parent, issuer string
	abbrev, unit   string // symbol parts: "QĐ-<abbrev>", công văn "<abbrev>-<unit>"
	place          string
	signer         []string
	seal           []string
}

func upper(s string) string { return strings.ToUpper(s) }

func stateIssuing(rng *rand.Rand, short bool) issuing {
	pr := pick(rng, provinces)
	level := "TỈNH"
	if pr.City {
		level = "THÀNH PHỐ"
	}
	ubnd := "ỦY BAN NHÂN DÂN"
	if short {
		ubnd = "UBND"
	}
	switch rng.IntN(4) {
	case 0:
		return issuing{lines: []string{"ỦY BAN NHÂN DÂN", level + " " + upper(pr.Name)}, issuer: "ỦY BAN NHÂN DÂN " + level + " " + upper(pr.Name),
			abbrev: "UBND", unit: pick(rng, officeUnits), place: pr.Name,
			signer: []string{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, seal: []string{"ỦY BAN", "NHÂN DÂN"}}
	case 1:
		d := pick(rng, pr.Districts)
		return issuing{lines: []string{"ỦY BAN NHÂN DÂN", "HUYỆN " + upper(d)}, issuer: "ỦY BAN NHÂN DÂN HUYỆN " + upper(d),
			abbrev: "UBND", unit: pick(rng, officeUnits), place: d,
			signer: []string{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"}, seal: []string{"ỦY BAN", "NHÂN DÂN"}}
	case 2:
		dep := pick(rng, departments)
		parent := ubnd + " " + level + " " + upper(pr.Name)
		return issuing{lines: []string{parent, dep.Name}, parent: parent, issuer: dep.Name,
			abbrev: dep.Abbrev, unit: dep.Unit, place: pr.Name,
			signer: []string{"GIÁM ĐỐC"}, seal: []string{"SỞ"}}
	default:
		m := pick(rng, ministries)
		return issuing{lines: []string{m.Name}, issuer: m.Name, abbrev: m.Abbrev, unit: m.Unit, place: "Hà Nội",
			signer: []string{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"}, seal: []string{"BỘ"}}
	}
}

// partyIssuing draws a Party committee or board; short abbreviates a
// city's level in the parent committee's name ("ĐẢNG BỘ TP. HẢI PHÒNG"),
// for a column too narrow for it.
func partyIssuing(rng *rand.Rand, short bool) issuing {
	pr := pick(rng, provinces)
	level, committee := "TỈNH", "TỈNH ỦY"
	if pr.City {
		level, committee = "THÀNH PHỐ", "THÀNH ỦY"
		if short {
			level = "TP."
		}
	}
	d := pick(rng, pr.Districts)
	switch rng.IntN(3) {
	case 0:
		parent := "ĐẢNG BỘ " + level + " " + upper(pr.Name)
		issuer := "HUYỆN ỦY " + upper(d)
		return issuing{lines: []string{parent, issuer, "*"}, parent: parent, issuer: issuer, abbrev: "HU", place: d,
			signer: []string{"T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"}, seal: []string{"HUYỆN ỦY"}}
	case 1:
		issuer := committee + " " + upper(pr.Name)
		return issuing{lines: []string{issuer, "*"}, issuer: issuer, abbrev: "TU", place: pr.Name,
			signer: []string{"T/M BAN THƯỜNG VỤ", "BÍ THƯ"}, seal: []string{"TỈNH ỦY"}}
	default:
		b := pick(rng, partyBoards)
		parent := "HUYỆN ỦY " + upper(d)
		return issuing{lines: []string{parent, b.Name, "*"}, parent: parent, issuer: b.Name, abbrev: b.Abbrev + "HU", place: d,
			signer: []string{"T/M " + b.Name, "TRƯỞNG BAN"}, seal: []string{"HUYỆN ỦY"}}
	}
}

// communeParty is a commune's Party committee under its district's: the
// place is the commune, where the committee sits.
func communeParty(rng *rand.Rand) issuing {
	pr := pick(rng, provinces)
	d := pick(rng, pr.Districts)
	c := pick(rng, communes)
	parent := "ĐẢNG BỘ HUYỆN " + upper(d)
	issuer := "ĐẢNG ỦY XÃ " + upper(c)
	return issuing{lines: []string{parent, issuer, "*"}, parent: parent, issuer: issuer, abbrev: "ĐU", place: c,
		signer: []string{"T/M ĐẢNG ỦY", "BÍ THƯ"}, seal: []string{"ĐẢNG ỦY"}}
}

// dateText is "ngày 05 tháng 3 năm 2024": ND 30/2020 Điều 9 writes a day
// below 10 and a month below 3 with a leading zero. hand marks the day and
// month as filled in by pen, where no zero is written.
func dateText(y, m, d int, hand bool) string {
	if hand {
		return fmt.Sprintf("ngày %s%d%s tháng %s%d%s năm %d", render.HandOpen, d, render.HandClose, render.HandOpen, m, render.HandClose, y)
	}
	ds, ms := fmt.Sprint(d), fmt.Sprint(m)
	if d < 10 {
		ds = "0" + ds
	}
	if m < 3 {
		ms = "0" + ms
	}
	return fmt.Sprintf("ngày %s tháng %s năm %d", ds, ms, y)
}

// blankNumber and blankDay are the printed blanks left empty: the width
// of a few handwritten digits.
const (
	blankNumber = "        "
	blankDay    = "        "
)

func personName(rng *rand.Rand) string {
	return pick(rng, surnames) + " " + pick(rng, middles) + " " + pick(rng, givens)
}

// bannerLines are an e-signature stamp in one of its two usual shapes.
func bannerLines(rng *rand.Rand, place string, y, m, d int) []string {
	t := fmt.Sprintf("%02d:%02d:%02d", 7+rng.IntN(10), rng.IntN(60), rng.IntN(60))
	if rng.IntN(2) == 0 {
		return []string{"SAO Y", "Ký bởi: Văn phòng Ủy ban nhân dân", fmt.Sprintf("Thời gian ký: %d-%02d-%02dT%s+07:00", y, m, d, t)}
	}
	return []string{"Người ký: Văn phòng", "Cơ quan: " + place, fmt.Sprintf("Thời gian ký: %02d.%02d.%d %s +07:00", d, m, y, t)}
}

// wrapLastName splits the issuing body's line (the last of lines) before
// its last "VÀ" when the name has five words or more, as a long name is
// set on two lines in the header's left column. Shorter names are kept
// whole.
func wrapLastName(lines []string) []string {
	last := lines[len(lines)-1]
	words := strings.Fields(last)
	k := strings.LastIndex(last, " VÀ ")
	if len(words) < 5 || k < 0 {
		return lines
	}
	out := append([]string{}, lines[:len(lines)-1]...)
	return append(out, last[:k], last[k+1:])
}

// citingParagraph is a body's opening that cites a document issued 1 to
// 90 days before the page's date (y, m, d), by its number in the issuer's
// convention (state "45/KH-UBND", Party "45-KH/HU") and its date.
func citingParagraph(rng *rand.Rand, who issuing, party bool, y, m, d int) string {
	kind := pick(rng, citedKinds)
	at := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1-rng.IntN(90))
	n := 1 + rng.IntN(900)
	var code string
	switch {
	case party && kind.abbrev == "":
		code = fmt.Sprintf("%d-CV/%s", n, who.abbrev)
	case party:
		code = fmt.Sprintf("%d-%s/%s", n, kind.abbrev, who.abbrev)
	case kind.abbrev == "":
		code = fmt.Sprintf("%d/%s-%s", n, who.abbrev, who.unit)
	default:
		code = fmt.Sprintf("%d/%s-%s", n, kind.abbrev, who.abbrev)
	}
	return fmt.Sprintf("Căn cứ %s số %s ngày %d/%d/%d về việc triển khai nhiệm vụ trọng tâm năm %d;",
		kind.name, code, at.Day(), int(at.Month()), at.Year(), at.Year())
}
