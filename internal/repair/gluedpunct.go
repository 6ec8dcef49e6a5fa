package repair

import "strings"

// Old engines lose the space after a comma, a semicolon or a colon between
// two words ("ban,nganh", "chính;Nghi") and after the dash or plus that
// opens an item of a list ("-Tai khoản 5"), as Nghị định 30/2020/NĐ-CP and
// Hướng dẫn 36-HD/VPTW print such items: "- " then the text. The slotter
// already cuts these tokens at the mark, and the decoder weighs the mark as
// punctuation against it as a damaged letter (innerRunArcs); where it keeps
// the punctuation, the word after it was still written glued ("ban,ngành"),
// one token for any reader, neither word right. spaceAfterGluedPunct marks
// such words spaceBefore, so that they are written after a space. Only in
// damaged blocks: correct text is left as it was typed.

// gluedPunct are the marks after which a lost space is put back between
// two words.
const gluedPunct = ",;:"

// spaceAfterGluedPunct marks spaceBefore each word slot glued after one of
// gluedPunct that is itself glued after a word, and each word slot glued
// after a dash or plus that opens its line.
func spaceAfterGluedPunct(text string, slots []slot) {
	for i := 1; i < len(slots); i++ {
		s, p := &slots[i], slots[i-1]
		if s.kind != slotWord || p.kind != slotFixed || p.end != s.start || p.end-p.start != 1 {
			continue
		}
		mark := text[p.start]
		switch {
		case (mark == '-' || mark == '+') && firstOnLine(slots, i-1):
		case i >= 2 && slots[i-2].kind == slotWord && slots[i-2].end == p.start && strings.IndexByte(gluedPunct, mark) >= 0:
		default:
			continue
		}
		s.spaceBefore, s.joinable = true, false
	}
}
