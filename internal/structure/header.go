package structure

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Folded forms of the fixed header lines.
const (
	foldNational = "CONG HOA XA HOI CHU NGHIA VIET NAM"
	foldMotto    = "DOC LAP TU DO HANH PHUC"
	foldParty    = "DANG CONG SAN VIET NAM"
	foldPartyCut = "CONG SAN VIET NAM" // foldParty without its first word
)

// enactmentRe matches the line that opens the operative part: "QUYẾT ĐỊNH:",
// "QUYẾT NGHỊ:", "BAN HÀNH:".
var enactmentRe = regexp.MustCompile(`^(QUYET DINH|QUYET NGHI|NGHI QUYET|CHI THI|BAN HANH|THONG BAO|KET LUAN|YEU CAU)$`)

var (
	// numberLineRe is the "Số:" that opens the number line, as OCR reads
	// it (viet.NumberLabel), with one stray character it may add: never a
	// digit, which is the number's own when the space is lost ("Số18-KL/TU").
	numberLineRe = regexp.MustCompile(`^(?:` + viet.NumberLabel + `[^\s\d]?)\s*[:.]?\s*`)
	placeDateRe  = regexp.MustCompile(`^(.{2,80}?)\s*,\s*((?i:ng).*)$`)
	// placeNoDayWordRe is the place and date line whose "ngày" OCR lost:
	// the place, its comma, and the day's number opening "… tháng … năm".
	placeNoDayWordRe = regexp.MustCompile(`^(\p{Lu}.{1,79}?)\s*,\s*(\S{1,2}\s+(?i:th)\S{2,4}\s.*)$`)
	// subjectRe is "V/v" with the slash OCR reads as l, I or |, or its
	// second v read as the w its italic shape resembles ("V/w").
	subjectRe    = regexp.MustCompile(`^(?i:v\s?(?:[/lI|]\s?v|/\s?w))\s*[:.]?\s*`)
	kinhGuiRe    = regexp.MustCompile(`^(?i:k[ií]nh\s+g[uửứừ]i)\s*:?\s*`)
	decorationRe = regexp.MustCompile(`^[-–—_*=~.·•\s]+$`)
	signedRe     = regexp.MustCompile(`^\((?i:đ[ãa]\s*k[ýy]|k[ýy]\s.*|đ[ãa]\s*k[ýy].*)\)$`)
)

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func isPreambleOpener(text string) bool {
	// Openers begin a sentence: "Thực hiện Kế hoạch…" opens the preamble,
	// "thực hiện Kế hoạch…" under a type line is a title.
	f := fold(text) + " "
	return firstLetterUpper(text) && !isUpperLine(text) && hasPrefixAny(f, preambleOpeners)
}

// trimStray drops what OCR puts before a line's first word: tokens
// without letters, or one small letter before a capitalised word ("ì Căn
// cứ", ": Căn cứ").
func trimStray(text string) string {
	words := strings.Fields(text)
	k := 0
	for k < len(words)-1 {
		w := words[k]
		if fold(w) == "" || (runeLen(w) == 1 && startsLower(w) && !startsLower(words[k+1])) {
			k++
			continue
		}
		break
	}
	return strings.Join(words[k:], " ")
}

func isAuthorityLine(text string) bool {
	return isUpperLine(text) && runeLen(text) <= 160 && hasPrefixAny(fold(text), authorityStarts) &&
		!strings.HasSuffix(strings.TrimSpace(text), ":")
}

func isEnactmentLine(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, ":") && isUpperLine(t) && enactmentRe.MatchString(fold(t))
}

// matchDocType returns the document type printed alone on a line.
func matchDocType(text string) (string, float64, bool) {
	if !isUpperLine(text) && !nearlyUpper(text) || runeLen(text) > 40 || strings.HasSuffix(strings.TrimSpace(text), ":") {
		return "", 0, false
	}
	f := fold(text)
	// A type name set letter-spaced ("T H Ô N G  B Á O") matches by its
	// letters alone, exactly.
	spaced := strings.Count(f, " ")*2 >= len(f)-1
	best, bestConf := "", 0.0
	for _, t := range docTypes {
		if ok, c := similar(f, fold(t)); ok && c > bestConf {
			best, bestConf = t, c
		}
		if spaced && bestConf < 1 && strings.ReplaceAll(f, " ", "") == strings.ReplaceAll(fold(t), " ", "") {
			best, bestConf = t, 1
		}
	}
	return best, bestConf * confFull, best != ""
}

// matchIssuerDocType returns the type of a type line that names its issuer,
// "QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH", "NGHỊ ĐỊNH CỦA CHÍNH PHỦ", as legal
// texts printed it before ND 30/2020 (and its forerunners) set the type
// alone on its line: a type name letter for letter, then "CỦA" and the
// issuer, all in capitals.
func matchIssuerDocType(text string) (string, bool) {
	if !isUpperLine(text) || runeLen(text) > 120 {
		return "", false
	}
	head, tail, ok := strings.Cut(fold(text), " CUA ")
	if !ok || len(strings.Fields(tail)) < 2 {
		return "", false
	}
	for _, t := range docTypes {
		if head == fold(t) {
			return t, true
		}
	}
	return "", false
}

// nearlyUpper reports whether a short line is in capitals but for one
// letter OCR read small ("THÔNG BÁo").
func nearlyUpper(s string) bool {
	letters, upper := countCase(s)
	return letters >= 6 && letters-upper == 1
}

// matchTrailingDocType finds a type name of two words or more at the end
// of a line whose start is not part of it: Tesseract puts what it read of a
// stamp or a margin note on the row of the centred type line ("ĐẾN 23
// NGHỊ ĐỊNH"). The start must be short and not itself a heading in
// capitals, so that a title ending in a type's name is not taken; but one
// word of three letters or fewer is too short to be a heading's start and
// is what OCR makes of a stamp's "ĐẾN" pressed beside the type line
// ("ĐỊA KẾT LUẬN").
func matchTrailingDocType(text string) (string, bool) {
	words := strings.Fields(text)
	for k := 4; k >= 2; k-- {
		if k >= len(words) || len(words)-k > 3 {
			continue
		}
		head := strings.Join(words[:len(words)-k], " ")
		stampWord := len(words)-k == 1 && runeLen(head) <= 3
		if isUpperLine(head) && !strings.ContainsAny(head, "0123456789") && !stampWord {
			continue
		}
		if t, conf, ok := matchDocType(strings.Join(words[len(words)-k:], " ")); ok && conf >= confFull {
			return t, true
		}
	}
	return "", false
}

