package legacygen

import (
	"hash/fnv"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Rates are the probabilities of each kind of damage. A document's engine
// is one set of rates: Draw picks one per document, from the range the real
// layers show (the epu layer loses nearly every mark, the sample about two
// in three).
type Rates struct {
	Marked      float64 // a marked vowel is damaged at all
	Placeholder float64 // a damaged marked vowel becomes a symbol
	Shape       float64 // … a digit or capital of like shape
	MarkAfter   float64 // … its base letter and a symbol for the mark
	Swallow     float64 // a placeholder also eats the consonant after it
	Letter      float64 // an unmarked letter read as another shape
	Lost        float64 // a word loses one letter
	Glue        float64 // a space between two words is lost
	GluePunct   float64 // … after punctuation or a digit
	SpaceMark   float64 // a space between a word and a number read as a comma or dot
	Snap        float64 // a damaged word snapped to a dictionary word one edit away
	// English is the dictionary an engine with an English model snaps a
	// word it cannot read to ("teen" for trên); nil: it snaps to none.
	English Dict
}

// Draw returns the rates of one engine, chosen by rng.
func Draw(rng *rand.Rand) Rates {
	u := func(lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }
	return Rates{
		Marked:      u(0.55, 0.95),
		Placeholder: u(0.1, 0.3),
		Shape:       u(0.05, 0.2),
		MarkAfter:   u(0, 0.08),
		Swallow:     u(0.1, 0.3),
		Letter:      u(0.005, 0.03),
		Lost:        u(0.01, 0.06),
		Glue:        u(0.003, 0.015),
		GluePunct:   u(0.05, 0.2),
		SpaceMark:   u(0, 0.1),
		Snap:        u(0, 0.3),
	}
}

// placeholders are the symbols old engines put for a letter whose marks
// they could not read.
const placeholders = "~`'^\".,?"

// shapes are the digits, capitals and letter pairs a marked vowel is read
// as, by its base letter (without tone): what the glyph looks like once its
// marks blur into it. A capital stands inside small letters too ("mOt"),
// as a scanner's engine writes it; two letters are the vowel's bowl or
// stems apart from a mark read as a letter ("ci" for á, "ti" for ú, "er"
// and "or" for ơ, its horn an r).
var shapes = map[rune][]string{
	'a': {"A", "d", "4", "ci"},
	'ă': {"A", "d", "ii"},
	'â': {"A", "fi", "i"},
	'e': {"8", "E"},
	'ê': {"8", "E", "c"},
	'i': {"1", "I", "l"},
	'o': {"6", "0", "Q", "O"},
	'ô': {"6", "Q", "9", "0", "O"},
	'ơ': {"&", "O", "ci", "cl", "or", "er"},
	'u': {"U", "ü", "ii", "ti"},
	'ư': {"ir", "U", "v", "ti"},
	'y': {"Y", "v"},
}

// markSymbols are what an engine writes after a base letter for the mark it
// saw but could not place ("ve^" for về).
const markSymbols = "^'`~"

// letterShapes are unmarked letters read as other glyphs.
var letterShapes = map[rune][]string{
	'm': {"rn"},
	'l': {"I", "1"},
	'h': {"li", "b"},
	'n': {"ri", "u"},
	'c': {"e", "("},
	't': {"l", "f"},
	'g': {"q"},
}

// Text returns text damaged as one legacy engine, chosen by seed and name
// (a document's name, so each document of a run gets its own engine), reads
// it. Lines are kept.
func Text(text string, seed uint64, name string) string {
	return TextWith(text, seed, name, nil)
}

// TextWith is Text by an engine that snaps words it cannot read to the
// words of english (nil: none).
func TextWith(text string, seed uint64, name string, english Dict) string {
	h := fnv.New64a()
	h.Write([]byte(name))
	rng := rand.New(rand.NewPCG(seed, h.Sum64()))
	r := Draw(rng)
	r.English = english
	return Damage(text, r, rng)
}

// Damage returns text read by an engine of rates, drawing from rng.
func Damage(text string, r Rates, rng *rand.Rand) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	lines := strings.SplitAfter(text, "\n")
	for _, line := range lines {
		fields := strings.Split(line, " ")
		for i, f := range fields {
			if i > 0 {
				prev := fields[i-1]
				last, _ := utf8.DecodeLastRuneInString(prev)
				p := r.Glue
				if unicode.IsPunct(last) || unicode.IsDigit(last) {
					p = r.GluePunct
				}
				switch {
				case prev != "" && f != "" && rng.Float64() < p:
				case unicode.IsLetter(last) && startsWithDigit(f) && rng.Float64() < r.SpaceMark:
					// "ngay,15": a speck in the gap before a number read
					// as a comma or a dot, the space lost with it.
					b.WriteByte(",."[rng.IntN(2)])
				default:
					b.WriteByte(' ')
				}
			}
			b.WriteString(damageToken(f, r, rng))
		}
	}
	return b.String()
}

