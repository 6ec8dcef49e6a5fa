package structure

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one input line after clean-up; n is its 1-based number in the input.
type line struct {
	n    int
	text string
}

func (l line) blank() bool { return l.text == "" }

var (
	// pageNumberRe matches page furniture: "3", "- 3 -", "Trang 3", "3/12".
	pageNumberRe = regexp.MustCompile(`^(?i:(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?|(?:trang|page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$`)
	// splitCodeRe finds a document code broken after its dash by OCR or by a
	// line end that has already been joined: "28- CT/TW" → "28-CT/TW".
	splitCodeRe = regexp.MustCompile(`(\d)\s*([-–])\s+(\p{Lu}{1,6}\s*/\s*\p{Lu})`)
	// spacedSlashRe closes the gaps OCR leaves around a code's slashes.
	spacedSlashRe = regexp.MustCompile(`(\p{Lu}|\d)\s+/\s*(\p{Lu}|\d)|(\p{Lu}|\d)\s*/\s+(\p{Lu}|\d)`)
)

// cleanText makes arbitrary input safe to parse: valid UTF-8, NFC, no control
// characters but newlines; a form feed (page break) ends a line.
func cleanText(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = norm.NFC.String(text)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\f' || r == '\v' || r == '\u00a0':
			return ' '
		case unicode.IsControl(r) || r == '\ufeff' || r == '\u200b':
			return -1
		}
		return r
	}, text)
}

// collapse trims a line and reduces runs of spaces to one.
func collapse(s string) string {
	if !strings.Contains(s, "  ") && strings.TrimSpace(s) == s {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// fixCodes repairs the commonest OCR damage to document codes.
func fixCodes(s string) string {
	if !strings.Contains(s, "/") {
		return s
	}
	s = splitCodeRe.ReplaceAllString(s, "$1$2$3")
	return spacedSlashRe.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Join(strings.Fields(m), "")
	})
}

// splitLines cleans the text and cuts it into lines, dropping page numbers
// and running headers that OCR leaves between pages.
// It gives up, returning what it has, when c says the parse is cancelled.
func splitLines(text string, c *canceller) (lines []line, dropped []int) {
	raw := strings.Split(cleanText(text), "\n")
	lines = make([]line, 0, len(raw))
	for i, r := range raw {
		if c.stopped() {
			return lines, nil
		}
		lines = append(lines, line{n: i + 1, text: fixCodes(collapse(r))})
	}
	isPageNo := make([]bool, len(lines))
	for i, l := range lines {
		if l.text == "" || !pageNumberRe.MatchString(l.text) {
			continue
		}
		// A lone number is page furniture only when it stands apart from
		// the text: a blank line or the document's edge on one side.
		before := i == 0 || lines[i-1].blank()
		after := i == len(lines)-1 || lines[i+1].blank()
		if before || after {
			isPageNo[i] = true
		}
	}
	// Running headers: short lines repeated on several pages next to a page
	// number.
	count := map[string]int{}
	nearPage := map[string]int{}
	for i, l := range lines {
		if l.text == "" || utf8.RuneCountInString(l.text) > 100 || isPageNo[i] {
			continue
		}
		count[l.text]++
		for j := max(0, i-3); j <= min(len(lines)-1, i+3); j++ {
			if isPageNo[j] {
				nearPage[l.text]++
				break
			}
		}
	}
	for i := range lines {
		t := lines[i].text
		if isPageNo[i] || (t != "" && count[t] >= 2 && nearPage[t] >= 2 && !strings.HasPrefix(t, "-")) {
			dropped = append(dropped, lines[i].n)
			lines[i].text = ""
		}
	}
	return lines, dropped
}

// runeLen is the length of s in characters.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
