package structure

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// codeRe matches a document number and symbol in either convention:
// state "12/2024/QĐ-UBND", "1414/TCT-CS", "/QĐ-UBND" (number left blank in a
// draft) and Party "344-KH/TU", "28-CT/TW".
var codeRe = regexp.MustCompile(`(?:(\d{1,5}(?:\.\d{1,3})?)\s?-\s?(\p{Lu}[\p{L}]{0,4})\s?/\s?(\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*)` +
	`|(\d{1,5}(?:\.\d{1,3})?)?\s?/\s?(?:((?:19|20)\d\d)\s?/\s?)?(\p{Lu}[\p{L}\p{N}]*(?:\s?[-–]\s?\p{Lu}[\p{L}\p{N}]*)*))`)

// codeAtStartRe is codeRe anchored, so that a failed match costs nothing
// on a long line.
var codeAtStartRe = regexp.MustCompile(`^(?:` + codeRe.String() + `)`)

// typeCodeOf returns the known type code for an abbreviation, tolerating
// homoglyphs and letter case mistakes.
func typeCodeOf(s string) (string, bool) {
	if _, ok := typeCodes[s]; ok {
		return s, true
	}
	f := fold(s)
	for k := range typeCodes {
		if fold(k) == f && strings.EqualFold(k, s) {
			return k, true
		}
	}
	return "", false
}

// group returns submatch i of a FindStringSubmatchIndex result on s, or ""
// when the group did not take part in the match.
func group(s string, loc []int, i int) string {
	if loc[2*i] < 0 {
		return ""
	}
	return s[loc[2*i]:loc[2*i+1]]
}

// parseCode splits a number and symbol found at the start of s. It returns
// nil when s does not start with one.
func parseCode(s string) (*DocNumber, int) {
	loc := codeAtStartRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil, 0
	}
	g := func(i int) string { return group(s, loc, i) }
	raw := s[loc[0]:loc[1]]
	d := &DocNumber{Raw: plainCode(strings.Join(strings.Fields(raw), "")), Confidence: confPattern}
	if g(2) != "" { // Party: number-TYPE/ISSUER
		d.Number, d.TypeCode, d.IssuerCode = g(1), g(2), plainCode(g(3))
		if tc, ok := typeCodeOf(d.TypeCode); ok {
			d.TypeCode = tc
		} else {
			d.Confidence = confDoubtful
		}
		return d, loc[1]
	}
	d.Number, d.Year = g(4), g(5)
	code := plainCode(strings.Join(strings.Fields(g(6)), ""))
	if d.Number == "" && d.Year == "" && !strings.ContainsAny(code, "-–") {
		// A bare "/ABC" is too weak to be a code.
		return nil, 0
	}
	parts := strings.SplitN(code, "-", 2)
	if tc, ok := typeCodeOf(parts[0]); ok && len(parts) == 2 {
		d.TypeCode, d.IssuerCode = tc, parts[1]
	} else {
		d.IssuerCode = code
	}
	if d.Number == "" {
		d.Confidence = confInferred
	}
	return d, loc[1]
}

var (
	longDateRe = regexp.MustCompile(`(?i)ng\S{1,3}\s+(\d{1,2}|[.…]*)\s*th\S{2,4}\s+(\d{1,2}|[.…]*)\s*n\S{1,2}m\s+(\d{4})`)
	// looseDateRe is a header date OCR has damaged: "ng…" and "năm" with
	// its year still readable, at most six words between them, "năm"
	// glued to a mark before it, its n read as m ("..3,măm 2015"); or
	// "ngày" and the year alone, the empty day and month blanks read as
	// nothing with the "tháng năm" between them ("ngày 2018"). "năm" itself
	// need not be read: a stamp over the date line or the hand that filled
	// its blanks garbles it as often as the day and month ("ngày 3 YháRg,7
	// nãnh 2019", "ngày _ 2017"), and the year, printed last, is what is
	// left; it alone is kept, with no ISO date.
	looseDateRe = regexp.MustCompile(`(?i)^ng\S*(?:\s+\S+){0,6}?\s+(?:\S*[,.;:])?((?:19|20)\d\d)\b`)
	// spacedDateRe reads day and month from a damaged date whose only
	// damage is a space inside a number ("tháng 0 6").
	spacedDateRe  = regexp.MustCompile(`(?i)^ng\p{L}{1,3}\s+(\d(?:\s?\d)?)\s+th\p{L}{2,4}\s+(\d(?:\s?\d)?)\s+n\S{1,2}m\s+((?:19|20)\d\d)$`)
	numericDateRe = regexp.MustCompile(`(?i)(?:ng\S{1,3}\s+)?(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?((?:19|20)\d\d)\b`)
)

