package structure

import (
	"regexp"
	"strings"
)

// Marker kinds of the body outline.
const (
	KindPart      = "phan"   // Phần I / Phần thứ nhất
	KindChapter   = "chuong" // Chương II
	KindSection   = "muc"    // Mục 1
	KindArticle   = "dieu"   // Điều 5.
	KindRoman     = "roman"  // I.
	KindUpper     = "upper"  // A.
	KindNumber    = "number" // 1.
	KindNumParen  = "number_paren"
	KindLetter    = "letter"  // a)
	KindDash      = "dash"    // -
	KindPlus      = "plus"    // +
	KindStar      = "star"    // *
	kindNestedPfx = "number_" // 1.1. → number_2, 1.1.1. → number_3
)

// keywordRank fixes the order of the legal divisions (ND 30/2020 Phụ lục I
// mục II.7): a Chương is always above a Điều whatever appears first.
var keywordRank = map[string]int{KindPart: 0, KindChapter: 1, KindSection: 2, KindArticle: 3}

// marker is a recognised outline marker at the start of a line.
type marker struct {
	kind  string
	label string // as printed, e.g. "Điều 5", "I", "1.1", "a"
	rest  string // text after the marker
}

var (
	partRe    = regexp.MustCompile(`^(?i:ph[aầâ]n)\s+((?i:th[ứu]\s+\p{L}+)|[IVXLC]+|\d{1,2})\b\s*[.:\-–]?\s*(.*)$`)
	chapterRe = regexp.MustCompile(`^(?i:ch[uư][oơ]ng)\s+([IVXLC]+|\d{1,3})\b\s*[.:\-–]?\s*(.*)$`)
	sectionRe = regexp.MustCompile(`^(?i:m[uụ]c)\s+([IVXLC]+|\d{1,3})\b\s*[.:\-–]?\s*(.*)$`)
	articleRe = regexp.MustCompile(`^(?i:[đd]i[eềê]u)\s+(\d{1,3}[a-zđ]?)\s*(?:[.:]\s*(.*))?$`)
	romanRe   = regexp.MustCompile(`^([IVXLC]{1,6})\s*[.)]\s*(.*)$`)
	upperRe   = regexp.MustCompile(`^([A-ZĐ])\s*[.)]\s+(.*)$`)
	nestedRe  = regexp.MustCompile(`^(\d{1,3}(?:\.\d{1,3}){1,4})\.?\s+(\p{L}.*|["“].*)$`)
	numberRe  = regexp.MustCompile(`^(\d{1,3})\s*([.)])\s*(\p{L}.*|["“(].*)$`)
	letterRe  = regexp.MustCompile(`^([a-zđ])\s*[).]\s+(.*)$`)
	bulletRe  = regexp.MustCompile(`^([-–—•+*])\s*(.*)$`)
	romanOK   = regexp.MustCompile(`^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)
)

// parseMarker recognises an outline marker at the start of text. Lines
// opening with a quotation mark are quoted text (amendments), never markers.
func parseMarker(text string) (marker, bool) {
	if text == "" || strings.ContainsAny(text[:1], "\"'“‘«") || strings.HasPrefix(text, "“") {
		return marker{}, false
	}
	if m := articleRe.FindStringSubmatch(text); m != nil {
		return marker{KindArticle, "Điều " + m[1], m[2]}, true
	}
	if m := chapterRe.FindStringSubmatch(text); m != nil {
		return marker{KindChapter, "Chương " + m[1], m[2]}, true
	}
	if m := partRe.FindStringSubmatch(text); m != nil {
		return marker{KindPart, "Phần " + m[1], m[2]}, true
	}
	if m := sectionRe.FindStringSubmatch(text); m != nil && (m[2] == "" || isUpperLine(m[2]) || !startsLower(m[2])) {
		return marker{KindSection, "Mục " + m[1], m[2]}, true
	}
	if m := romanRe.FindStringSubmatch(text); m != nil && romanOK.MatchString(m[1]) {
		return marker{KindRoman, m[1], m[2]}, true
	}
	if m := upperRe.FindStringSubmatch(text); m != nil {
		return marker{KindUpper, m[1], m[2]}, true
	}
	if m := nestedRe.FindStringSubmatch(text); m != nil {
		depth := strings.Count(m[1], ".") + 1
		return marker{kindNestedPfx + string(rune('0'+depth)), m[1], m[2]}, true
	}
	if m := numberRe.FindStringSubmatch(text); m != nil {
		if m[2] == ")" {
			return marker{KindNumParen, m[1], m[3]}, true
		}
		return marker{KindNumber, m[1], m[3]}, true
	}
	if m := letterRe.FindStringSubmatch(text); m != nil {
		return marker{KindLetter, m[1], m[2]}, true
	}
	if m := bulletRe.FindStringSubmatch(text); m != nil {
		switch m[1] {
		case "+":
			return marker{KindPlus, "+", m[2]}, true
		case "*":
			return marker{KindStar, "*", m[2]}, true
		default:
			if m[2] == "" {
				return marker{}, false
			}
			return marker{KindDash, "-", m[2]}, true
		}
	}
	return marker{}, false
}

func isMarkerText(text string) bool {
	_, ok := parseMarker(text)
	return ok
}

// isKeyword reports whether kind is a legal division named by a word.
func isKeyword(kind string) bool {
	_, ok := keywordRank[kind]
	return ok
}

// isBullet reports whether kind is a list bullet rather than a numbered part.
func isBullet(kind string) bool {
	return kind == KindDash || kind == KindPlus || kind == KindStar
}

// endsSentence reports whether s ends a sentence or clause, ignoring
// closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’»)]")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, ":") ||
		strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

func endsWithQuote(s string) bool {
	return strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "»")
}

// quotesBalanced reports whether every opened quotation is closed.
func quotesBalanced(s string) bool {
	return strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") <= strings.Count(s, "”")
}
