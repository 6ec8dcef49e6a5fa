package structure

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	recipientsLabelRe = regexp.MustCompile(`^(?i:n[oơ]i\s+nh[aậâ]n)\s*[:.]?\s*`)
	// roleRe finds the authority marks of a signature (ND 30/2020 Điều 13;
	// HD 36: T/M, K/T, T/L, T/UQ).
	roleRe = regexp.MustCompile(`(?:^|\s)(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T/UQ|T\.M\.|K\.T\.|T\.L\.)(\s|$)`)
	// roleWithTextRe is an authority mark followed by what it qualifies,
	// as opposed to "KT." closing a "Lưu: VT, KT." item.
	roleWithTextRe = regexp.MustCompile(`(?:^|\s)(TM\.|KT\.|TL\.|TUQ\.|Q\.|T/M|K/T|T/L|T/UQ)\s+\p{Lu}`)
	trailingCodeRe = regexp.MustCompile(`\d|/`)
)

// isSignatureLine reports whether a line belongs to a signature block.
func isSignatureLine(text string) bool {
	return roleRe.MatchString(text) || (isUpperLine(text) && runeLen(text) <= 100 && hasTitle(fold(text))) || signedRe.MatchString(text)
}

func hasTitle(f string) bool {
	f = " " + f + " "
	for _, h := range titleHeads {
		if strings.Contains(f, " "+h+" ") {
			return true
		}
	}
	return false
}

// isNameLine reports whether text looks like a person's name: two to six
// capitalised words without digits.
func isNameLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 6 || isUpperLine(text) || isClosingNoise(text) {
		return false
	}
	capital := 0
	for _, w := range words {
		r := []rune(w)
		for _, c := range r {
			if unicode.IsDigit(c) || strings.ContainsRune(",;:/()", c) {
				return false
			}
		}
		if unicode.IsUpper(r[0]) {
			capital++
		}
	}
	return capital*10 >= len(words)*6
}

// findClosing returns where the closing part starts (the first "Nơi nhận"
// or signature block after the body) and where it ends (after the signer's
// name), or len(lines) for both when there is none.
func findClosing(lines []line, from int, c *canceller) (start, end int) {
	start = len(lines)
	for i := from; i < len(lines); i++ {
		if c.stopped() {
			return len(lines), len(lines)
		}
		t := lines[i].text
		if recipientsLabelRe.MatchString(t) && runeLen(t) < 120 {
			start = i
			break
		}
		if roleRe.MatchString(t) && isUpperLine(t) && runeLen(t) <= 120 && signatureFollows(lines, i) {
			start = i
			break
		}
	}
	if start == len(lines) {
		start = trailingSignature(lines, from)
	}
	if start == len(lines) {
		return start, start
	}
	sawSig := false
	for i := start; i < len(lines); i++ {
		if c.stopped() {
			return len(lines), len(lines)
		}
		t := lines[i].text
		switch {
		case t == "":
		case i > start && annexHeadRe.MatchString(t):
			// The signer's title or name lost to the seal: the closing
			// still ends where an appendix begins.
			return start, i
		case sawSig && isNameLine(t) && !strings.HasPrefix(t, "-"):
			return start, afterLateRecipients(lines, i+1)
		case isSignatureLine(t) && !strings.HasPrefix(t, "-"):
			sawSig = true
		}
	}
	return start, len(lines)
}

// afterLateRecipients extends the closing over a "Nơi nhận" list printed
// after the signature (the left column read last).
func afterLateRecipients(lines []line, i int) int {
	k := nextNonBlankFrom(lines, i)
	if k < 0 || !recipientsLabelRe.MatchString(lines[k].text) {
		return i
	}
	end := k + 1
	for j := k + 1; j < len(lines); j++ {
		t := lines[j].text
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || strings.HasPrefix(t, "•") || startsLower(t):
			end = j + 1
			continue
		}
		break
	}
	return end
}

// signatureFollows reports whether a name comes within a few lines of an
// authority mark, as in a signature block.
func signatureFollows(lines []line, i int) bool {
	for k := i + 1; k < len(lines) && k <= i+6; k++ {
		if t := lines[k].text; t != "" && isNameLine(t) {
			return true
		}
	}
	return false
}