func matchMark(text string, marks []string) (string, bool) {
	if !isUpperLine(text) || runeLen(text) > 20 {
		return "", false
	}
	f := fold(text)
	for _, m := range marks {
		if f == fold(m) {
			return m, true
		}
	}
	return "", false
}

// headerParser walks the lines above the body.
type headerParser struct {
	lines []line
	h     Header
	left  []line // unclassified capital lines: the left column (bodies)
	// blocks of header text for the rebuilt-paragraph view
	blocks []Block
	// skipped are the lines of banners and OCR noise passed over.
	skipped []int
}

// anchored reports whether a line only a header has has been read.
func (p *headerParser) anchored() bool {
	return p.h.NationalTitle != nil || p.h.Motto != nil || p.h.PartyTitle != nil || p.h.Number != nil || p.h.Date != nil
}

func field(value string, l line, conf float64) *Field {
	return &Field{Value: strings.TrimSpace(value), Span: Span{l.n, l.n}, Confidence: conf}
}

// parseHeader reads the header from the top of the lines and returns it
// with its blocks, the banner and noise lines it passed over and the index
// of the first line after it.
func parseHeader(lines []line) (Header, []Block, []int, int) {
	p := &headerParser{lines: joinSplitDates(lines)}
	end := p.run()
	if !p.anchored() {
		// Capital lines at the top of a text without any fixed header line
		// are headings of a bare body, not issuing bodies.
		if p.h.DocType == nil && p.h.Subject == nil && len(p.h.Recipients) == 0 {
			return Header{Recipients: []Field{}}, nil, nil, 0
		}
		p.left = nil
	}
	p.assignBodies()
	p.spellPlaceAsBody()
	switch {
	case p.h.PartyTitle != nil:
		p.h.Family = "party"
	case p.h.NationalTitle != nil || p.h.Motto != nil:
		p.h.Family = "state"
	}
	if p.h.DocType == nil && (p.h.Subject != nil || len(p.h.Recipients) > 0) {
		// A letter carries no type name: ND 30/2020 calls it công văn, and
		// its "V/v" subject or "Kính gửi" is the sign.
		sp := Span{}
		if p.h.Subject != nil {
			sp = p.h.Subject.Span
		} else {
			sp = p.h.Recipients[0].Span
		}
		p.h.DocType = &Field{Value: "CÔNG VĂN", Span: sp, Confidence: confInferred}
	}
	return p.h, p.blocks, p.skipped, end
}

const maxHeaderLines = 40

func (p *headerParser) addBlock(kind, text string, sp Span) {
	p.blocks = append(p.blocks, Block{Kind: kind, Text: strings.TrimSpace(text), Span: sp})
}

// run classifies lines until the header ends and returns that index.
func (p *headerParser) run() int {
	i := 0
	seen := 0
	var lastSubject, lastLabel bool
	for ; i < len(p.lines) && seen < maxHeaderLines; i++ {
		l := p.lines[i]
		if l.blank() {
			continue
		}
		if decorationRe.MatchString(l.text) {
			continue // the star or rule printed under a body name
		}
		seen++
		if p.h.DocType != nil {
			if !p.rightColumnAhead(i) {
				return p.readTitle(i)
			}
			// The layout put the type line before the right column's
			// lines; they are read as the header's, and the title after.
			if isBannerLine(l.text) || isNoiseOnly(l.text) {
				p.skipped = append(p.skipped, l.n)
				continue
			}
			if cl := (line{n: l.n, text: trimStrayMarks(l.text)}); cl.text != "" && p.classify(cl) {
				continue
			}
			return p.readTitle(i)
		}
		if isBannerLine(l.text) {
			// An e-signature or copy banner may stand above the header.
			p.skipped = append(p.skipped, l.n)
			continue
		}
		// Stray marks a speck or a stroke of the scan left beside the line
		// are read past; a bullet is still told by the line as read.
		cl := line{n: l.n, text: trimStrayMarks(l.text)}
		label := lastLabel
		lastLabel = false
		if p.h.Number == nil {
			d := bareNumber(l.text)
			if d == nil && label {
				d = labelledNumber(cl.text)
			}
			if d != nil {
				d.Span = Span{l.n, l.n}
				p.h.Number = d
				p.addBlock(BlockHeader, l.text, Span{l.n, l.n})
				continue
			}
		}
		if j := p.splitDocType(i); j > i {
			i = j
			continue
		}
		if cl.text != "" && p.classify(cl) {
			lastSubject = p.h.Subject != nil && p.h.Subject.Span.End == l.n
			continue
		}
		if p.h.Number == nil && numberLineRe.MatchString(cl.text) && cl.text != l.text && unreadNumberLine(cl.text) {
			// "— Số 15 -CTrTU": the number line with a speck's dash
			// before it, which made it read as a bullet, and its symbol
			// too damaged to read. It is the number's line all the same
			// (no line of a header but the number's opens with "Số"): passed
			// over, not read, and the header goes on below it.
			lastLabel = labelOnlyRe.MatchString(cl.text)
			p.skipped = append(p.skipped, l.n)
			continue
		}
		if p.h.Number == nil && labelOnlyRe.MatchString(cl.text) {
			// "Số:" alone: the wide blank of a number not filled in cut
			// the line, and the symbol stands on the next one.
			lastLabel = true
			p.skipped = append(p.skipped, l.n)
			continue
		}
		if p.anchored() {
			if t, ok := matchTrailingDocType(l.text); ok {
				p.h.DocType = &Field{Value: t, Span: Span{l.n, l.n}, Confidence: confInferred}
				p.addBlock(BlockTitle, l.text, Span{l.n, l.n})
				continue
			}
		}
		if lastSubject && cl.text != "" && subjectGoesOn(cutSideItem(cl.text), p.h.Date != nil) {
			// The "V/v" subject wraps under the number in the left column.
			p.h.Subject.Value += " " + cutSideItem(cl.text)
			p.h.Subject.Span.End = l.n
			p.blocks[len(p.blocks)-1].Text += " " + cl.text
			p.blocks[len(p.blocks)-1].Span.End = l.n
			continue
		}
		if isNoiseOnly(l.text) || strayNoise(l.text, cl.text) {
			// What OCR made of a stamp or a signature in the header:
			// skipped, so the fields below it are still read.
			p.skipped = append(p.skipped, l.n)
			continue
		}
		if p.besideAbstract(i) {
			// Between a letter's abstract and its "Kính gửi" no line of
			// the letter stands (ND 30/2020 Phụ lục I: number, abstract,
			// then the addressees and the body): what is read there is
			// text beside the header, such as a receiving office's
			// handling note typed onto the copy. Listed, not kept.
			p.skipped = append(p.skipped, l.n)
			continue
		}
		switch {
		case kinhGuiRe.MatchString(l.text):
			return p.readRecipients(i)
		case isUpperLine(l.text) && strayCapitals(cl.text):
			// A speck or the Party's star read as a letter or two ("X
			// TC"): no name of a body is this short.
			p.skipped = append(p.skipped, l.n)
			continue
		case isUpperLine(l.text) && runeLen(l.text) <= 120 && (!isMarkerText(l.text) || p.markedBody(l.text, cl.text)) &&
			!isEnactmentLine(l.text) && !isAuthorityAfterFixed(p, l.text) && !p.wordUnderNumber(cl.text):
			p.left = append(p.left, cl)
			p.addBlock(BlockHeader, cl.text, Span{l.n, l.n})
			continue
		case p.unreadHeaderLine(i) || p.bannerGoesOn(i):
			// A header line too damaged to read, above the type line, or
			// a banner's line wrapped onto the next.
			p.skipped = append(p.skipped, l.n)
			continue
		}
		break
	}
	return i
}