// damagedCodeRe finds a state symbol ("/TB-ĐHĐL", "/2021/NĐ-CP") or a
// Party one ("-KH/HU") after a number part OCR could not read ("2#5",
// "SĐ„2⁄J6", "24Š5 -TB/HU"): the symbol is printed, the number often
// handwritten, and OCR may part them with a space or read the Party dash
// as another mark. The number's blank is often printed as a row of dots
// ("Số: ......./KH-UBND", ND 30/2020 Phụ lục I leaves it to be filled by
// hand), and the dots the hand did not cover are read as marks parted by
// spaces ("4/7. ./KH-UBND"): up to two words without a letter or a digit
// after the number part are the blank's, and the symbol after them is read.
// After the number's label (labelledDamagedCodeRe) they may hold digits
// too: the hand's number read as a mark and figures ("Số: á. 506 /QĐ-UBND").
var (
	damagedCodeRe         = regexp.MustCompile(`^(\S*?(?:\s[^\s\p{L}\p{N}]+?){0,2}?)` + damagedSymbol)
	labelledDamagedCodeRe = regexp.MustCompile(`^(\S*?(?:\s[^\s\p{L}]+?){0,2}?)` + damagedSymbol)
)

const damagedSymbol = `\s?(?:/(?:((?:19|20)\d\d)/)?(\p{Lu}\p{L}{0,4})-(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*)` +
	`|[-–—_](\p{Lu}\p{L}{0,4})/(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*))`

// parseDamagedCode reads a number and symbol at the start of s whose
// number part is damaged. The symbol is kept only when its type code is
// known, and the number only when it is all digits: an unreadable number
// is left empty, not guessed.
func parseDamagedCode(s string) (*DocNumber, int) {
	return damagedCode(s, false)
}

// labelledDamagedCode is parseDamagedCode for the text after the number's
// label ("Số:"), where a letter's symbol is read too. A letter (công văn)
// has no type code: its symbol is the issuing body's code and the drafting
// unit's ("/UBND-KTTH", "/TTg-CĐS"; ND 30/2020 Phụ lục III), which no list
// can hold. The label vouches that the line is the number's; the symbol is
// kept only when it is letters of the Vietnamese alphabet and the number
// part shows a figure of the hand's number ("4@†", "5†B"), so that a
// stamp's garble read after the label is not given as a code. The number
// part may hold words of figures (labelledDamagedCodeRe).
func labelledDamagedCode(s string) (*DocNumber, int) {
	return damagedCode(s, true)
}

func damagedCode(s string, letter bool) (*DocNumber, int) {
	re := damagedCodeRe
	if letter {
		re = labelledDamagedCodeRe
	}
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil, 0
	}
	g := func(i int) string { return group(s, loc, i) }
	d := &DocNumber{Number: g(1), Confidence: confPattern}
	if !allDigits(d.Number) {
		d.Number = ""
	}
	var known bool
	if g(5) != "" { // Party: number-TYPE/ISSUER
		d.TypeCode, known = typeCodeOf(g(5))
		d.IssuerCode = plainCode(g(6))
		d.Raw = d.Number + "-" + d.TypeCode + "/" + d.IssuerCode
	} else {
		d.Year = g(2)
		d.TypeCode, known = typeCodeOf(g(3))
		d.IssuerCode = plainCode(g(4))
		d.Raw = d.Number + "/" + d.TypeCode + "-" + d.IssuerCode
		if d.Year != "" {
			d.Raw = d.Number + "/" + d.Year + "/" + d.TypeCode + "-" + d.IssuerCode
		}
	}
	if !known && letter && g(5) == "" && d.Year == "" && strings.ContainsAny(g(1), "0123456789") {
		code := plainCode(g(3) + "-" + g(4))
		if sh := viet.ShapeOf(code, "-"); sh.Letters+sh.Joins != sh.Runes {
			return nil, 0
		}
		d.TypeCode, d.IssuerCode, d.Raw = "", code, d.Number+"/"+code
		known = true
	}
	if !known {
		return nil, 0
	}
	if d.Number == "" {
		d.Confidence = confInferred
	}
	return d, loc[1]
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// isoDate returns the ISO 8601 form of a day, month and year, or nil when
// any part is missing or the date does not exist.
func isoDate(day, month, year string) *string {
	d, err1 := strconv.Atoi(day)
	m, err2 := strconv.Atoi(month)
	y, err3 := strconv.Atoi(year)
	if err1 != nil || err2 != nil || err3 != nil || m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200 {
		return nil
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return nil
	}
	s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return &s
}