// trailingSignature finds a signature block ending the text when there is
// no "Nơi nhận" and no authority mark.
func trailingSignature(lines []line, from int) int {
	k := len(lines) - 1
	for k >= from && lines[k].blank() {
		k--
	}
	start := -1
	sawName := false
	for i := k; i >= from && i > k-12; i-- {
		t := lines[i].text
		switch {
		case t == "":
			continue
		case !sawName && isNameLine(t):
			sawName = true
			continue
		case sawName && isSignatureLine(t):
			start = i
			continue
		}
		break
	}
	if start >= 0 {
		return start
	}
	return len(lines)
}

// annexHeadRe is the heading of an appendix ("PHỤ LỤC", "Phụ lục 1", "PHỤ
// LỤC II"), which ND 30/2020 (Phụ lục I, mục V) prints after the signature,
// on a page of its own, above the appendix's title.
var annexHeadRe = regexp.MustCompile(`^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:\d{1,2}|[IVXLC]{1,5}|SỐ\s+\d{1,2}|số\s+\d{1,2}))?\s*[:.]?$`)

// hasAnnex reports whether lines[from:] carry an attached text with its
// own outline (the "Quy định", "Quy chế" a decision enacts) or open with an
// appendix's heading.
func hasAnnex(lines []line, from int) bool {
	if k := nextNonBlankFrom(lines, from); k >= 0 && annexHeadRe.MatchString(lines[k].text) {
		return true
	}
	markers := 0
	for _, l := range lines[from:] {
		if m, ok := parseMarker(l.text); ok {
			if isKeyword(m.kind) {
				return true
			}
			markers++
		}
	}
	return markers >= 2
}

// isClosingNoise reports whether a closing line is what OCR made of the
// seal or the handwritten signature over it (or of a stamp beside a
// title). Noise with digits or slashes is left alone: it may be the
// typist's mark ("M3/KH 3851110-BTG") or a title's "2025-2026".
func isClosingNoise(text string) bool {
	return isNoiseLine(text) && !trailingCodeRe.MatchString(text)
}

// parseClosing reads "Nơi nhận" with its list, the signature and the
// trailing marks from lines[from:to]. It returns the closing, its blocks and
// the lines it passed over as seal or signature noise.
func parseClosing(all []line, from, to int) (Closing, []Block, []int) {
	var lines []line
	var skipped []int
	for _, l := range all[from:to] {
		if !l.blank() && isClosingNoise(l.text) {
			skipped = append(skipped, l.n)
			continue
		}
		lines = append(lines, l)
	}
	from, to = 0, len(lines)
	var c Closing
	var blocks []Block
	c.Recipients = []Field{}
	c.TrailingMarks = []Field{}
	var sigLines []line
	for i := from; i < to; i++ {
		l := lines[i]
		if l.text == "" {
			continue
		}
		m := recipientsLabelRe.FindStringIndex(l.text)
		if m == nil || c.RecipientsLabel != nil {
			sigLines = append(sigLines, l)
			continue
		}
		c.RecipientsLabel = field(strings.TrimRight(l.text[:m[1]], " "), l, confFull)
		rest := l.text[m[1]:]
		if roleRe.MatchString(" "+rest) && !strings.HasPrefix(rest, "-") {
			sigLines = append(sigLines, line{n: l.n, text: rest})
		} else if rest != "" {
			c.addItems(rest, l.n)
		}
		start, end := l.n, l.n
		for i+1 < to {
			t := lines[i+1].text
			if t == "" {
				i++
				continue
			}
			if item, ok := recipientItem(t); ok {
				t = item
			} else if listSpeck(t) {
				// A mark of the seal or the pen between two items ("\"5."):
				// passed over, and the list goes on below it.
				skipped = append(skipped, lines[i+1].n)
				i++
				continue
			}
			if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || strings.HasPrefix(t, "•") {
				item, sig := splitSignatureTail(t)
				c.addItems(item, lines[i+1].n)
				if sig != "" {
					sigLines = append(sigLines, line{n: lines[i+1].n, text: sig})
				}
			} else if startsLower(t) && len(c.Recipients) > 0 && !isSignatureLine(t) {
				last := &c.Recipients[len(c.Recipients)-1]
				last.Value = strings.TrimRight(last.Value+" "+strings.TrimRight(t, ";,. "), " ")
				last.Span.End = lines[i+1].n
			} else {
				break
			}
			i++
			end = lines[i].n
		}
		blocks = append(blocks, Block{Kind: BlockClosing, Text: joinLines(lines, indexOfLine(lines, start), indexOfLine(lines, end)+1), Span: Span{start, end}})
	}
	c.Signature, c.TrailingMarks = parseSignature(sigLines)
	if c.Signature != nil {
		blocks = append(blocks, Block{Kind: BlockClosing, Text: sigText(sigLines), Span: c.Signature.Span})
	}
	return c, blocks, skipped
}