// splitDocType reads a type line OCR broke in two ("QUYẾT" / "ĐỊNH"): the
// line at i and the next one that is not blank, each in capitals, together
// a type name of ND 30/2020 or HD 36 letter for letter and neither one
// alone. It returns the second line's index, or i when they are not.
func (p *headerParser) splitDocType(i int) int {
	l := p.lines[i]
	if p.h.DocType != nil || !p.anchored() || !isUpperLine(l.text) {
		return i
	}
	j := nextNonBlank(p.lines, i)
	if j < 0 || j > i+2 || !isUpperLine(p.lines[j].text) {
		return i
	}
	for _, one := range []string{l.text, p.lines[j].text} {
		if _, _, ok := matchDocType(one); ok {
			return i
		}
	}
	joined := strings.TrimSpace(l.text) + " " + strings.TrimSpace(p.lines[j].text)
	t, conf, ok := matchDocType(joined)
	if !ok || fold(joined) != fold(t) {
		return i
	}
	p.h.DocType = &Field{Value: t, Span: Span{l.n, p.lines[j].n}, Confidence: conf}
	p.addBlock(BlockTitle, joined, Span{l.n, p.lines[j].n})
	return j
}

// rightColumnAhead reports whether the right column of the header (ND
// 30/2020 and HD 36 print the national title and motto, or the Party's
// title, and the place and date, to the right of the issuing body) stands
// unread at line i or within a few lines below it, banner and noise lines
// not counted: the centred type line, short enough to fall inside the left
// column's span, was put by the layout before the right column's lines,
// and the title comes only after them.
func (p *headerParser) rightColumnAhead(i int) bool {
	for k, n := i, 0; k < len(p.lines) && n < typeLookahead; k++ {
		t := p.lines[k].text
		if p.lines[k].blank() || decorationRe.MatchString(t) || isBannerLine(t) || isNoiseOnly(t) {
			continue
		}
		n++
		if p.unreadFixedLine(fold(t)) {
			return true
		}
		if p.h.Date == nil {
			if _, _, df := findPlaceDate(trimStrayMarks(t)); df != nil {
				return true
			}
		}
	}
	return false
}

// strayNoise reports whether a header line that reads as a bullet ("* x
// ..e.") is the Party's star (HD 36: a star under the issuing body) or a
// speck's mark with OCR noise after it: once its leading marks are trimmed,
// what is left is noise and no outline marker.
func strayNoise(raw, trimmed string) bool {
	return trimmed != raw && trimmed != "" && isNoiseLine(trimmed) && !isMarkerText(trimmed)
}

// labelOnlyRe is the number line's "Số:" with nothing after it.
var labelOnlyRe = regexp.MustCompile(`^` + viet.NumberLabel + `\s*[:.]?$`)

// unreadNumberLine reports whether text, opening with the number's label,
// is the number line and not a word that begins like it ("Sở Tư pháp",
// "Sơ kết"): the label stands alone or with a colon, and what follows holds
// a digit, a slash or a dash, as every number and symbol does.
func unreadNumberLine(text string) bool {
	m := numberLineRe.FindStringIndex(text)
	if m == nil {
		return false
	}
	label := strings.TrimSpace(text[:m[1]])
	if runeLen(strings.TrimRight(label, ":.")) > 2 {
		return false // a stray character glued to the label ("Sởi")
	}
	rest := text[m[1]:]
	return rest == "" && strings.HasSuffix(label, ":") || m[1] > len(label) && strings.ContainsAny(rest, "0123456789/-–—")
}

// labelledNumber reads the symbol on the line under a "Số:" left alone
// ("/UBND-NN" for a letter's number, which has no type code): with the label
// above it, any code alone on its line is the number, not only one whose
// type code the decrees list.
func labelledNumber(text string) *DocNumber {
	d := codeAlone(text)
	if d == nil {
		return nil
	}
	// Without a known type code to vouch for it, a letter outside the
	// Vietnamese alphabet ("/ÑQ-UBND") is OCR's, and the symbol is left
	// unread rather than given wrong.
	if sh := viet.ShapeOf(d.Raw, "/-"); d.TypeCode == "" && sh.Letters+sh.Joins+sh.Digits != sh.Runes {
		return nil
	}
	d.Confidence = min(d.Confidence, confInferred)
	return d
}

// wordUnderNumber reports whether a line in capitals of three words or
// fewer is read once the number is: the bodies' names stand above the
// number in the left column (ND 30/2020 Phụ lục I; HD 36 mục 2), so a short
// capital line below it is no body's but a banner's label misread ("SAẠOV"
// or "SẠC Ý" for "SAO Y") or a stamp's letters.
func (p *headerParser) wordUnderNumber(t string) bool {
	return p.h.Number != nil && len(p.left) > 0 && len(strings.Fields(t)) <= 3
}

