package formgen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// MakeLast draws the last page of document seed: the same issuer, fonts,
// signer, seal and damage as its first page (Make), with a page number, the
// body's last paragraphs and the closing. The Nơi nhận list is as long as
// real ones run (ND 30/2020 Phụ lục I mục IV.7; HD 36 mục 3.4), often longer
// than the signer block beside it, and ends in the archive line ("- Lưu:
// VT, P.TCHC (02).", Party "- Lưu Văn phòng Tỉnh ủy."), short and with
// unit codes, digits and parentheses. The seal is stamped where hands put
// it: over the left of the signer's title as the rules ask, or askew,
// reaching over the end of the list's lines or higher over the title; on
// some pages (varyLast) the archive line is of unit codes, or stands on the
// signer's name's row, or the seal or the signer's flourish lies over the
// list's last lines. All of it is drawn from streams of its own, so that
// first pages stay as Make draws them.
func MakeLast(seed uint64) (Page, error) { return makePage(seed, true) }

// lastPage turns first page p into its document's last page.
func lastPage(p *Page, seed uint64, compact int) {
	rng := rand.New(rand.NewPCG(seed, 0x1a57))
	f := &p.Form
	party := p.Fields.Family == "party"
	f.HeaderLeft, f.HeaderRight, f.Title, f.Banner, f.HeaderNoise = nil, nil, nil, nil, 0
	p.Damage.Banner, p.Damage.HandNum, p.Damage.HandDate, p.Damage.Specks = false, false, false, 0
	p.Damage.DottedNum, p.Damage.SpelledUnit, p.Damage.Cites = false, false, false
	f.PageNumber = fmt.Sprint(2 + rng.IntN(3))
	f.Body = nil
	for _, k := range rng.Perm(len(bodyParagraphs))[:1+rng.IntN(2)] {
		f.Body = append(f.Body, bodyParagraphs[k])
	}
	list := recipients
	if party {
		list = partyRecipients
	}
	f.ClosingLeft = []string{"Nơi nhận:"}
	// The list fills the closing at most: 9 lines beside the signer.
	for _, k := range rng.Perm(len(list))[:2+rng.IntN(6-compact/2)] {
		f.ClosingLeft = append(f.ClosingLeft, list[k])
	}
	f.ClosingLeft = append(f.ClosingLeft, archiveLine(rng, party))
	switch rng.IntN(3) {
	case 0: // where the rules put it
	case 1: // askew to the left, over the ends of the list's lines
		f.SealShift = [2]float64{-2.2 - 0.8*rng.Float64(), 0.6 * rng.Float64()}
	default: // higher, over the title's first line
		f.SealShift = [2]float64{-0.2 * rng.Float64(), -0.35 - 0.25*rng.Float64()}
	}
	varyLast(p, seed)
	p.Name += "-last"
	p.Last = true
}

// varyLast gives some last pages the closing's harder shapes, from a
// stream of its own so that the pages without them stay as drawn before:
// an archive line of unit codes with digits and parentheses (codeArchive),
// the list's last line beside the signer's name, where the list runs as
// far as the signer block, the seal stamped low and askew, its ring over
// the list's last lines, and the signature's flourish drawn over them.
func varyLast(p *Page, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x1a5e))
	f := &p.Form
	party := p.Fields.Family == "party"
	if rng.IntN(2) == 0 {
		f.ClosingLeft[len(f.ClosingLeft)-1] = codeArchive(rng, party)
	}
	switch rng.IntN(4) {
	case 0:
		// The archive line on the name's row: the label, then as many
		// recipients as the signer's title lines and the signature's gap.
		list := recipients
		if party {
			list = partyRecipients
		}
		items := slices.Clone(f.ClosingLeft[1 : len(f.ClosingLeft)-1])
		want := len(f.ClosingRight) - 1 + 2
		for _, r := range list {
			if len(items) >= want {
				break
			}
			if !slices.Contains(items, r) {
				items = append(items, r)
			}
		}
		items = items[:want]
		f.ClosingLeft = append(append([]string{"Nơi nhận:"}, items...), f.ClosingLeft[len(f.ClosingLeft)-1])
	case 1:
		// Its centre near the archive line's row (a row is about 0.38 of
		// the seal's radius), its ring crossing the list's short last
		// lines or holding them.
		rows := float64(len(f.ClosingLeft) - 1)
		f.SealShift = [2]float64{-2.4 - 2.2*rng.Float64(), 0.38*rows - 0.75 + 0.6*(rng.Float64()-0.5)}
	case 2:
		// The signer's flourish drawn far to the left, over the ends
		// of the list's last lines.
		f.SignatureShift = -1.2 - 0.6*rng.Float64()
	}
}

