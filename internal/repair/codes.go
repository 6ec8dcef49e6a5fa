package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/editdist"
	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// looksLikeCode reports whether a core is a document code or a similar
// identifier (344-KH/TU, 12/2024/QĐ-UBND, CT/TW, QH15, H5N1): letters and
// digits joined by "/" or "-", or capitals mixed with digits.
func looksLikeCode(core string) bool {
	var letters, digits, joins, upper, lower int
	for _, r := range core {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		case r == '/' || r == '-':
			joins++
		}
	}
	if letters == 0 {
		return false
	}
	if joins > 0 && (digits > 0 || upper >= 2) {
		return true
	}
	// QH15, H5N1: capitals with digits and nothing lowercase, and more than
	// one capital (so "B6", a damaged syllable, stays a word).
	return digits > 0 && lower == 0 && upper >= 2 || capitalNumber(core)
}

// capitalNumber reports one capital followed by a number that no damaged
// syllable writes (D12, K73, C18+, A101): a class, course, grade or plot
// code. A damaged syllable writes digits for a vowel's or a mark's
// look-alike ("B6" for Bộ, "T65" or "T06" for Tổ), but never 2, 3 or 7,
// which look like no letter (the error model has no row reading a letter
// as them), nor a "+" after its digits (D14+: from D14 on), nor three
// digits or more.
func capitalNumber(core string) bool {
	r, n := utf8.DecodeRuneInString(core)
	if !unicode.IsUpper(r) || r > unicode.MaxASCII {
		return false
	}
	digits, plus := strings.CutSuffix(core[n:], "+")
	if len(digits) < 2 {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return plus || len(digits) >= 3 || strings.ContainsAny(digits, "237")
}

// codeRepairer mends the letter parts of document codes against the parts
// seen in the legal corpus ("KH", "TU", "CT", "TW", "QĐ", "UBND"…).
type codeRepairer struct {
	parts map[string]int // known part → corpus count
	// defined are the acronyms the document defines (acronym.go), by
	// acronymKey.
	defined map[string]string
	// strokes are the capitals besides D the document's engine reads Đ
	// as ("B" in "NB-CP" for NĐ-CP), learned by adaptation from its
	// words (strokedDReadings).
	strokes string
}

// repair returns the mended code and whether it changed. A part already
// known is never touched; an unknown part is replaced by the most frequent
// known part within one or two edits; "KHITU" with no separator is split at
// an I, l, 1 or | read for "/" when both sides are known parts.
func (cr *codeRepairer) repair(code string) (string, bool) {
	if cr == nil || len(cr.parts) == 0 {
		return code, false
	}
	orig := code
	code = collapseStrokedD(code)
	code = slashBetweenDigits(code)
	// Mend only codes that show a known part elsewhere: "500đ/m2" is a
	// price, not a damaged code.
	knownParts := 0
	for _, p := range strings.FieldsFunc(code, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, ok := cr.parts[p]; ok {
			knownParts++
		}
	}
	var b strings.Builder
	changed := code != orig
	// Split into runs: separators and digits kept, letter runs mended.
	i := 0
	prevSuffix := false
	for i < len(code) {
		r, n := utf8.DecodeRuneInString(code[i:])
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			i += n
			continue
		}
		j := i
		for j < len(code) {
			r, n := utf8.DecodeRuneInString(code[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		part := code[i:j]
		suffix := smallSuffix(code, i, j, prevSuffix)
		prevSuffix = suffix
		fixed := part
		if !suffix {
			fixed = cr.mendPart(part, knownParts > 0, i > 0 && code[i-1] == '/')
		}
		if fixed != part {
			changed = true
		}
		b.WriteString(fixed)
		i = j
	}
	return b.String(), changed
}

// smallSuffix reports a run code[i:j] of one to three small letters that
// numbers or measures something beside a number: a form's sub-item after
// its number ("Mẫu số 05.a/TT", "18c/GSTH", "01a-TB", the next of a series
// after it, "04.b.nn/TT", "05.b,c/TT") or a unit before its power
// ("Bq/cm2", "TBq/m3"). A code's own parts are capitals; OCR does not write
// a run of them all in small letters beside a digit, so mending such a run
// into the nearest known part ("05.AB/TT") only breaks what was printed.
// prev says the run before, joined by "." or ",", was one.
func smallSuffix(code string, i, j int, prev bool) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if code[k] < 'a' || code[k] > 'z' {
			return false
		}
	}
	if i > 0 && isDigit(code[i-1]) || j < len(code) && isDigit(code[j]) {
		return true
	}
	return i > 1 && (code[i-1] == '.' || code[i-1] == ',') && (isDigit(code[i-2]) || prev)
}

// mendPart mends one letter run of a code; afterSlash says it follows a
// "/", where the type and issuer of a document stand ("…/2024/TT-BTC").
func (cr *codeRepairer) mendPart(part string, othersKnown, afterSlash bool) string {
	if d, ok := cr.restoreStrokedD(part); ok {
		return d
	}
	if _, ok := cr.parts[part]; ok {
		return part
	}
	if plainSyllable(part) {
		return part
	}
	up := strings.ToUpper(part)
	if _, ok := cr.parts[up]; ok && part != up {
		return up
	}
	// A "/" read as a letter: KHITU → KH/TU.
	rs := []rune(part)
	bestSplit, bestCount := "", 0
	for k := 1; k < len(rs)-1; k++ {
		if !strings.ContainsRune("Il1|", rs[k]) {
			continue
		}
		left, right := strings.ToUpper(string(rs[:k])), strings.ToUpper(string(rs[k+1:]))
		cl, okl := cr.parts[left]
		cr2, okr := cr.parts[right]
		if okl && okr && min(cl, cr2) > bestCount {
			bestSplit, bestCount = left+"/"+right, min(cl, cr2)
		}
	}
	if bestSplit != "" {
		return bestSplit
	}
	if v, ok := cr.lostDash(part); ok && afterSlash {
		return v
	}
	if !othersKnown || markedSyllable(part) {
		return part
	}
	// Letters of codes misread as other glyphs: keep the most frequent
	// known part one look-alike away.
	if v, ok := cr.lookAlike(part); ok {
		return v
	}
	// Nearest known part: only when the part is visibly damaged (lower-case
	// letters inside a code), so unknown but clean abbreviations stay.
	if up == part {
		return part
	}
	maxD := 1
	if len(rs) >= 3 {
		maxD = 2
	}
	best, bestN, bestD := part, 0, maxD+1
	for k, n := range cr.parts {
		d := editdist.Strings(up, k)
		if d < bestD || d == bestD && n > bestN {
			best, bestN, bestD = k, n, d
		}
	}
	if bestD <= maxD {
		return best
	}
	return part
}

// markedSyllable reports a part that is a Vietnamese syllable with a
// mark, in small letters or with a capital first ("chính", "Thuế"): a
// word glued to a code by its slash ("Cục Tài chính/BQP", "Vụ Pháp
// chế/BTC": a unit and the ministry it belongs to), not a code's part
// damaged. Code parts are capitals with at most a stroked D; a mark is no
// misreading of one.
func markedSyllable(part string) bool {
	marked := false
	for i, r := range part {
		if i > 0 && unicode.IsUpper(r) {
			return false
		}
		marked = marked || r >= utf8.RuneSelf && r != 'đ' && r != 'Đ'
	}
	return marked && viet.Valid(viet.Lower(part))
}

// caseLookAlikes are the small letters OCR tells from their capitals by
// size alone (c, o, s, u, v, w, x, z): a code's capital read small is one
// of them ("KH/Tu" for KH/TU).
const caseLookAlikes = "cosuvwxz"

// plainSyllable reports a part that is a Vietnamese syllable (with a mark
// or without), in small letters or with a capital first, with a small letter no
// capital is misread as ("Kinh" of "Kinh/BTC", "tin" of "Pa-lét-tin[5]"):
// a word glued to a code or a name's syllable, as markedSyllable's, not a
// code's capitals read small. Mending it to the nearest known part wrote
// "Kinh/BTC" as "KBNN/BTC".
func plainSyllable(part string) bool {
	rest := false
	for i, r := range part {
		if i == 0 {
			continue
		}
		if !unicode.IsLower(r) {
			return false
		}
		rest = rest || !strings.ContainsRune(caseLookAlikes, r)
	}
	return rest && viet.Valid(viet.Lower(part))
}

// restoreStrokedD puts back the Đ that stripped text and English OCR write as D
// ("ND-CP" for "NĐ-CP", "HDND" for "HĐND") when the spelling with Đ is
// far more common among known parts than the one without.
//
// A document whose engine reads Đ as another capital (cr.strokes) has
// that capital restored the same way: "NB" is a known part, but NĐ is two
// hundred times commoner, and this document writes B for Đ.
func (cr *codeRepairer) restoreStrokedD(part string) (string, bool) {
	if cr == nil {
		return part, false
	}
	return cr.restoreĐSeen(part, "D"+cr.strokes, strokedDMinSeen)
}

// strokedDMinSeen is how often a code part's spelling with Đ must be seen
// among known parts for restoreStrokedD to put it back.
const strokedDMinSeen = 20

// restoreĐSeen puts back a Đ that OCR read as one of the capitals reads
// (D: the bar lost; B: the bar and the stem closed into a bowl, as legacy
// engines read it, "NB-CP" for NĐ-CP) when the spelling with Đ is seen
// among known parts at least minSeen times and ten times more than the
// one without.
func (cr *codeRepairer) restoreĐSeen(part, reads string, minSeen int) (string, bool) {
	if cr == nil || !strings.ContainsAny(part, reads) {
		return part, false
	}
	best, bestN := part, cr.parts[part]
	for i := 0; i < len(part); i++ {
		if strings.IndexByte(reads, part[i]) < 0 {
			continue
		}
		v := part[:i] + "Đ" + part[i+1:]
		if n := cr.parts[v]; n >= minSeen && n > 10*bestN {
			best, bestN = v, n
		}
	}
	return best, best != part
}

// codeLookAlikes are how OCR misreads the capitals of codes: a T without
// its bar as l or I, H as il or li, I as 1 or l, O as 0, M as rn.
var codeLookAlikes = [][2]string{{"l", "T"}, {"I", "T"}, {"il", "H"}, {"li", "H"}, {"ll", "H"}, {"1", "I"}, {"l", "I"}, {"0", "O"}, {"rn", "M"}, {"c", "C"}, {"d", "Đ"}, {"D", "Đ"}}

func (cr *codeRepairer) lookAlike(part string) (string, bool) {
	best, bestN := "", 0
	for _, la := range cr.withStrokes(codeLookAlikes) {
		for i := 0; i+len(la[0]) <= len(part); i++ {
			if part[i:i+len(la[0])] != la[0] {
				continue
			}
			v := strings.ToUpper(part[:i]) + la[1] + strings.ToUpper(part[i+len(la[0]):])
			if n, ok := cr.parts[v]; ok && n > bestN {
				best, bestN = v, n
			}
		}
	}
	return best, bestN > 0
}

// collapseStrokedD reads the Icelandic Ð (U+00D0), which no Vietnamese code holds,
// as the Đ it looks like, and a run of Đ and Ð with at least one Ð as one
// Đ: OCR engines read the same stroked D twice, once each way ("BĐÐVN",
// "LĐÐĐTBXH" for BĐVN, LĐTBXH).
func collapseStrokedD(code string) string {
	if !strings.ContainsRune(code, 'Ð') {
		return code
	}
	var b strings.Builder
	rs := []rune(code)
	for i := 0; i < len(rs); {
		if rs[i] != 'Đ' && rs[i] != 'Ð' {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j, eth := i, false
		for j < len(rs) && (rs[j] == 'Đ' || rs[j] == 'Ð') {
			eth = eth || rs[j] == 'Ð'
			j++
		}
		if eth {
			b.WriteRune('Đ')
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}

// slashBetweenDigits reads a lone I, l or | between two runs of digits as
// the "/" it stands for ("44I2008/NĐ-CP" for 44/2008/NĐ-CP), in a code that
// uses "/" elsewhere: there a letter between the number and the year is
// the separator misread.
func slashBetweenDigits(code string) string {
	if !strings.Contains(code, "/") {
		return code
	}
	b := []byte(code)
	for i := 1; i+1 < len(b); i++ {
		if strings.IndexByte("Il|", b[i]) >= 0 && isDigit(b[i-1]) && isDigit(b[i+1]) {
			b[i] = '/'
		}
	}
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// minDashParts is how often both halves of a part split at a lost dash
// must be seen as parts: only the common types and issuers (TT, BTC, BNV).
const minDashParts = 20

// lostDash splits an unknown part into two known ones where OCR lost the
// dash between a document type and its issuer ("TTBTC" for TT-BTC).
func (cr *codeRepairer) lostDash(part string) (string, bool) {
	rs := []rune(part)
	best, bestN := "", 0
	for k := 2; k <= len(rs)-2; k++ {
		left, right := string(rs[:k]), string(rs[k:])
		nl, nr := cr.parts[left], cr.parts[right]
		if n := min(nl, nr); n >= minDashParts && n > bestN {
			best, bestN = left+"-"+right, n
		}
	}
	return best, best != ""
}

// CodeParts counts the letter parts of the document codes in text
// ("12/2024/QĐ-UBND" gives QĐ and UBND), and the abbreviations standing
// alone (HĐND, MTTQ), into counts.
func CodeParts(text string, counts map[string]int) {
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return strings.ContainsRune(leadPunct+trailPunct, r) })
		if n := utf8.RuneCountInString(f); n >= 2 && n <= 6 && errmodel.AllLetters(f) && strings.ToUpper(f) == f && !token.IsSyllableShape(f) {
			counts[f]++
			continue
		}
		if !looksLikeCode(f) {
			continue
		}
		for _, part := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) {
			r0, _ := utf8.DecodeRuneInString(part)
			if n := utf8.RuneCountInString(part); n >= 2 && n <= 6 && unicode.IsUpper(r0) {
				counts[part]++
			}
		}
	}
}