// markedBody reports whether a line in capitals that reads as a bullet
// ("- ỦY BAN NHÂN DÂN", "— HUYỆN ỦY …") is a body's name with a speck's
// mark before it: the marks are stray ones and neither the number nor the
// date has been read, and the left column's names stand above both.
func (p *headerParser) markedBody(raw, trimmed string) bool {
	return trimmed != raw && !isMarkerText(trimmed) && p.h.Number == nil && p.h.Date == nil
}

// subjectGoesOn reports whether line t, right under the "V/v" subject
// (blank and noise lines aside), continues it. A line that starts with a
// small letter and reads as words is the subject wrapped in its column,
// whatever the layout put between ("nhiệm kỳ 2018 - 2023" after the
// date read on the number's row); before the date is read, so is any line
// not in capitals that is not noise.
func subjectGoesOn(t string, dated bool) bool {
	if isUpperLine(t) || kinhGuiRe.MatchString(t) || isMarkerText(t) {
		return false
	}
	if startsLower(t) {
		words, sane := 0, 0
		for _, w := range strings.Fields(t) {
			if w = strings.Trim(w, wordPunct); w != "" {
				words++
				if saneWord(w) || codeName(w) {
					sane++
				}
			}
		}
		if words > 0 && sane == words {
			return true
		}
	}
	return !dated && !isNoiseLine(t)
}

// writtenSubjectRe is a letter's abstract with "V/v" written out: "Về việc
// …" or "Về …" and a word, as many offices type it.
var (
	writtenSubjectRe = regexp.MustCompile(`^Về\s+\p{L}`)
	writtenVvRe      = regexp.MustCompile(`^Về\s+việc\s*:?\s*`)
)

// writtenSubject reports whether line l is a letter's abstract with its
// "V/v" written out: ND 30/2020 (Phụ lục I) puts the abstract right under
// the number and symbol in the left column, so only the line after the
// number's, before any type line or abstract, is taken as one; elsewhere a
// line opening with "Về" is the body's.
// The number's line counts when read or when its number was unreadable
// ("Số: ÝƑ /STP-VB": passed over, a "Số" line all the same).
func (p *headerParser) writtenSubject(l line) bool {
	if p.h.Subject != nil || p.h.DocType != nil || !writtenSubjectRe.MatchString(l.text) {
		return false
	}
	var prev line
	for _, k := range p.lines {
		if k.n >= l.n {
			break
		}
		if !k.blank() {
			prev = k
		}
	}
	if prev.blank() || l.n > prev.n+2 {
		return false
	}
	if p.h.Number != nil {
		return prev.n == p.h.Number.Span.End
	}
	return numberLineRe.MatchString(trimStrayMarks(prev.text))
}

// sideItemRe is a numbered item opening after a line's first words: its
// number with a period ("3. Văn phòng …"), or without one when the item
// runs to the line's end and ends as list items do, with a semicolon or a
// period (ND 30/2020 Phụ lục IV).
var sideItemRe = regexp.MustCompile(`\s\d{1,2}\.\s+\p{Lu}|\s\d{1,2}\s+\p{Lu}[^;]*[;.]$`)

// cutSideItem returns the part of a "V/v" abstract's line before a
// numbered item read on the same row. An abstract is one noun phrase
// (ND 30/2020 Phụ lục I: "trích yếu nội dung"), never a list; a list on its
// row is text beside it in the right column, such as a receiving office's
// handling note typed onto the copy, which Tesseract's row order joins to
// the abstract's lines.
func cutSideItem(t string) string {
	if loc := sideItemRe.FindStringIndex(t); loc != nil && len(strings.Fields(t[:loc[0]])) >= 2 {
		return strings.TrimSpace(t[:loc[0]])
	}
	return t
}

// codeName reports whether w is the name of a thing written as capitals
// and digits ("H5N1", "K12", "ISO-9001"), as an abstract names a disease,
// a class or a programme: no word OCR makes of a stamp or a speck has both
// two capitals and a digit with nothing but a hyphen besides.
func codeName(w string) bool {
	sh := viet.ShapeOf(w, "-")
	return sh.Upper >= 2 && sh.Digits >= 1 && sh.Upper+sh.Digits+sh.Joins == sh.Runes && sh.Runes <= 12
}

// besideAbstract reports whether line i, which no rule read, stands
// between a letter's "V/v" abstract and its "Kính gửi", a few lines below.
func (p *headerParser) besideAbstract(i int) bool {
	if p.h.Subject == nil || p.h.DocType != nil || len(p.h.Recipients) > 0 || kinhGuiRe.MatchString(p.lines[i].text) {
		return false
	}
	for k, n := i+1, 0; k < len(p.lines) && n < abstractGapLines; k++ {
		if p.lines[k].blank() {
			continue
		}
		n++
		if kinhGuiRe.MatchString(p.lines[k].text) {
			return true
		}
	}
	return false
}

// abstractGapLines is how many lines below an unread one the "Kính gửi"
// may stand for the line to be taken as text beside the abstract.
const abstractGapLines = 6

// typeLookahead is how many lines below an unreadable line the type line,
// or another header item, may stand for that line to be taken as part of
// the header.
const typeLookahead = 3

// unreadHeaderLine reports whether line i, which no rule read, still lies
// in the header zone and does not open the body. The header zone runs from
// the top to the type line (ND 30/2020 Phụ lục I; HD 36): once a fixed line
// or the number has been read, a line with the type line, or a header item
// not yet read, within a few lines below it lies in the zone. Before
// anything of the header is read, only a fixed line or an e-signature
// banner below makes it so: a stamp's or a banner's garbled lines above
// the header ("Ký bạn, Văn phòng …" over "Thới gián ký, …<07.00").
func (p *headerParser) unreadHeaderLine(i int) bool {
	t := p.lines[i].text
	if p.h.DocType != nil || runeLen(t) > 120 || isPreambleOpener(trimStray(t)) ||
		isMarkerText(t) || isEnactmentLine(t) || kinhGuiRe.MatchString(t) {
		return false
	}
	for k, n := i+1, 0; k < len(p.lines) && n < typeLookahead; k++ {
		// Blank lines, rules and lines of OCR noise (specks, a stamp's
		// garbage) stand between header lines and never end the zone.
		if lk := p.lines[k].text; p.lines[k].blank() || decorationRe.MatchString(lk) || isNoiseOnly(lk) {
			continue
		}
		n++
		if p.headerItemAhead(p.lines[k].text) {
			return true
		}
	}
	return false
}