// codeArchive is an archive line whose unit is written as a code (ND
// 30/2020 Phụ lục I: "Lưu: VT, tên đơn vị soạn thảo (số bản)"): units
// numbered in capitals and digits, a copy count or a file code in
// parentheses, the colon or the "VT" the writer left out, a file shelf
// mark. OCR reads such tokens as nothing it knows.
func codeArchive(rng *rand.Rand, party bool) string {
	unit := pick(rng, []string{"PC", "PA", "PV", "PX", "PK", "KH", "TC", "QL"}) + fmt.Sprintf("%02d", 1+rng.IntN(12))
	copies := pick(rng, []string{"Đ", "T", "P", "H", "B"}) + fmt.Sprint(1+rng.IntN(9))
	if party {
		return pick(rng, []string{"- Lưu VP.", "- Lưu: VT, " + unit + ".", "- Lưu VT, " + unit + " (" + copies + ")."})
	}
	switch rng.IntN(4) {
	case 0:
		return "- Lưu: VT, " + unit + "(" + copies + ")."
	case 1:
		return "- Lưu: " + unit + " (" + copies + ")."
	case 2:
		return "- Lưu VT, " + pick(rng, []string{"TH", "HS", "NV"}) + "."
	}
	return fmt.Sprintf("- Lưu: VT, %s, %s.%02d%s.", pick(rng, []string{"HS", "TH", "VP"}), pick(rng, []string{"A", "B", "C"}), 1+rng.IntN(20), pick(rng, []string{"a", "b"}))
}

// archiveLine is the list's last line, the archive's copy: "- Lưu: VT,
// P.TCHC (02).", the unit's code and the number of copies kept.
func archiveLine(rng *rand.Rand, party bool) string {
	if party {
		return pick(rng, []string{"- Lưu Văn phòng Tỉnh ủy.", "- Lưu Văn phòng Huyện ủy.", "- Lưu VP, TH.", "- Lưu: VT, BTC (2b)."})
	}
	units := []string{"P.TCHC", "VP", "TH", "KT", "NC", "VX", "TCCB", "P.KHTC"}
	var parts []string
	for range 1 + rng.IntN(2) {
		parts = append(parts, pick(rng, units))
	}
	line := "- Lưu: VT, " + strings.Join(parts, ", ")
	switch rng.IntN(3) {
	case 0:
		line += fmt.Sprintf(" (%02d)", 2+rng.IntN(8))
	case 1:
		line += fmt.Sprintf(" (%db)", 2+rng.IntN(8))
	}
	return line + "."
}

// recipients are the lines of a state document's Nơi nhận list (ND
// 30/2020 Phụ lục I mục IV.7: who acts on it, who is told, the archive).
var recipients = []string{
	"- Như trên;", "- Như Điều 3;", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
	"- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các huyện, thị xã;",
	"- Cổng thông tin điện tử tỉnh;", "- Văn phòng UBND tỉnh;", "- Các phòng chuyên môn;", "- Kho bạc Nhà nước tỉnh;",
}

// partyRecipients are a Party document's (HD 36 mục 3.4: "Nơi nhận" and
// the committees, boards and Party cells it goes to).
var partyRecipients = []string{
	"- Ban Thường vụ Tỉnh ủy;", "- Ban Tổ chức Tỉnh ủy;", "- Các đảng ủy trực thuộc;", "- Các ban xây dựng Đảng;",
	"- Đảng ủy các xã, thị trấn;", "- Các chi bộ trực thuộc;", "- Đồng chí Bí thư;", "- Ủy ban Kiểm tra Huyện ủy;",
}
