package formgen

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/vidoc/vidoc/internal/render"
)

// Make draws page seed: the same seed always gives the same page. The
// families alternate with the seed's parity; all else is drawn.
func Make(seed uint64) (Page, error) { return makePage(seed, false) }

// makePage draws seed's first page, or with lastPg its last (MakeLast).
func makePage(seed uint64, lastPg bool) (Page, error) {
	var last error
	// A line too wide for its column is drawn again shorter: the parent
	// body abbreviated ("UBND TỈNH …"), the abstracts wrapped narrower, the
	// type smaller (wide bold faces do not fit the national title at 13 pt).
	for compact := range 4 {
		p := build(seed, compact)
		if lastPg {
			lastPage(&p, seed, compact)
		}
		if _, _, err := render.FormPage(p.Form, p.Options); err != nil {
			last = err
			continue
		}
		return p, nil
	}
	if lastPg {
		return Page{}, fmt.Errorf("seed %d, last page: %w", seed, last)
	}
	return Page{}, fmt.Errorf("seed %d: %w", seed, last)
}

func build(seed uint64, compact int) Page {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	fs := pick(rng, fontSets)
	opts := render.DefaultOptions()
	opts.FontPath = fs.regular
	opts.SizePt = pick(rng, []float64{12.5, 13, 13.5}) - 0.75*float64(compact)
	party := seed%2 == 1

	var who issuing
	var kind docKind
	if party {
		who = partyIssuing(rng, compact >= 3)
		kind = pick(rng, partyKinds)
		// A commune's Party committee under its district's (HD 36 mục
		// 2.1: "ĐẢNG BỘ HUYỆN …" / "ĐẢNG ỦY XÃ …", symbol "…/ĐU") on one
		// Party page in five, drawn from a stream of its own so that the
		// other pages stay as they were drawn.
		if crng := rand.New(rand.NewPCG(seed, 0xc0e1)); crng.IntN(5) == 0 {
			who = communeParty(crng)
		}
	} else {
		who = stateIssuing(rng, compact > 0)
		kind = pick(rng, stateKinds)
	}
	// A long body name wraps before its "VÀ" as printers set it ("SỞ VĂN
	// HÓA, THỂ THAO" / "VÀ DU LỊCH"): on one page in four, from a stream
	// of its own so that the other pages stay as they were drawn, and
	// whenever the name does not fit its column otherwise.
	if wrng := rand.New(rand.NewPCG(seed, 0x7a4b)); compact >= 2 || wrng.IntN(4) == 0 {
		who.lines = wrapLastName(who.lines)
	}
	y, m, d := 2015+rng.IntN(11), 1+rng.IntN(12), 1+rng.IntN(28)
	dmg := Damage{
		Bilevel:  rng.IntN(2) == 0,
		Banner:   rng.IntN(10) < 3,
		HandNum:  rng.IntN(2) == 0,
		HandDate: rng.IntN(10) < 4,
		NoiseSed: rng.Uint64(),
	}
	if dmg.Bilevel {
		dmg.DPI = pick(rng, []int{200, 300})
		dmg.Skew = (rng.Float64()*2 - 1) * 0.8
		dmg.Blur = 0.4 + rng.Float64()*0.6
		dmg.Cutoff = uint8(140 + rng.IntN(40))
	} else {
		dmg.DPI = 150 + 10*rng.IntN(6)
		dmg.Quality = 45 + rng.IntN(41)
		// A colour scan at 300 dpi, as provincial offices scan letters
		// for their portals, on one colour page in four, from a stream
		// of its own so that the other pages stay as they were drawn.
		if hrng := rand.New(rand.NewPCG(seed, 0x300d)); hrng.IntN(4) == 0 {
			dmg.DPI = 300
		}
	}
	opts.DPI = dmg.DPI
	// Blanks left empty, from a stream of their own so that the pages
	// without them stay as they were drawn before: a number not yet
	// given ("Số:      /QĐ-UBND", a copy printed before the registry
	// numbered it, or an e-signed one whose number the system stamps
	// elsewhere), and a date whose day and month were never filled in
	// ("ngày     tháng     năm 2024"). ND 30/2020 prints both blanks on
	// the form; the field is then partial: the symbol without a number,
	// the year without a day.
	if brng := rand.New(rand.NewPCG(seed, 0xb1a4)); brng.IntN(6) == 0 {
		dmg.BlankNum = !dmg.HandNum
	} else if brng.IntN(5) == 0 {
		dmg.BlankDate = !dmg.HandDate
	}

	// The number: "12/QĐ-UBND", normative texts with the year
	// ("12/2024/QĐ-UBND"), a letter "345/UBND-VX"; Party "123-KH/HU",
	// "12-CV/HU" (HD 36 mục 2.3).
	n := 1 + rng.IntN(pick(rng, []int{30, 300, 3000}))
	var code, drawn string
	num := fmt.Sprint(n)
	if dmg.HandNum {
		num = render.HandOpen + num + render.HandClose
	}
	if dmg.BlankNum {
		num = blankNumber
	}
	// Real shapes of the number line seen on scans, each from a stream of
	// its own so that the other pages stay as they were drawn: on one state
	// page in three whose number is handwritten, the blank printed as a
	// dotted leader that the pen covers only in part; on one state page
	// in eight with a type name, the drafting unit written out after its
	// abbreviation, as offices do for a unit whose capitals say nothing.
	srng := rand.New(rand.NewPCG(seed, 0x5ab1))
	if !party && dmg.HandNum && srng.IntN(3) == 0 {
		dmg.DottedNum = true
		num = "." + num + ". . "
	}
	abbrev := who.abbrev
	if !party && kind.Name != "" && srng.IntN(8) == 0 {
		dmg.SpelledUnit = true
		abbrev = pick(srng, spelledUnits)
	}
	switch {
	case party:
		code = fmt.Sprintf("%d-%s/%s", n, kind.Abbrev, who.abbrev)
		drawn = fmt.Sprintf("Số %s-%s/%s", num, kind.Abbrev, who.abbrev)
	case kind.Name == "":
		code = fmt.Sprintf("%d/%s-%s", n, who.abbrev, who.unit)
		drawn = fmt.Sprintf("Số: %s/%s-%s", num, who.abbrev, who.unit)
	case (kind.Abbrev == "QĐ" || kind.Abbrev == "NQ" || kind.Abbrev == "CT") && rng.IntN(3) == 0 && !dmg.SpelledUnit:
		code = fmt.Sprintf("%d/%d/%s-%s", n, y, kind.Abbrev, who.abbrev)
		drawn = fmt.Sprintf("Số: %s/%d/%s-%s", num, y, kind.Abbrev, who.abbrev)
	default:
		code = fmt.Sprintf("%d/%s-%s", n, kind.Abbrev, abbrev)
		drawn = fmt.Sprintf("Số: %s/%s-%s", num, kind.Abbrev, abbrev)
	}

	if dmg.BlankNum {
		// The code as printed, without the number it lacks.
		code = strings.TrimPrefix(code, fmt.Sprint(n))
	}

	topic := strings.NewReplacer("{Y}", fmt.Sprint(y), "{Y1}", fmt.Sprint(y+1), "{Y5}", fmt.Sprint(y+5)).Replace(pick(rng, topics))
	subject := pick(rng, kind.Subjects) + " " + topic
	if kind.Name == "" {
		subject = topic
	}
	placeDate := who.place + ", " + dateText(y, m, d, dmg.HandDate)
	if dmg.BlankDate {
		placeDate = who.place + ", ngày" + blankDay + "tháng" + blankDay + "năm " + fmt.Sprint(y)
	}

	f := render.Form{BoldFont: fs.bold, ItalicFont: fs.italic, HandFont: fs.hand, Signature: true, Seal: who.seal}
	f.Italic = []string{render.FormText(placeDate)}
	f.Bold = append([]string{}, who.lines...)
	left := append([]string{}, who.lines...)
	var right []string
	if party {
		right = []string{partyTitle}
		if who.lines[len(who.lines)-1] != "*" {
			left = append(left, "*")
		}
	} else {
		right = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", mottoLine}
		left = append(left, "")
	}
	f.Bold = append(f.Bold, right...)
	// The number and the place and date stand on one row.
	row := max(len(left), len(right)+1)
	for len(left) < row {
		left = append(left, "")
	}
	for len(right) < row {
		right = append(right, "")
	}
	f.HeaderLeft = append(left, drawn)
	f.HeaderRight = append(right, placeDate)

	wide := 64 - 8*compact
	var title []string
	if kind.Name == "" {
		// A letter: its abstract under the number, in the left column.
		vv := render.WrapRunes(strings.Fields("V/v "+subject), 34-4*compact)
		f.HeaderLeft = append(f.HeaderLeft, vv...)
		title = nil
	} else {
		title = append([]string{kind.Name}, render.WrapRunes(strings.Fields(subject), wide)...)
		f.Bold = append(f.Bold, title...)
	}
	f.Title = title
	// The rules of the forms: under the issuing body (not the Party's
	// star), the whole motto or Party title, and under the abstract.
	f.Rules = map[string]float64{}
	if party {
		f.Rules[partyTitle] = 1
	} else {
		f.Rules[who.lines[len(who.lines)-1]] = 0.4
		f.Rules[mottoLine] = 1
	}
	if len(title) > 1 {
		f.Rules[title[len(title)-1]] = 0.35
	}
	name := personName(rng)
	if kind.Name == "" || rng.IntN(3) == 0 {
		f.Body = append(f.Body, "Kính gửi: Các cơ quan, đơn vị có liên quan.")
	}
	// On one page in three the body opens by citing a document issued
	// before this one, 1 to 90 days earlier (a document cites only what
	// has been issued), from a stream of its own.
	if crng := rand.New(rand.NewPCG(seed, 0xc17e)); crng.IntN(3) == 0 {
		dmg.Cites = true
		f.Body = append(f.Body, citingParagraph(crng, who, party, y, m, d))
	}
	for _, k := range rng.Perm(len(bodyParagraphs))[:2] {
		f.Body = append(f.Body, bodyParagraphs[k])
	}
	f.ClosingLeft = []string{"Nơi nhận:", "- Như trên;", "- Lưu: VT."}
	f.ClosingRight = append(append([]string{}, who.signer...), name)
	if dmg.Banner {
		f.Banner = bannerLines(rng, who.place, y, m, d)
	}
	// A receiving office's stamp over the date on one page in six, from a
	// stream of its own: the clerk's entry number and the day it came,
	// after the date it bears.
	if rrng := rand.New(rand.NewPCG(seed, 0xde11)); rrng.IntN(6) == 0 {
		dmg.Received = true
		f.Received = []string{"ĐẾN", fmt.Sprintf("Số: %d  Ngày: %d/%d", 1+rrng.IntN(900), min(d+1+rrng.IntN(3), 28), m)}
	}
	// On one other page in five, from a stream of its own, the stamp as
	// most offices press it (ND 30/2020 Phụ lục IV): the office's name,
	// "ĐẾN", and lines for the entry number, the day and whom it went to,
	// filled in by the clerk's pen, pressed in any pad's ink (red, violet,
	// black, a worn blue-black that scans grey) over the date or in the
	// blank under the left column.
	if frng := rand.New(rand.NewPCG(seed, 0xde12)); !dmg.Received && frng.IntN(5) == 0 {
		dmg.Received = true
		ink := pick(frng, receivedInks)
		dmg.ReceivedInk = ink.name
		f.ReceivedInk = ink.rgba
		f.ReceivedLeft = frng.IntN(2) == 0
		f.Received = []string{pick(frng, receivingOffices), "ĐẾN",
			"Số: " + render.HandOpen + fmt.Sprint(1+frng.IntN(3000)) + render.HandClose,
			"Ngày: " + render.HandOpen + fmt.Sprintf("%d/%d", min(d+1+frng.IntN(3), 28), m) + render.HandClose,
			"Chuyển: " + render.HandOpen + pick(frng, []string{"VP", "P.TH", "KT", "Đ/c Hà"}) + render.HandClose}
	}
	// Scanner noise in the header columns on two pages in five, drawn
	// from a stream of its own so that the pages without it stay as they
	// were drawn before it existed.
	if nrng := rand.New(rand.NewPCG(seed, 0x59ec)); nrng.IntN(5) < 2 {
		dmg.Specks = nrng.Uint64() | 1
		f.HeaderNoise = dmg.Specks
	}

	fields := Fields{
		Issuer:  who.issuer,
		Number:  code,
		Place:   who.place,
		Date:    fmt.Sprintf("%04d-%02d-%02d", y, m, d),
		DocType: kind.Name,
		Title:   subject,
	}
	if dmg.BlankDate {
		// Only the year is printed: fields.py credits a date whose ISO
		// form is null and whose text holds the year.
		fields.Date = fmt.Sprint(y)
	}
	if who.parent != "" {
		fields.ParentBody = &who.parent
	}
	if kind.Name == "" {
		fields.DocType = "CÔNG VĂN"
	}
	fields.Family = "state"
	if party {
		fields.Family = "party"
	}
	return Page{Name: fmt.Sprintf("form-s%05d", seed), Form: f, Fields: fields, Damage: dmg, Options: opts}
}

// errNoPages is returned for an empty seed range.
var errNoPages = errors.New("formgen: no seeds in range")

// mottoLine and partyTitle are the fixed lines formgen draws: the motto
// under the national title (ND 30/2020) and the Party title (HD 36).
const (
	mottoLine  = "Độc lập - Tự do - Hạnh phúc"
	partyTitle = "ĐẢNG CỘNG SẢN VIỆT NAM"
)