// unreadFixedLine reports whether folded text holds a fixed line (the
// national title, the motto, the Party title) not yet read.
func (p *headerParser) unreadFixedLine(f string) bool {
	for _, fx := range []struct {
		pat string
		got *Field
	}{{foldNational, p.h.NationalTitle}, {foldMotto, p.h.Motto}, {foldParty, p.h.PartyTitle}} {
		if _, _, _, ok := fuzzyFind(f, fx.pat); fx.got == nil && ok {
			return true
		}
	}
	return false
}

// headerItemAhead reports whether a line below an unread one is a header
// item not yet read: a banner or a fixed line always, and once the header
// is anchored the type line, the number or the place and date.
func (p *headerParser) headerItemAhead(t string) bool {
	if isBannerLine(t) {
		return true
	}
	if p.unreadFixedLine(fold(t)) {
		return true
	}
	if !p.anchored() {
		return false
	}
	if _, conf, ok := matchDocType(t); ok && conf >= confFull {
		return true
	}
	if p.h.Number == nil && numberLineRe.MatchString(t) {
		if d, _ := findNumber(t); d != nil {
			return true
		}
	}
	if p.h.Date == nil {
		if _, _, df := findPlaceDate(t); df != nil {
			return true
		}
	}
	return false
}

// bannerGoesOn reports whether line i, which no rule read, continues the
// banner passed over just above it ("Ký bởi: Sở Tư pháp" / "tỉnh Bình
// Dương"): nothing of the header has been read yet and the line before it
// was a banner line.
func (p *headerParser) bannerGoesOn(i int) bool {
	if p.anchored() || len(p.left) > 0 || len(p.skipped) == 0 || isPreambleOpener(p.lines[i].text) ||
		isMarkerText(p.lines[i].text) {
		return false
	}
	k := i - 1
	for k >= 0 && p.lines[k].blank() {
		k--
	}
	return k >= 0 && p.lines[k].n == p.skipped[len(p.skipped)-1]
}

// isAuthorityAfterFixed tells an enacting-authority line (below the title
// of a text with no type line) from a left-column body line: once the date
// has been read the left column is over.
func isAuthorityAfterFixed(p *headerParser, text string) bool {
	return p.h.Date != nil && p.h.Number != nil && isAuthorityLine(text) && len(p.left) > 0
}

// classify recognises one header line (or a line holding several header
// items side by side, as row-by-row OCR of the two columns gives).
func (p *headerParser) classify(l line) bool {
	text := l.text
	if runeLen(text) > 600 {
		return false // no header line is this long
	}
	f := fold(text)
	// Fixed lines may share a physical line with left-column text.
	for _, fx := range []struct {
		pat string
		dst **Field
	}{{foldNational, &p.h.NationalTitle}, {foldMotto, &p.h.Motto}, {foldParty, &p.h.PartyTitle}} {
		if *fx.dst != nil {
			continue
		}
		from, to, conf, ok := fuzzyFind(f, fx.pat)
		if !ok && fx.pat == foldParty {
			// The Party title alone on its line with "ĐẢNG" lost to a
			// speck or the star beside it: no body's name reads so.
			if good, c := similar(f, foldPartyCut); good {
				from, to, conf, ok = 0, len(strings.Fields(f)), c*unmappedScale, true
			}
		}
		if !ok {
			continue
		}
		words := strings.Fields(text)
		fwords := strings.Fields(f)
		if len(words) != len(fwords) {
			// Punctuation-only words ("-") vanish when folded; map back by
			// keeping raw words that have letters.
			words = letterWords(words)
		}
		if len(words) != len(fwords) {
			*fx.dst = field(text, l, conf*unmappedScale)
			p.addBlock(BlockHeader, text, Span{l.n, l.n})
			return true
		}
		before := strings.Join(words[:from], " ")
		after := strings.Join(words[to:], " ")
		*fx.dst = field(rawBetween(text, words, from, to), l, conf)
		p.addBlock(BlockHeader, (*fx.dst).Value, Span{l.n, l.n})
		for _, rest := range []string{before, after} {
			if strings.TrimSpace(rest) == "" {
				continue
			}
			sub := line{n: l.n, text: rest}
			if !p.classify(sub) && isUpperLine(rest) {
				p.left = append(p.left, sub)
			}
		}
		return true
	}
	if p.h.Number == nil {
		if d, n := findNumber(text); d != nil {
			n = spelledUnitTail(text, d, n)
			d.Span = Span{l.n, l.n}
			p.h.Number = d
			p.addBlock(BlockHeader, text[:n], Span{l.n, l.n})
			if tail := trimStrayMarks(text[n:]); tail != "" {
				p.classify(line{n: l.n, text: tail})
			}
			return true
		}
	}
	if m := subjectRe.FindStringIndex(text); m != nil && p.h.Subject == nil {
		p.h.Subject = field(cutSideItem(text[m[1]:]), l, confPattern)
		p.addBlock(BlockHeader, text, Span{l.n, l.n})
		return true
	}
	if p.writtenSubject(l) {
		subject := text
		if m := writtenVvRe.FindStringIndex(text); m != nil {
			subject = text[m[1]:]
		}
		p.h.Subject = field(cutSideItem(subject), l, confPattern)
		p.addBlock(BlockHeader, text, Span{l.n, l.n})
		return true
	}
	if p.h.Date == nil {
		if place, date, df := findPlaceDate(text); df != nil {
			place = trimStrayMarks(place)
			if p.h.Number == nil {
				place = dropUnreadNumber(place)
			}
			// Row-by-row OCR may put the left column's capitals first.
			if left, rest := splitCapitalRun(place); left != "" {
				p.left = append(p.left, line{n: l.n, text: left})
				place = rest
			}
			df.Span = Span{l.n, l.n}
			p.h.Date = df
			p.h.Place = field(place, l, confPattern)
			p.addBlock(BlockHeader, place+", "+date, Span{l.n, l.n})
			return true
		}
	}
	if t, conf, ok := matchDocType(text); ok {
		p.h.DocType = &Field{Value: t, Span: Span{l.n, l.n}, Confidence: conf}
		p.addBlock(BlockTitle, text, Span{l.n, l.n})
		return true
	}
	if t, ok := matchIssuerDocType(text); ok && p.anchored() {
		p.h.DocType = &Field{Value: t, Span: Span{l.n, l.n}, Confidence: confPattern}
		p.addBlock(BlockTitle, text, Span{l.n, l.n})
		return true
	}
	if m, ok := matchMark(text, urgencyMarks); ok && p.h.Urgency == nil {
		p.h.Urgency = field(m, l, confPattern)
		return true
	}
	if m, ok := matchMark(text, secrecyMarks); ok && p.h.Secrecy == nil {
		p.h.Secrecy = field(m, l, confPattern)
		return true
	}
	if f == "DU THAO" && p.h.Draft == nil {
		p.h.Draft = field(text, l, confPattern)
		return true
	}
	return false
}

