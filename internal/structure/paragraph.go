package structure

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// rawBlock is a rebuilt paragraph before it is given a kind.
type rawBlock struct {
	text   string
	span   Span
	marker *marker
	last   string // last physical line, to judge how the next one continues

	// While the block is built (buildBlocks), its text and its marker's
	// rest grow in buf and rest, made strings once it ends, and letters
	// and upper count its text's letters and capitals: joining strings
	// and counting the whole text again at each line cost a paragraph of
	// n lines n² (a 130 KB paragraph took a minute).
	buf, rest      []byte
	letters, upper int
}

// upperText is isUpperLine of the text of a block being built.
func (b *rawBlock) upperText() bool {
	return b.letters >= 2 && b.upper*10 >= b.letters*9
}

// layout describes how the text was broken into lines: hard-wrapped at a
// page width (print, OCR) or one paragraph per line (web, word processor).
type layout struct {
	wrapped bool
	width   int
}

// measureLayout estimates the wrap width from the long lines of the text.
func measureLayout(lines []line) layout {
	var lens []int
	for _, l := range lines {
		if n := runeLen(l.text); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 5 {
		return layout{}
	}
	slices.Sort(lens)
	p90 := lens[len(lens)*9/10]
	return layout{wrapped: p90 <= 130, width: p90}
}

// continues decides whether next carries on the paragraph whose last
// physical line is prev, possibly across a blank line.
func (lay layout) continues(b *rawBlock, next string, afterBlank bool) bool {
	prev := b.last
	if b.marker != nil && isKeyword(b.marker.kind) && len(b.rest) == 0 {
		// "Chương IV" / "TỔ CHỨC THỰC HIỆN": the title on its own line.
		return isUpperLine(next) || !afterBlank && b.marker.kind != KindArticle
	}
	if numberLabelEndRe.MatchString(prev) && codeDigitsRe.MatchString(next) {
		// "… Quyết định số" / "412/QĐ-UBND.": a citation's number
		// wrapped to the next line, which its capitals do not make a
		// heading.
		return true
	}
	if isUpperLine(next) && !b.upperText() {
		return false
	}
	if b.upperText() && !isUpperLine(next) {
		return false
	}
	lower := startsLower(next)
	full := lay.wrapped && runeLen(prev) >= lay.width*6/10
	if afterBlank && !lower && b.marker != nil && !isBullet(b.marker.kind) && b.span.Start == b.span.End &&
		runeLen(prev) < lay.width*85/100 {
		// A numbered part's heading alone on its line ("2. Công tác
		// tuyên truyền trên địa bàn …"), a blank and a sentence under it: the heading
		// is not wrapped text, however long.
		return false
	}
	if lay.wrapped && !afterBlank && runeLen(prev) >= lay.width*85/100 && strings.HasSuffix(prev, ".") && !isUpperLine(next) {
		// A full line ending a sentence inside a wrapped paragraph: the
		// paragraph's last line is rarely full.
		return true
	}
	if endsSentence(prev) {
		// A clause ending in ";" or "," may go on in small letters.
		return lower && !afterBlank && !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ":")
	}
	if codeBreakRe.MatchString(prev) && codeStartRe.MatchString(next) {
		return true
	}
	if lower {
		return true
	}
	return full
}

var (
	// numberLabelEndRe is a line ending in the word "số" of a citation
	// ("Quyết định số"), and codeDigitsRe a line opening with the number
	// it introduces.
	numberLabelEndRe = regexp.MustCompile(`(?:^|\s)[sS]ố:?$`)
	codeDigitsRe     = regexp.MustCompile(`^\d{1,5}\s?[/-]`)
	codeBreakRe      = regexp.MustCompile(`(\d[-–]|\d/|\p{Lu}[-/])$`)
	codeStartRe      = regexp.MustCompile(`^\p{Lu}{1,8}([-/]\p{Lu}|\b)`)
)