// startsWithDigit reports whether s starts with an ASCII digit.
func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// damageToken damages the words (runs of letters) of one space-free token;
// digits and punctuation around them stay.
func damageToken(tok string, r Rates, rng *rand.Rand) string {
	var b strings.Builder
	start := -1
	for i, c := range tok {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			b.WriteString(damageWord(tok[start:i], r, rng))
			start = -1
		}
		b.WriteRune(c)
	}
	if start >= 0 {
		b.WriteString(damageWord(tok[start:], r, rng))
	}
	return b.String()
}

// damageWord damages one word, letter by letter, and may snap what it
// made to a dictionary word.
func damageWord(w string, r Rates, rng *rand.Rand) string {
	d := damageLetters(w, r, rng)
	if len(r.English) > 0 && d != w && rng.Float64() < r.Snap {
		if e, ok := r.English.near(d, rng); ok {
			return e
		}
	}
	return d
}

// damageLetters damages one word, letter by letter.
func damageLetters(w string, r Rates, rng *rand.Rand) string {
	rs := []rune(w)
	lost := -1
	if len(rs) > 2 && rng.Float64() < r.Lost {
		lost = 1 + rng.IntN(len(rs)-1)
	}
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if i == lost {
			continue
		}
		low := unicode.ToLower(c)
		upper := c != low
		base, _, ok := viet.SplitLetter(low)
		switch {
		case !ok:
			b.WriteRune(c)
		case base == 'đ' && rng.Float64() < r.Marked:
			b.WriteString(dbar(upper, rng))
		case base == 'ư' && i > 1 && rs[i-1] == 'r' && rs[i-2] == 't' && lost < i-2 && rng.Float64() < r.Marked/3:
			// "tnr" for trư: the r and the horn of ư read as "nr".
			s := b.String()
			b.Reset()
			b.WriteString(s[:len(s)-1])
			b.WriteString("nr")
		case viet.Marked(low) && rng.Float64() < r.Marked:
			s, swallow := markedVowel(c, base, r, rng)
			b.WriteString(s)
			if swallow && i+1 < len(rs) && !viet.IsVowel(unicode.ToLower(rs[i+1])) {
				i++
			}
		case !viet.Marked(low) && rng.Float64() < r.Letter:
			if alts := letterShapes[low]; len(alts) > 0 {
				b.WriteString(alts[rng.IntN(len(alts))])
			} else {
				b.WriteRune(c)
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// dbar is how đ (Đ when upper) is read.
func dbar(upper bool, rng *rand.Rand) string {
	x := rng.Float64()
	switch {
	case upper && x < 0.4:
		return "B"
	case upper:
		return "D"
	case x < 0.95:
		return "d"
	}
	return "cl"
}

// markedVowel is how a damaged marked letter c (base without tone) is read,
// and whether a placeholder for it also took the consonant after it.
func markedVowel(c, base rune, r Rates, rng *rand.Rand) (string, bool) {
	upper := unicode.IsUpper(c)
	plain := viet.StripDiacritics(string(c))
	x := rng.Float64()
	switch {
	case x < r.Placeholder:
		p := placeholders[rng.IntN(len(placeholders))]
		return string(p), rng.Float64() < r.Swallow
	case x < r.Placeholder+r.Shape:
		if alts := shapes[base]; len(alts) > 0 {
			return alts[rng.IntN(len(alts))], false
		}
	case x < r.Placeholder+r.Shape+r.MarkAfter:
		return plain + string(markSymbols[rng.IntN(len(markSymbols))]), false
	case base != viet.BaseLetter(base) && rng.Float64() < 0.25:
		// The tone lost, the hat, breve or horn kept.
		if upper {
			return string(unicode.ToUpper(base)), false
		}
		return string(base), false
	}
	return plain, false
}