// dropUnreadNumber cuts from the place the number line no rule could read
// that OCR put on its row ("Số 285-T1CR/HU Hoài Nhơn", the type code
// garbled): from the label to its last word holding a digit or a slash.
// The number is left null, not guessed.
func dropUnreadNumber(place string) string {
	if !numberLineRe.MatchString(place) {
		return place
	}
	words := strings.Fields(place)
	k := -1
	for i, w := range words {
		if strings.ContainsAny(w, "/0123456789") {
			k = i
		}
	}
	if k < 0 || k == len(words)-1 {
		return place
	}
	return strings.Join(words[k+1:], " ")
}

// findPlaceDate reads "place, ngày … tháng … năm …" (ND 30/2020 Phụ lục
// I) and returns the place, the date's text and the date. When OCR lost the
// comma or read it as a period, the place must be words with capitals, and
// the date whole and readable or, when a day or month is not (a pen's
// figures read as marks: "ngày 0? tháng 2# năm 2026"), still framed by its
// printed words "ngày", "tháng" and "năm" and its year, kept without an ISO
// form; so a damaged line does not make up either.
func findPlaceDate(text string) (string, string, *DateField) {
	if m := placeDateRe.FindStringSubmatch(text); m != nil {
		if df, e := findHeaderDate(m[2]); df != nil {
			return m[1], m[2][:e], df
		}
	}
	// "ngày" lost, the rest of the date whole after the place's comma.
	if m := placeNoDayWordRe.FindStringSubmatchIndex(text); m != nil && titleCase(text[m[2]:m[3]]) {
		if df, st, e := findDate("ngày " + dateDigits(text[m[4]:])); df != nil && st == 0 && df.ISO != nil {
			e -= len("ngày ")
			df.Raw = text[m[4] : m[4]+e]
			df.Confidence = confPattern
			return text[m[2]:m[3]], df.Raw, df
		}
	}
	words := strings.Fields(text)
	for k := 1; k < len(words) && k <= 12; k++ {
		if fold(words[k]) != "NGAY" {
			continue
		}
		at := wordOffset(text, words, k)
		df, e := findHeaderDate(text[at:])
		if df == nil || df.ISO == nil && !framedDate(text[at:at+e]) {
			return "", "", nil
		}
		place := strings.TrimRight(strings.TrimSpace(text[:at]), ",.;:")
		if _, rest := splitCapitalRun(place); !titleCase(rest) || len(strings.Fields(rest)) > 6 {
			return "", "", nil
		}
		return place, text[at : at+e], df
	}
	return "", "", nil
}

// framedDate reports whether a date's text keeps the printed words of its
// frame, "ngày … tháng … năm YYYY", with one word or none between each: only
// the figures the hand wrote in the blanks are unread.
func framedDate(s string) bool {
	return framedDateRe.MatchString(fold(s))
}

var framedDateRe = regexp.MustCompile(`^NGAY (?:\S+ )?THANG (?:\S+ )?NAM (?:19|20)\d\d$`)

// wordOffset returns the byte offset of words[k] (strings.Fields of text).
func wordOffset(text string, words []string, k int) int {
	at := 0
	for i := 0; i <= k; i++ {
		at += strings.Index(text[at:], words[i])
		if i < k {
			at += len(words[i])
		}
	}
	return at
}

// titleCase reports whether every word of s begins with a capital letter.
func titleCase(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !firstLetterUpper(w) {
			return false
		}
	}
	return len(words) > 0
}

// findNumber reads the number and symbol at the start of a line ("Số:
// 12/QĐ-UBND", Party "Số 344-KH/TU") and returns it with where it ends. A
// number part OCR has damaged ("Số: 2#5/TB-ĐHĐL", "Số" and number run
// together) keeps the symbol and leaves the number empty. A Party
// number's dash read as another mark ("1439 _BC/HU", "2069 .KL/TU") is
// read as the dash; a "Số" OCR misread beyond NumberLabel ("sẽ 2069-KL/TU")
// is taken only before a whole number with a known type code.
func findNumber(text string) (*DocNumber, int) {
	off := 0
	if m := numberLineRe.FindStringIndex(text); m != nil {
		off = m[1]
		if d, n := parseRepairedCode(text[off:]); d != nil {
			return d, off + n
		}
		if d, n := parseSeparatedCode(text[off:]); d != nil {
			return d, off + n
		}
	} else if m := misreadLabelRe.FindStringIndex(text); m != nil {
		if d, n := parseSeparatedCode(text[m[1]:]); d != nil && d.TypeCode != "" && d.Confidence >= confPattern && allDigits(d.Number) {
			return d, m[1] + n
		}
	}
	parse := parseDamagedCode
	if off > 0 {
		parse = labelledDamagedCode
	}
	if d, n := parse(text[off:]); d != nil {
		return d, off + n
	}
	return nil, 0
}

var (
	// misreadLabelRe is a short word opening with the s of "Số" that
	// NumberLabel does not take ("sẽ", "S5"), the S read as the section
	// sign its shape resembles ("§6").
	misreadLabelRe = regexp.MustCompile(`^[sS5§][\p{L}06]{0,2}\s*[:.,]?\s+`)
	// partyMarkRe is the dash of a Party number ("1439-BC/HU") as OCR
	// misreads it: an underscore, a long dash, a tilde, or a dot or comma
	// after a space.
	partyMarkRe = regexp.MustCompile(`^\d{1,5}(\s?[_—~]\s?|\s[.,]\s?)\p{Lu}\p{L}{0,4}\s?/`)
)

// slashLostRe is a Party number whose slash OCR lost ("71-CTrUBKTHU"),
// told from a longer code only where the type code ends in a small letter
// (CTr, TTr, QĐi) and the issuer's capitals follow it: the small letter
// marks where the slash stood.
var slashLostRe = regexp.MustCompile(`^(\d{1,5}\s?-\s?(?:` + smallEndCodes() + `))(\p{Lu}[\p{Lu}\p{N}]+)\b`)

