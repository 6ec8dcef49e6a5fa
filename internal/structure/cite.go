package structure

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	citeTypeRe = func() *regexp.Regexp {
		alts := make([]string, len(citeTypes))
		for i, t := range citeTypes {
			alts[i] = regexp.QuoteMeta(t)
		}
		return regexp.MustCompile(`(?i)(?:^|[^\p{L}])(` + strings.Join(alts, "|") + `)(?:[^\p{L}]|$)`)
	}()
	soRe       = regexp.MustCompile(`^\s*(?i:s[ốô]|số hiệu)\s*:?\s*`)
	bareSoRe   = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(s[ốô])\s*:?\s*\d`)
	dateLeadRe = regexp.MustCompile(`^\s*[,(]?\s*`)
	issuerLead = regexp.MustCompile(`^\s*,?\s*(?i:của)\s+`)
)

// citeFinder collects the references of a document, merging repeats.
type citeFinder struct {
	list  []Citation
	index map[string]int
	skip  string // the document's own number, not a citation
}

func (c *citeFinder) key(typ string, d *DocNumber) string {
	return fold(typ) + "|" + fold(d.Raw)
}

func (c *citeFinder) add(ct Citation, line int) {
	if c.index == nil {
		c.index = map[string]int{}
	}
	if c.skip != "" && fold(ct.Number.Raw) == c.skip {
		return
	}
	k := c.key(ct.Type, ct.Number)
	if i, ok := c.index[k]; ok {
		old := &c.list[i]
		if old.Date == nil {
			old.Date = ct.Date
		}
		if old.Issuer == nil {
			old.Issuer = ct.Issuer
		}
		if len(old.Lines) == 0 || old.Lines[len(old.Lines)-1] != line {
			old.Lines = append(old.Lines, line)
		}
		return
	}
	ct.Lines = []int{line}
	c.index[k] = len(c.list)
	c.list = append(c.list, ct)
}

// scan finds the references in one rebuilt paragraph.
func (c *citeFinder) scan(text string, sp Span) {
	taken := make([]bool, len(text)+1)
	for _, loc := range citeTypeRe.FindAllStringSubmatchIndex(text, -1) {
		typ := canonicalType(text[loc[2]:loc[3]])
		ct, end, ok := c.parseAfterType(text, loc[3], typ)
		if !ok {
			continue
		}
		ct.Text = strings.TrimSpace(text[loc[2]:end])
		ct.Span = sp
		for i := loc[2]; i < end; i++ {
			taken[i] = true
		}
		c.add(ct, sp.Start)
	}
	// "số 1025/QĐ-LĐTBXH ngày …" listed after a plural type: the code's
	// type abbreviation names the type.
	for _, loc := range bareSoRe.FindAllStringSubmatchIndex(text, -1) {
		if taken[loc[2]] {
			continue
		}
		ct, end, ok := c.parseNumberOn(text, loc[2], "")
		if !ok || ct.Number.TypeCode == "" {
			continue
		}
		ct.Type = typeCodes[ct.Number.TypeCode]
		ct.Confidence = confInferred
		ct.Text = strings.TrimSpace(text[loc[2]:end])
		ct.Span = sp
		c.add(ct, sp.Start)
	}
}

// parseAfterType reads "[name] [số] CODE [, ngày …] [của ISSUER]" after a
// type word ending at pos.
func (c *citeFinder) parseAfterType(text string, pos int, typ string) (Citation, int, bool) {
	rest := text[pos:]
	if namedTypes[typ] {
		// Skip up to ten name words, stopping at punctuation.
		words := 0
		i := 0
		for words < 10 {
			j := i
			for j < len(rest) && rest[j] == ' ' {
				j++
			}
			if soRe.MatchString(rest[j:]) || (j < len(rest) && rest[j] >= '0' && rest[j] <= '9') {
				i = j
				break
			}
			k := j
			for k < len(rest) && rest[k] != ' ' {
				k++
			}
			w := rest[j:k]
			if w == "" || strings.ContainsAny(w, ",;.:()\"“”") {
				break
			}
			i = k
			words++
		}
		pos += i
	}
	return c.parseNumberOn(text, pos, typ)
}

func (c *citeFinder) parseNumberOn(text string, pos int, typ string) (Citation, int, bool) {
	rest := text[pos:]
	if m := soRe.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	} else {
		rest = strings.TrimLeft(rest, " ")
	}
	d, n := parseCode(rest)
	if d == nil || d.Number == "" {
		return Citation{}, 0, false
	}
	end := len(text) - len(rest) + n
	ct := Citation{Type: typ, Number: d, Confidence: confPattern}
	after := text[end:]
	if m := dateLeadRe.FindStringIndex(after); m != nil {
		probe := after[m[1]:]
		if len(probe) > 60 {
			probe = probe[:60]
		}
		if df, s, e := findDate(probe); df != nil && s == 0 {
			ct.Date = df
			end += m[1] + e
			after = text[end:]
		}
	}
	if m := issuerLead.FindStringIndex(after); m != nil {
		iss, n := readIssuer(after[m[1]:])
		if iss != "" {
			ct.Issuer = &Field{Value: iss, Confidence: confAttached}
			end += m[1] + n
		}
	}
	return ct, end, true
}

// readIssuer reads the body named after "của", up to the first verb,
// preposition or punctuation.
func readIssuer(s string) (string, int) {
	var words []string
	pos, end := 0, 0
	for len(words) < 14 {
		for pos < len(s) && s[pos] == ' ' {
			pos++
		}
		k := pos
		for k < len(s) && s[k] != ' ' {
			k++
		}
		w := s[pos:k]
		if w == "" {
			break
		}
		trimmed := strings.TrimRight(w, ",;.:)\"”")
		lw := strings.ToLower(trimmed)
		if trimmed == "" || issuerStops[lw] && (!firstLetterUpper(trimmed) || isUpperLine(trimmed) && runeLen(trimmed) > 1) || strings.ContainsAny(w[:1], "(\"“") {
			break
		}
		if len(words) > 0 && isPreambleOpener(trimmed+" "+firstWords(s[k:], 1)) {
			// A new sentence whose punctuation was lost: "… Bộ Tài chính Xét đề nghị …".
			break
		}
		if nx := firstWords(s[k:], 1); nx != "" && issuerPhraseStops[lw+" "+strings.ToLower(strings.TrimRight(nx, ",;.:"))] {
			break
		}
		if lw == "và" {
			nx := firstWords(s[k:], 1)
			if nx == "" || !firstLetterUpper(nx) || citeTypeRe.MatchString(" "+firstWords(s[k:], 2)+" ") {
				break
			}
		}
		words = append(words, trimmed)
		end = pos + len(trimmed)
		pos = k
		if trimmed != w {
			break
		}
	}
	// A lone small word is not a body.
	if len(words) == 0 || !anyUpper(words) {
		return "", 0
	}
	return strings.Join(words, " "), end
}

func anyUpper(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// canonicalType spells a type as in citeTypes.
func canonicalType(s string) string {
	if t, ok := citeTypeByFold[fold(s)]; ok {
		return t
	}
	return s
}

var citeTypeByFold = func() map[string]string {
	m := make(map[string]string, len(citeTypes))
	for _, t := range citeTypes {
		m[fold(t)] = t
	}
	return m
}()
