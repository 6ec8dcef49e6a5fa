package repair

import (
	"strings"
	"unicode"
)

// An abbreviation of two fields joined by "và" is written with "&" between
// their initials ("KH&ĐT" Kế hoạch và Đầu tư, "NN&PTNT"): a word to the
// slotter, not a code, so the code rules that put back a Đ read as D
// (restoreStrokedD) looked the whole token up among code parts, where the
// "&" form never is, and "KH&DT" stayed. ampersandĐ mends each field's
// initials as a part of its own. Code parts count the fields' spellings
// from codes where they stand alone or in "/" codes, so a field's part is
// seen less often than a whole code's: the bar is lower than
// restoreStrokedD's, and only text whose damage is not the clean kind (a
// block that loses marks, where D for Đ is what the OCR does) is asked.

// ampersandMinSeen is how often a field's spelling with Đ must be seen
// among code parts.
const ampersandMinSeen = 5

// ampersandĐ returns w, capitals joined by single "&", with each field of
// two capitals or more whose Đ OCR read as D (or a capital the document
// reads for Đ) put back; ok is false when nothing changed. One letter
// ("R&D") is no field's initials to mend.
func (cr *codeRepairer) ampersandĐ(w string) (string, bool) {
	if cr == nil || !strings.Contains(w, "&") {
		return w, false
	}
	fields := strings.Split(w, "&")
	changed := false
	for k, f := range fields {
		if f == "" || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsUpper(r) }) >= 0 {
			return w, false
		}
		if len(f) < 2 {
			continue
		}
		if v, ok := cr.restoreĐSeen(f, "D"+cr.strokes, ampersandMinSeen); ok {
			fields[k], changed = v, true
		}
	}
	return strings.Join(fields, "&"), changed
}