// smallEndCodes is the alternation of the known type codes that end in a
// small letter.
func smallEndCodes() string {
	var out []string
	for k := range typeCodes {
		if r, _ := utf8.DecodeLastRuneInString(k); unicode.IsLower(r) {
			out = append(out, regexp.QuoteMeta(k))
		}
	}
	slices.Sort(out)
	return strings.Join(out, "|")
}

// parseSeparatedCode is parseCode, and else the Party number whose dash OCR
// misread, read with its dash when its type code is known, or whose slash
// it lost after a type code ending in a small letter.
func parseSeparatedCode(s string) (*DocNumber, int) {
	if d, n := parseCode(s); d != nil {
		return d, n
	}
	if loc := slashLostRe.FindStringSubmatchIndex(s); loc != nil {
		if d, n := parseCode(s[:loc[3]] + "/" + s[loc[4]:]); d != nil && n > loc[3] {
			d.Confidence = min(d.Confidence, confInferred)
			return d, n - 1
		}
	}
	loc := partyMarkRe.FindStringSubmatchIndex(s)
	if loc == nil {
		return nil, 0
	}
	a, b := loc[2], loc[3]
	d, n := parseCode(s[:a] + "-" + s[b:])
	if d == nil || d.Confidence < confPattern || n <= a {
		return nil, 0
	}
	return d, n - 1 + (b - a)
}

// letterWords keeps the words that fold to something.
func letterWords(words []string) []string {
	out := words[:0:0]
	for _, w := range words {
		if fold(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// rawBetween returns the raw text from word from to word to (exclusive),
// keeping the punctuation between them.
func rawBetween(text string, words []string, from, to int) string {
	start := 0
	for i := 0; i < from; i++ {
		start = strings.Index(text[start:], words[i]) + start + len(words[i])
	}
	s := strings.Index(text[start:], words[from]) + start
	end := s
	for i := from; i < to; i++ {
		end = strings.Index(text[end:], words[i]) + end + len(words[i])
	}
	return text[s:end]
}

// splitCapitalRun splits "ỦY BAN NHÂN DÂN Tuyên Quang" into its leading run
// of two or more words in capitals and the rest.
func splitCapitalRun(s string) (string, string) {
	words := strings.Fields(s)
	k := 0
	for k < len(words) && isUpperLine(words[k]) {
		k++
	}
	if k < 2 || k == len(words) {
		return "", s
	}
	return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
}

// readTitle reads the title (trích yếu) after the type line, then an
// optional enacting-authority line, and returns where the header ends.
func (p *headerParser) readTitle(i int) int {
	var parts []string
	var sp Span
	upperTitle := false
	j := i
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() {
			if len(parts) == 0 {
				continue
			}
			k := nextNonBlank(p.lines, j)
			if k < 0 {
				break
			}
			prev := parts[len(parts)-1]
			if endsSentence(prev) || (quotesBalanced(strings.Join(parts, " ")) && endsWithQuote(prev)) {
				break
			}
			if upperTitle && !isUpperLine(p.lines[k].text) {
				break
			}
			continue
		}
		t := l.text
		if len(parts) == 0 && isClosingNoise(t) && !isMarkerText(t) {
			// A stamp read between the type line and the title.
			p.skipped = append(p.skipped, l.n)
			continue
		}
		opener := isPreambleOpener(t) || isPreambleOpener(trimStray(t))
		if opener && len(parts) == 0 && openerTitle(p.lines, j) {
			opener = false
		}
		if opener || isMarkerText(t) || isEnactmentLine(t) || kinhGuiRe.MatchString(t) ||
			(len(parts) > 0 && isAuthorityLine(t)) || runeLen(strings.Join(parts, " ")) > 600 {
			break
		}
		if len(parts) > 0 && upperTitle && !isUpperLine(t) && !startsLower(t) {
			break
		}
		if len(parts) > 0 && !upperTitle && opensParagraph(p.lines, j) {
			break
		}
		if len(parts) == 0 {
			sp.Start = l.n
			upperTitle = isUpperLine(t)
		}
		parts = append(parts, t)
		sp.End = l.n
	}
	if len(parts) > 0 {
		title := joinWrapped(parts)
		p.h.Title = &Field{Value: title, Span: sp, Confidence: confPlace}
		p.addBlock(BlockTitle, title, sp)
	}
	// The enacting authority follows the title of legal texts.
	k := nextNonBlankFrom(p.lines, j)
	if k >= 0 && isAuthorityLine(p.lines[k].text) {
		l := p.lines[k]
		p.h.Authority = field(l.text, l, confPlace)
		p.addBlock(BlockHeader, l.text, Span{l.n, l.n})
		j = k + 1
	}
	if k = nextNonBlankFrom(p.lines, j); k >= 0 && kinhGuiRe.MatchString(p.lines[k].text) {
		return p.readRecipients(k)
	}
	return j
}

// titleEndRe is the punctuation a sentence of the body ends on; the
// abstract (trích yếu) ends on none (ND 30/2020 Phụ lục I).
var titleEndRe = regexp.MustCompile(`[.;:]["”)]?\s*$`)

// paragraphLookahead is how many lines of a paragraph are read for its end.
const paragraphLookahead = 6

// sentenceRun reports whether the lines from j, up to a blank line, a
// preamble opener or paragraphLookahead lines, reach a line ending as a
// sentence does.
func sentenceRun(lines []line, j int) bool {
	for k := j; k < len(lines) && k < j+paragraphLookahead; k++ {
		t := lines[k].text
		if lines[k].blank() || k > j && (isPreambleOpener(t) || isMarkerText(t)) {
			return false
		}
		if titleEndRe.MatchString(t) {
			return true
		}
	}
	return false
}

// opensParagraph reports whether line j, below lines of the abstract,
// opens the body instead: a sentence in small letters with a capital
// first ("Các cơ quan, đơn vị …") that runs to a full stop, where the
// abstract, which ends on no stop, has ended.
func opensParagraph(lines []line, j int) bool {
	t := lines[j].text
	return firstLetterUpper(t) && !isUpperLine(t) && sentenceRun(lines, j)
}

// legalBases open the preamble's legal bases, never an abstract.
var legalBases = []string{"CAN CU", "XET ", "THEO DE NGHI", "TRA LOI"}

// openerTitle reports whether line j, the first under the type line, is
// the abstract though it opens with a word a preamble sentence opens with
// ("KẾ HOẠCH" / "Thực hiện Chỉ thị số 05 …"): the abstract's lines, to
// a blank line or a line opening a new sentence, end on no full stop,
// comma or semicolon, where a preamble clause's do; and no legal basis
// opens an abstract.
func openerTitle(lines []line, j int) bool {
	t := trimStray(lines[j].text)
	if hasPrefixAny(fold(t)+" ", legalBases) {
		return false
	}
	for k := j; k < len(lines) && k < j+paragraphLookahead; k++ {
		u := strings.TrimSpace(lines[k].text)
		if lines[k].blank() || k > j && (isPreambleOpener(u) || isMarkerText(u) || firstLetterUpper(u) && !isUpperLine(u)) {
			return true
		}
		if titleEndRe.MatchString(u) || strings.HasSuffix(u, ",") {
			return false
		}
	}
	return true
}

// readRecipients reads "Kính gửi: …" with its dash list and returns the
// index after it.
func (p *headerParser) readRecipients(i int) int {
	l := p.lines[i]
	m := kinhGuiRe.FindStringIndex(l.text)
	sp := Span{l.n, l.n}
	add := func(text string, n int) {
		for _, item := range splitItems(text) {
			p.h.Recipients = append(p.h.Recipients, Field{Value: item, Span: Span{n, n}, Confidence: confPlace})
		}
	}
	add(l.text[m[1]:], l.n)
	j := i + 1
	for ; j < len(p.lines); j++ {
		t := p.lines[j].text
		if t == "" {
			if len(p.h.Recipients) > 0 {
				break
			}
			continue
		}
		if !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "+") && !strings.HasPrefix(t, "•") {
			break
		}
		add(t, p.lines[j].n)
		sp.End = p.lines[j].n
	}
	p.addBlock(BlockHeader, joinLines(p.lines, i, j), sp)
	return j
}

// itemDashRe is the dash that opens each item of a list run on one line.
var itemDashRe = regexp.MustCompile(`(?:^|[;,.]\s+)[-–•+]\s*`)

// splitItems cuts a recipient list written on one line ("- A; - B; - C")
// into items without their dashes and trailing punctuation.
func splitItems(text string) []string {
	var out []string
	for _, part := range itemDashRe.Split(" "+strings.TrimSpace(text), -1) {
		part = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(part), "-–•+"))
		part = strings.TrimRight(part, ";,. ")
		if part != "" {
			out = append(out, strings.TrimSpace(part))
		}
	}
	return out
}

