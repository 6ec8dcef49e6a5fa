package structure

import (
	"regexp"
	"slices"
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// The marks of a number and symbol as OCR misreads them. ND 30/2020 (Phụ
// lục III) writes a state code "12/QĐ-UBND" or "12/2024/QĐ-UBND", HD
// 36-HD/VPTW (mục 2.3) a Party one "12-QĐ/TU": a slash parts the number
// from the symbol (state) or the type code from the issuer's (Party), a
// hyphen the symbol's two codes. OCR reads the thin slash as "1", "l",
// "I" or "|" or loses it, the hyphen as "~" or a long dash, and the 0 of
// the year's "20" as the letter O. Read back only where the shape leaves
// no doubt: a slash read as a letter sits between a digit (or a known type
// code) and a capital, where no code has a letter; a slash lost or read as
// "1" after the number is told apart by the digits left: a number ending
// in 1 may have been the slash, so it is left empty.
var (
	// stateSlashRe is a state number run into its symbol: the number, a
	// mark that may be the slash, and the symbol's two codes.
	stateSlashRe = regexp.MustCompile(`^(\d{1,5})([lI|]?)(\p{Lu}\p{L}{0,6}[-~—–]\p{Lu}[\p{L}\p{N}]*)`)
	// partySlashRe is a Party code whose slash after a known type code OCR
	// read as "1", "l", "I" or "|".
	partySlashRe = regexp.MustCompile(`^(\d{1,5}[-~—_])(` + knownCodes() + `)[1lI|](\p{Lu}[\p{L}\p{N}]*)`)
	// codeDashRe is a hyphen between a symbol's codes (state) or after a
	// Party number, read as a tilde or a long dash.
	codeDashRe = regexp.MustCompile(`([\p{L}\d])[~—–](\p{Lu})`)
	// yearOhRe is a state code's year with an O for a 0 ("/2O23/").
	yearOhRe = regexp.MustCompile(`^(\d{0,5}/)([12][0-9Oo]{3})(/)`)
)

// knownCodes is the alternation of the known type codes, longest first so
// that "CTr" is tried before "CT".
func knownCodes() string {
	var out []string
	for k := range typeCodes {
		out = append(out, regexp.QuoteMeta(k))
	}
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(out, "|")
}

// repairCodeMarks returns the token t (a number and symbol as read, with
// no space in it) with its misread marks read back, and whether anything
// changed. A number whose last digit may be the slash is dropped: the
// symbol is kept, the number left empty.
func repairCodeMarks(t string) (string, bool) {
	s := t
	if m := yearOhRe.FindStringSubmatch(s); m != nil {
		y := strings.NewReplacer("O", "0", "o", "0").Replace(m[2])
		if strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20") {
			s = m[1] + y + m[3] + s[len(m[0]):]
		}
	}
	if m := partySlashRe.FindStringSubmatch(s); m != nil {
		s = m[1] + m[2] + "/" + m[3] + s[len(m[0]):]
	} else if m := stateSlashRe.FindStringSubmatch(s); m != nil && !strings.ContainsAny(m[3], "/") {
		num := m[1]
		if m[2] == "" && strings.HasSuffix(num, "1") {
			num = ""
		}
		s = num + "/" + m[3] + s[len(m[0]):]
	}
	s = codeDashRe.ReplaceAllString(s, "$1-$2")
	return s, s != t
}

// parseRepairedCode reads the number and symbol at the start of s with
// its marks read back (repairCodeMarks), and returns it with where it ends
// in s. It returns nil when the marks need no repair or the repaired text
// is no code.
func parseRepairedCode(s string) (*DocNumber, int) {
	end := strings.IndexAny(s, " \t")
	if end < 0 {
		end = len(s)
	}
	fixed, changed := repairCodeMarks(s[:end])
	if !changed {
		return nil, 0
	}
	d, n := parseSeparatedCode(fixed)
	if d == nil {
		return nil, 0
	}
	// What is left of the token after the code is the same text in both.
	rest := fixed[n:]
	if !strings.HasSuffix(s[:end], rest) {
		return nil, 0
	}
	d.Confidence = min(d.Confidence, confInferred)
	return d, end - len(rest)
}

// plainCode drops the marks OCR put on a symbol's letters ("BTCHỦ" for
// "BTCHU") from the Vietnamese alphabet: a symbol's codes are the initials of the words they shorten,
// written without tone or vowel marks (ND 30/2020 Phụ lục III: "UBND" for
// Ủy ban nhân dân), Đ alone keeping its bar ("SGDĐT").
func plainCode(s string) string {
	var b strings.Builder
	for _, r := range s {
		// A letter outside the Vietnamese alphabet is left as read:
		// it marks the code as OCR's guess (labelledNumber).
		if r == 'Đ' || r == 'đ' || !viet.IsLetter(r) {
			b.WriteRune(r)
			continue
		}
		b.WriteString(viet.StripDiacritics(string(r)))
	}
	return b.String()
}