// findDate finds a written date ("ngày 25 tháng 6 năm 2012", "ngày
// 22/4/2024") in s and returns it with its byte range.
func findDate(s string) (*DateField, int, int) {
	if loc := longDateRe.FindStringSubmatchIndex(s); loc != nil {
		sub := func(i int) string { return s[loc[2*i]:loc[2*i+1]] }
		df := &DateField{Raw: s[loc[0]:loc[1]], ISO: isoDate(sub(1), sub(2), sub(3)), Confidence: confFull}
		if df.ISO == nil {
			df.Confidence = confBlank
		}
		return df, loc[0], loc[1]
	}
	if loc := numericDateRe.FindStringSubmatchIndex(s); loc != nil {
		sub := func(i int) string { return s[loc[2*i]:loc[2*i+1]] }
		iso := isoDate(sub(1), sub(2), sub(3))
		if iso == nil {
			return nil, 0, 0
		}
		return &DateField{Raw: s[loc[0]:loc[1]], ISO: iso, Confidence: confPattern}, loc[0], loc[1]
	}
	return nil, 0, 0
}

// findHeaderDate reads the date that starts s, as findDate does, and else a
// date OCR has damaged: its text is kept with the year, and its ISO form
// only when day and month are plain numbers that make a real date.
func findHeaderDate(s string) (*DateField, int) {
	// The digits OCR read as letters are read back; the text is kept as
	// read. dateDigits keeps every byte offset.
	t := dateDigits(s)
	if df, st, e := findDate(t); df != nil && st == 0 {
		if df.Raw = s[:e]; t[:e] != df.Raw {
			df.Confidence = min(df.Confidence, confPattern)
		}
		return df, e
	}
	loc := looseDateRe.FindStringIndex(t)
	if loc == nil {
		return nil, 0
	}
	raw := s[:loc[1]]
	df := &DateField{Raw: raw, Confidence: confBlank}
	if m := spacedDateRe.FindStringSubmatch(t[:loc[1]]); m != nil {
		join := func(x string) string { return strings.ReplaceAll(x, " ", "") }
		if df.ISO = isoDate(join(m[1]), join(m[2]), m[3]); df.ISO != nil {
			df.Confidence = confPattern
		}
	}
	return df, loc[1]
}

// dateDigits reads back the digits of a date OCR read as letters that look
// like them: O or o for 0, l, I or | for 1 ("ngày 0l tháng 8 năm 2O23").
// Only a word of one or two such signs holding a digit (a day or a month)
// and a four-sign word of 19xx or 20xx (a year) are read back, so the
// words around them are left alone; each sign is one byte either way, so
// every offset into the text stays.
func dateDigits(s string) string {
	b := []byte(s)
	for at := 0; at < len(s); {
		if s[at] == ' ' || s[at] == '\t' {
			at++
			continue
		}
		end := at
		for end < len(s) && s[end] != ' ' && s[end] != '\t' {
			end++
		}
		w := strings.TrimRight(s[at:end], ",.;:")
		d := digitSigns.Replace(w)
		if dateSignsRe.MatchString(w) && strings.ContainsAny(w, "0123456789") &&
			(len(w) <= 2 || len(w) == 4 && (strings.HasPrefix(d, "19") || strings.HasPrefix(d, "20"))) {
			copy(b[at:], d)
		}
		at = end
	}
	return string(b)
}

var (
	// dateSignsRe is a word made only of digits and the signs OCR reads
	// for them.
	dateSignsRe = regexp.MustCompile(`^[0-9OolI|]{1,4}$`)
	digitSigns  = strings.NewReplacer("O", "0", "o", "0", "l", "1", "I", "1", "|", "1")
)

// unitTailRe is the rest of a number line that is a unit's name written
// out, not abbreviated: a capital word and up to three small ones ("Tổ
// chức", "Tổ chức cán bộ"), and nothing after them but, in Tesseract's row
// order, the right column's place and date: a place's every syllable
// capitalised (ND 30/2020 Phụ lục II), a comma and "ngày".
var unitTailRe = regexp.MustCompile(`^\s+(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){1,3})(?:\s*$|\s+(?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*,\s*ng)`)

// spelledUnitTail reads the end of a symbol whose last part names the
// drafting unit in words ("/KH-P Tổ chức"): ND 30/2020 (Phụ lục I) wants
// every part abbreviated, but offices write out a unit whose capitals
// would say nothing. The words belong to the symbol only when they end the
// line the code stands on; a place has every syllable capitalised and a
// comma and its date after it, which this tail has not. It returns where
// the code now ends.
func spelledUnitTail(text string, d *DocNumber, n int) int {
	m := unitTailRe.FindStringSubmatchIndex(text[n:])
	if r, _ := utf8.DecodeLastRuneInString(d.Raw); m == nil || d.IssuerCode == "" || !unicode.IsUpper(r) {
		return n
	}
	tail := text[n+m[2] : n+m[3]]
	if hasPrefixAny(fold(tail)+" ", adminUnitStarts) {
		return n // "Thị xã Sơn Tây, ngày …": the place, not a unit's name
	}
	words := strings.Fields(tail)
	d.IssuerCode += " " + strings.Join(words, " ")
	d.Raw += " " + strings.Join(words, " ")
	d.Confidence = min(d.Confidence, confInferred)
	return n + m[3]
}