// joinPiece appends a wrapped line to a paragraph in buf, undoing a
// line-end break inside a document code ("28-" + "CT/TW" → "28-CT/TW") or a
// syllable hyphenated at the margin ("triể-" + "n khai" → "triển khai",
// only when the joined syllable is valid Vietnamese); any other hyphen
// stays. It looks only at the end of buf, so that a paragraph of n lines
// costs n, not n².
func joinPiece(buf []byte, next string) []byte {
	// codeBreakRe looks at the last two runes.
	if codeBreakRe.Match(buf[max(0, len(buf)-2*utf8.UTFMax):]) && codeStartRe.MatchString(next) {
		return append(buf, next...)
	}
	if head, ok := brokenWord(buf); ok && startsLower(next) {
		tail, rest, _ := strings.Cut(next, " ")
		tailWord := strings.TrimRight(tail, ",.;:!?)\"”")
		if viet.Valid(strings.ToLower(head+tailWord)) && !viet.Valid(strings.ToLower(head)) {
			return append(buf[:len(buf)-1], strings.TrimSpace(tail+" "+rest)...)
		}
		return append(buf, next...)
	}
	return append(append(buf, ' '), next...)
}

// brokenWord returns the word fragment a paragraph ends in before a
// hyphen, letters after white space (regexp's \s) or at its start, as
// `(?:^|\s)(\p{L}+)-$` would, scanning back only over the fragment.
func brokenWord(buf []byte) (string, bool) {
	if len(buf) == 0 || buf[len(buf)-1] != '-' {
		return "", false
	}
	end := len(buf) - 1
	i := end
	for i > 0 {
		r, n := utf8.DecodeLastRune(buf[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	if i == end {
		return "", false
	}
	if i > 0 && !strings.ContainsRune("\t\n\f\r ", rune(buf[i-1])) {
		return "", false
	}
	return string(buf[i:end]), true
}

// joinWrapped joins lines of one paragraph.
func joinWrapped(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	buf := []byte(parts[0])
	for _, p := range parts[1:] {
		buf = joinPiece(buf, p)
	}
	return string(buf)
}

// buildBlocks rebuilds paragraphs from lines[from:to]; it stops early when
// c says the parse is cancelled.
func buildBlocks(lines []line, from, to int, lay layout, c *canceller) []rawBlock {
	var out []rawBlock
	var cur *rawBlock
	afterBlank := false
	flush := func() {
		if cur != nil {
			cur.text = string(cur.buf)
			if cur.marker != nil {
				cur.marker.rest = string(cur.rest)
			}
			cur.buf, cur.rest = nil, nil
			out = append(out, *cur)
			cur = nil
		}
	}
	for i := from; i < to && i < len(lines); i++ {
		if c.stopped() {
			break
		}
		l := lines[i]
		if l.blank() {
			afterBlank = true
			continue
		}
		m, isMarker := parseMarker(l.text)
		if cur != nil && !isMarker && lay.continues(cur, l.text, afterBlank) {
			cur.buf = joinPiece(cur.buf, l.text)
			letters, upper := countCase(l.text)
			cur.letters += letters
			cur.upper += upper
			cur.last = l.text
			cur.span.End = l.n
			if cur.marker != nil {
				if len(cur.rest) == 0 {
					cur.rest = append(cur.rest, l.text...)
				} else {
					cur.rest = joinPiece(cur.rest, l.text)
				}
			}
			afterBlank = false
			continue
		}
		flush()
		cur = &rawBlock{buf: []byte(l.text), span: Span{l.n, l.n}, last: l.text}
		cur.letters, cur.upper = countCase(l.text)
		if isMarker {
			mm := m
			cur.marker = &mm
			cur.rest = []byte(m.rest)
		}
		afterBlank = false
	}
	flush()
	return out
}

// headingOf splits a marker block into heading and paragraph: short
// unpunctuated text or text in capitals is a heading ("1. Mục đích",
// "Điều 2. Phạm vi điều chỉnh"), a full sentence is the part's first
// paragraph.
func headingOf(m *marker) (heading, para string) {
	rest := strings.TrimSpace(m.rest)
	switch {
	case rest == "":
		return "", ""
	case isBullet(m.kind):
		return "", rest
	case isUpperLine(rest):
		return rest, ""
	case !endsSentence(rest) && runeLen(rest) <= 160:
		return rest, ""
	case strings.HasSuffix(rest, ":") && runeLen(rest) <= 60:
		return strings.TrimSuffix(rest, ":"), ""
	}
	return "", rest
}

// blockKind names the kind of a rebuilt block for the paragraph view.
func blockKind(b rawBlock) string {
	switch {
	case b.marker != nil && isBullet(b.marker.kind):
		return BlockItem
	case b.marker != nil:
		if h, _ := headingOf(b.marker); h != "" {
			return BlockHeading
		}
		return BlockItem
	case isUpperLine(b.text) && runeLen(b.text) <= 200:
		return BlockHeading
	}
	return BlockParagraph
}

func firstLetterUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}
