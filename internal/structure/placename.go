package structure

import (
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/viet"
)

// spellPlaceAsBody gives the place the marks of the issuing body's name
// when both name the same unit. ND 30/2020 (Phụ lục I) has the place be
// the name of the unit where the body sits, which a local body's name ends
// with ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC HÒA" … "Đức Hòa, ngày …"; Party bodies
// alike, HD 36 mục 2.2). The two are printed apart, the body in upright
// bold capitals and the place in italics, which OCR reads worse: on the
// synthetic tuning pages the place lost a mark ("Đúc Hòa") where the
// body's name kept it, and never the other way. So a place whose letters
// are those of the last words of the issuing or parent body's name, but
// whose marks differ beyond the placement of a tone (hòa/hoà, both
// printed), is written as the body's name spells it, in the place's case.
func (p *headerParser) spellPlaceAsBody() {
	pl := p.h.Place
	if pl == nil {
		return
	}
	words := strings.Fields(pl.Value)
	if len(words) == 0 {
		return
	}
	// A body whose name OCR spelt as no syllable is ("ĐÒỎNG NAI", two
	// tones on one syllable) is passed over for one that spells the unit
	// well; a name of syllables outside the rules ("ĐẮK LẮK") is still
	// taken when no body spells it better.
	var bodies []*Field
	for _, wellSpelt := range []bool{true, false} {
		for _, body := range []*Field{p.h.IssuingBody, p.h.ParentBody} {
			if body != nil && validName(body.Value, len(words)) == wellSpelt {
				bodies = append(bodies, body)
			}
		}
	}
	for _, body := range bodies {
		bw := letterWords(strings.Fields(body.Value))
		if len(bw) < len(words) {
			continue
		}
		tail := bw[len(bw)-len(words):]
		if !sameName(fold(strings.Join(tail, " ")), fold(pl.Value)) {
			continue
		}
		// A name's every syllable is capitalised (ND 30/2020 Phụ lục II,
		// viết hoa tên địa lý), but for the unit's generic word ("Thị xã
		// Sơn Tây"): a syllable OCR read small ("Ba vì") is raised.
		title := !hasPrefixAny(fold(pl.Value)+" ", adminUnitStarts)
		spelt := make([]string, len(words))
		for i, w := range words {
			// Only the name's letters: a speck read as a mark beside
			// the body's name ("HÒA.") is not the place's.
			spelt[i] = viet.CarryCase(w, strings.TrimFunc(tail[i], func(r rune) bool { return !unicode.IsLetter(r) }))
			if title && viet.CaseOf(spelt[i]) == viet.CaseLower {
				spelt[i] = viet.ApplyCase(spelt[i], viet.CaseTitle)
			}
		}
		form := strings.Join(spelt, " ")
		if markCount(pl.Value) > markCount(form) {
			// OCR loses marks far more often than it makes them up: a
			// place with more marks than the body's name ("Đà Nẵng"
			// under "ĐÀ NÀNG", the body's stacked marks read as one
			// at capital size) is the one read right.
			return
		}
		if viet.ConvertTone(form, viet.StyleOld) != viet.ConvertTone(pl.Value, viet.StyleOld) {
			pl.Value = form
		}
		return
	}
}

// sameName reports whether two folded names are one: equal, or, for a
// name of five letters or more, one letter apart, as a letter of the
// place's italics misread ("Nà Tĩnh" under "TỈNH HÀ TĨNH") is. The place
// is the name of the unit the body sits in (ND 30/2020 Phụ lục I), so a
// place one letter off the body's own unit name is that name misread.
func sameName(a, b string) bool {
	if a == b {
		return true
	}
	return len(strings.ReplaceAll(b, " ", "")) >= 5 && strings.Count(a, " ") == strings.Count(b, " ") &&
		editdist.AtMost(a, b, 1) <= 1
}

// markCount counts the diacritic marks of s: tones, and the hat, breve and
// horn of â, ă, ê, ô, ơ, ư (đ's bar is a letter of its own).
func markCount(s string) int {
	n := 0
	for _, r := range viet.NFD(s) {
		if unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}

// validName reports whether the last n words of a body's name are each a
// Vietnamese syllable (viet.Valid), marks around them aside.
func validName(name string, n int) bool {
	bw := letterWords(strings.Fields(name))
	if len(bw) < n {
		return false
	}
	for _, w := range bw[len(bw)-n:] {
		if !viet.Valid(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })) {
			return false
		}
	}
	return true
}