// recipientItem reads a "Nơi nhận" item whose dash OCR read with stray
// marks before it or as another mark ("_~ Như trên;", "_ - Lưu: VT",
// "~ Như trên"): a speck or the scan's grain beside the dash. It returns
// the item with a plain dash, and false for a line that opens otherwise.
func recipientItem(t string) (string, bool) {
	lead := strings.TrimLeft(t, strayMarks+" ")
	if lead == t || lead == "" || !strings.ContainsAny(t[:len(t)-len(lead)], "-–—~_") {
		return t, false
	}
	r, _ := utf8.DecodeRuneInString(lead)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return t, false
	}
	return "- " + lead, true
}

// listSpeck reports whether a line inside the "Nơi nhận" list is a mark
// and no item: three signs or fewer, no letter among them.
func listSpeck(t string) bool {
	t = strings.TrimSpace(t)
	return runeLen(t) <= 3 && strings.IndexFunc(t, unicode.IsLetter) < 0
}

func sigText(ls []line) string {
	var parts []string
	for _, l := range ls {
		parts = append(parts, l.text)
	}
	return strings.Join(parts, "\n")
}

func indexOfLine(lines []line, n int) int {
	for i, l := range lines {
		if l.n == n {
			return i
		}
	}
	return len(lines) - 1
}

// penTickRe is a pen's tick after an item's closing period, read as a
// letter ("Lưu: VT, NV (01). ý"): no item goes on after its full stop.
var penTickRe = regexp.MustCompile(`([.)])\s+\S$`)

func (c *Closing) addItems(text string, n int) {
	text = penTickRe.ReplaceAllString(strings.TrimSpace(text), "$1")
	for _, item := range splitItems(text) {
		c.Recipients = append(c.Recipients, Field{Value: item, Span: Span{n, n}, Confidence: confPattern})
	}
}

// splitSignatureTail splits "- Như Điều 3; KT. CHỦ TỊCH" (the two closing
// columns read row by row) into the list item and the signature text.
func splitSignatureTail(t string) (string, string) {
	if loc := roleWithTextRe.FindStringIndex(t); loc != nil && loc[0] > 2 {
		return t[:loc[0]], strings.TrimSpace(t[loc[0]:])
	}
	for _, sep := range []string{";", ","} {
		k := strings.LastIndex(t, sep)
		if k < 0 || k == len(t)-1 {
			continue
		}
		tail := strings.TrimSpace(t[k+1:])
		if isUpperLine(tail) && len(strings.Fields(tail)) >= 2 && hasTitle(fold(tail)) {
			return t[:k+1], tail
		}
	}
	return t, ""
}