func joinLines(lines []line, from, to int) string {
	var parts []string
	for k := from; k < to && k < len(lines); k++ {
		if lines[k].text != "" {
			parts = append(parts, lines[k].text)
		}
	}
	return strings.Join(parts, "\n")
}

func nextNonBlank(lines []line, i int) int { return nextNonBlankFrom(lines, i+1) }

func nextNonBlankFrom(lines []line, i int) int {
	for k := i; k < len(lines); k++ {
		if !lines[k].blank() {
			return k
		}
	}
	return -1
}

// assignBodies turns the left column's capital lines into the parent and the
// issuing body (ND 30/2020 Điều 9; HD 36 mục 2.1).
func (p *headerParser) assignBodies() {
	var names []line
	for _, l := range p.left {
		f := fold(l.text)
		if len(names) > 0 {
			prev := fold(names[len(names)-1].text)
			if hasPrefixAny(f+" ", adminUnitStarts) || incompleteBody(prev) && !hasPrefixAny(f, secondBodyStarts) || wrappedName(names[len(names)-1].text, f) {
				names[len(names)-1].text += " " + l.text
				continue
			}
		}
		names = append(names, l)
	}
	if len(names) == 1 {
		if a, b, ok := splitMergedBodies(names[0].text); ok {
			names = []line{{n: names[0].n, text: a}, {n: names[0].n, text: b}}
		}
	}
	conf := confPlace
	switch len(names) {
	case 0:
		return
	case 1:
		p.h.IssuingBody = field(names[0].text, names[0], conf)
	default:
		p.h.ParentBody = field(names[0].text, names[0], conf)
		last := names[len(names)-1]
		p.h.IssuingBody = field(last.text, last, conf)
		if len(names) > 2 {
			p.h.IssuingBody.Confidence = confDoubtful
		}
	}
	spanFrom := func(f *Field, name line) {
		for _, l := range p.left {
			if strings.Contains(name.text, l.text) && l.n > f.Span.End {
				f.Span.End = l.n
			}
		}
	}
	if p.h.ParentBody != nil {
		spanFrom(p.h.ParentBody, names[0])
	}
	spanFrom(p.h.IssuingBody, names[len(names)-1])
}

// incompleteBody reports whether the folded body name prev needs the next
// line to name a body: a name of incompleteBodies ("ỦY BAN NHÂN DÂN",
// "UBND") alone, or with the unit's generic word alone ("UBND HUYỆN"), its
// unit's name on the next line. "UBND TỈNH ĐỒNG NAI" names its unit and is
// whole, and the line under it is a body of its own.
func incompleteBody(prev string) bool {
	for _, b := range incompleteBodies {
		rest, ok := strings.CutPrefix(prev, b)
		if !ok || rest != "" && rest[0] != ' ' {
			continue
		}
		rest = strings.TrimSpace(rest)
		return rest == "" || slices.Contains(adminUnitStarts, rest+" ")
	}
	return false
}

// wrappedName reports whether the folded line cur continues the body name
// on the line prev (as read): a name too long for the column is broken
// before its "VÀ" or after a comma ("SỞ KHOA HỌC" / "VÀ CÔNG NGHỆ"), and
// no body's own name begins with "VÀ" or follows a comma.
func wrappedName(prev, cur string) bool {
	p := fold(prev)
	return strings.HasPrefix(cur, "VA ") || strings.HasSuffix(strings.TrimSpace(prev), ",") || strings.HasSuffix(p, " VA")
}

// splitMergedBodies splits one line holding a parent and a subordinate body.
func splitMergedBodies(s string) (string, string, bool) {
	words := strings.Fields(s)
	for k := 2; k < len(words); k++ {
		rest := fold(strings.Join(words[k:], " ")) + " "
		prev := fold(words[k-1])
		for _, st := range secondBodyStarts {
			if strings.HasPrefix(rest, st+" ") && len(words)-k >= 2 && prev != "UY" && prev != "NHA" && !(st == "SO" && prev == "CO") {
				return strings.Join(words[:k], " "), strings.Join(words[k:], " "), true
			}
		}
	}
	return "", "", false
}
