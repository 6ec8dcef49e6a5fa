package structure

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/vidoc/vidoc/internal/viet"
)

// rawBlock is a rebuilt paragraph before it is given a kind.
type rawBlock struct {
	text   string
	span   Span
	marker *marker
	last   string // last physical line, to judge how the next one continues
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
	if b.marker != nil && isKeyword(b.marker.kind) && b.marker.rest == "" {
		// "Chương IV" / "TỔ CHỨC THỰC HIỆN": the title on its own line.
		return isUpperLine(next) || !afterBlank && b.marker.kind != KindArticle
	}
	if isUpperLine(next) && !isUpperLine(b.text) {
		return false
	}
	if isUpperLine(b.text) && !isUpperLine(next) {
		return false
	}
	lower := startsLower(next)
	full := lay.wrapped && runeLen(prev) >= lay.width*6/10
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
	codeBreakRe = regexp.MustCompile(`(\d[-–]|\d/|\p{Lu}[-/])$`)
	codeStartRe = regexp.MustCompile(`^\p{Lu}{1,8}([-/]\p{Lu}|\b)`)
)

// joinPiece appends a wrapped line to a paragraph, undoing a line-end break
// inside a document code ("28-" + "CT/TW" → "28-CT/TW") or a syllable
// hyphenated at the margin ("triể-" + "n khai" → "triển khai", only when
// the joined syllable is valid Vietnamese); any other hyphen stays.
func joinPiece(cur, next string) string {
	if codeBreakRe.MatchString(cur) && codeStartRe.MatchString(next) {
		return cur + next
	}
	if m := wordBreakRe.FindStringSubmatch(cur); m != nil && startsLower(next) {
		head := m[1]
		tail, rest, _ := strings.Cut(next, " ")
		tailWord := strings.TrimRight(tail, ",.;:!?)\"”")
		if viet.Valid(strings.ToLower(head+tailWord)) && !viet.Valid(strings.ToLower(head)) {
			return cur[:len(cur)-1] + strings.TrimSpace(tail+" "+rest)
		}
		return cur + next
	}
	return cur + " " + next
}

// wordBreakRe matches a line ending in a word fragment and a hyphen.
var wordBreakRe = regexp.MustCompile(`(?:^|\s)(\p{L}+)-$`)

// joinWrapped joins lines of one paragraph.
func joinWrapped(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	s := parts[0]
	for _, p := range parts[1:] {
		s = joinPiece(s, p)
	}
	return s
}

// buildBlocks rebuilds paragraphs from lines[from:to].
func buildBlocks(lines []line, from, to int, lay layout) []rawBlock {
	var out []rawBlock
	var cur *rawBlock
	afterBlank := false
	flush := func() {
		if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	for i := from; i < to && i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			afterBlank = true
			continue
		}
		m, isMarker := parseMarker(l.text)
		if cur != nil && !isMarker && lay.continues(cur, l.text, afterBlank) {
			cur.text = joinPiece(cur.text, l.text)
			cur.last = l.text
			cur.span.End = l.n
			if cur.marker != nil {
				if cur.marker.rest == "" {
					cur.marker.rest = l.text
				} else {
					cur.marker.rest = joinPiece(cur.marker.rest, l.text)
				}
			}
			afterBlank = false
			continue
		}
		flush()
		cur = &rawBlock{text: l.text, span: Span{l.n, l.n}, last: l.text}
		if isMarker {
			mm := m
			cur.marker = &mm
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