// parseSignature reads the signature block: authority marks, the signer's
// title, "(Đã ký)", the name; anything after the name, and code-like lines
// such as the typist's mark, are trailing marks.
func parseSignature(ls []line) (*Signature, []Field) {
	marks := []Field{}
	if len(ls) == 0 {
		return nil, marks
	}
	// Read row by row, the typist's mark (left) and the signer's name
	// (right) share a line: "M3/KH 3851110-BTG Huỳnh Minh Dũng".
	ls = slices.Clone(ls)
	for k := range ls {
		// A speck or a stroke of the seal before a line ("\"Lê Hoa").
		if t := trimStrayMarks(ls[k].text); t != "" {
			ls[k].text = t
		}
	}
	for k := len(ls) - 1; k >= 0; k-- {
		if isNameLine(ls[k].text) {
			break
		}
		if mark, name, ok := splitMarkAndName(ls[k].text); ok {
			ls = slices.Insert(ls, k+1, line{n: ls[k].n, text: name})
			ls[k].text = mark
			break
		}
	}
	nameAt := -1
	for k := len(ls) - 1; k >= 0; k-- {
		if isNameLine(ls[k].text) {
			nameAt = k
			break
		}
	}
	s := &Signature{Roles: []Field{}, Span: Span{ls[0].n, ls[len(ls)-1].n}}
	// Words of the capital lines, each with its line, to cut into roles.
	type word struct {
		w string
		l line
	}
	var words []word
	for k, l := range ls {
		switch {
		case k == nameAt:
			s.Name = field(cleanName(l.text), l, confPlace)
		case nameAt >= 0 && k > nameAt:
			marks = append(marks, *field(l.text, l, confInferred))
		case signedRe.MatchString(l.text):
			s.Signed = field(l.text, l, confPattern)
		case isUpperLine(l.text) && !trailingCodeRe.MatchString(l.text) || roleRe.MatchString(l.text):
			for _, w := range strings.Fields(l.text) {
				if strings.Trim(w, sigStrayMarks) == "" {
					continue // a pen stroke's mark amid the title ("TRƯỞNG PHÒNG ` CTSV")
				}
				words = append(words, word{w, l})
			}
		default:
			marks = append(marks, *field(l.text, l, confInferred))
		}
	}
	// Cut the words into segments at each authority mark.
	var segs [][]word
	for _, w := range words {
		if roleRe.MatchString(w.w) || len(segs) == 0 {
			segs = append(segs, nil)
		}
		segs[len(segs)-1] = append(segs[len(segs)-1], w)
	}
	join := func(ws []word) *Field {
		if len(ws) == 0 {
			return nil
		}
		var parts []string
		for _, w := range ws {
			parts = append(parts, w.w)
		}
		return &Field{Value: strings.Join(parts, " "), Span: Span{ws[0].l.n, ws[len(ws)-1].l.n}, Confidence: confPlace}
	}
	for k, seg := range segs {
		last := k == len(segs)-1
		isRole := roleRe.MatchString(seg[0].w)
		if !last {
			if f := join(seg); f != nil {
				s.Roles = append(s.Roles, *f)
			}
			continue
		}
		// The last segment holds the last role and the title: the title is
		// the last title phrase that does not open the segment.
		cut := -1
		for j := len(seg) - 1; j >= 0; j-- {
			if isRole && j <= 1 {
				break
			}
			f := fold(joinWords(seg[j:], func(w word) string { return w.w }))
			if startsWithTitle(f) {
				cut = j
				if j > 0 && fold(seg[j-1].w) == "PHO" {
					cut = j - 1
				}
				break
			}
		}
		switch {
		case cut > 0:
			s.Roles = append(s.Roles, *join(seg[:cut]))
			s.Title = join(seg[cut:])
		case isRole:
			s.Roles = append(s.Roles, *join(seg))
		default:
			s.Title = join(seg)
		}
	}
	if s.Name == nil && s.Title == nil && len(s.Roles) == 0 {
		return nil, marks
	}
	return s, marks
}

// sigStrayMarks are the marks a signature's strokes leave amid a signer
// block's words, read as words of their own; a hyphen is not among them
// (a title may hold one: "PHÒNG KH - TC").
const sigStrayMarks = "`'‘’„“”.,:;~|_·•*^\"¡"

// cleanName drops from a signer's name the words that are a signature's
// strokes read as a letter: a single letter outside the Vietnamese
// alphabet (f, j, w, z), which no syllable of a name is, or a lone mark.
func cleanName(t string) string {
	words := strings.Fields(t)
	out := words[:0:0]
	for _, w := range words {
		if strings.Trim(w, sigStrayMarks) == "" || runeLen(w) == 1 && strings.ContainsAny(w, "fjwzFJWZ") {
			continue
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		return t
	}
	return strings.Join(out, " ")
}

func startsWithTitle(f string) bool {
	for _, h := range titleHeads {
		if f == h || strings.HasPrefix(f, h+" ") {
			return true
		}
	}
	return false
}

func joinWords[T any](ws []T, s func(T) string) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = s(w)
	}
	return strings.Join(parts, " ")
}

// splitMarkAndName splits a code-like mark followed by a name.
func splitMarkAndName(t string) (string, string, bool) {
	words := strings.Fields(t)
	for k := 1; k < len(words)-1; k++ {
		head := strings.Join(words[:k], " ")
		tail := strings.Join(words[k:], " ")
		if trailingCodeRe.MatchString(head) && !trailingCodeRe.MatchString(tail) && isNameLine(tail) && len(words)-k <= 5 {
			return head, tail, true
		}
	}
	return "", "", false
}
