package repair

import (
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// opensDocName reports a word that opens the name of a law, a code or an
// ordinance: it comes right after the kind of document ("Luật", "Bộ
// luật", "Pháp lệnh") on the same line. Nghị định 30/2020/NĐ-CP (Phụ lục
// II) writes the first syllable of such a name with a capital wherever it
// is cited ("Luật Các tổ chức tín dụng", "Bộ luật Dân sự"), so a capital
// there is meant even on a function word that ocrCapital would lower. The
// kind is a capital "Luật" or "luật" after "Bộ", "lệnh" after "Pháp": a
// law spoken of in general ("theo luật các …") is in small letters.
func opensDocName(text string, slots []slot, i int) bool {
	if i == 0 {
		return false
	}
	p := slots[i-1]
	if p.kind != slotWord || p.line != slots[i].line {
		return false
	}
	kind := text[p.start:p.end]
	first, _ := utf8.DecodeRuneInString(kind)
	before := ""
	if i >= 2 && slots[i-2].kind == slotWord && slots[i-2].line == p.line {
		before = text[slots[i-2].start:slots[i-2].end]
	}
	switch viet.Lower(kind) {
	case "luật":
		return unicode.IsUpper(first) || before == "Bộ" || before == "BỘ"
	case "lệnh":
		return before == "Pháp" || before == "PHÁP"
	}
	return false
}
