package lexicon

// CostModel prices the edits that turn an intended skeleton (lowercase,
// diacritics stripped) into the observed one. Helper packages pass their own,
// learned model; OCRCost is the built-in default. Costs are non-negative;
// 1 is an ordinary edit.
type CostModel interface {
	// Substitute is the cost of reading intended letter want as got.
	Substitute(want, got rune) float64
	// Insert is the cost of a stray observed letter got.
	Insert(got rune) float64
	// Delete is the cost of losing intended letter want.
	Delete(want rune) float64
	// Transpose is the cost of reading the adjacent letters ab as ba.
	Transpose(a, b rune) float64
}

// PairCostModel is an optional extension of CostModel for OCR's two-for-one
// confusions: one intended letter read as two ("u" as "ir" or "ii", "d" as
// "cl", "m" as "rn"). Near asks it when the cost model implements it.
type PairCostModel interface {
	// SubstitutePair is the cost of reading intended letter want as the two
	// letters got0 got1, and false when that confusion is not modelled.
	SubstitutePair(want, got0, got1 rune) (float64, bool)
}

// OCRCost is a hand-set cost model of the confusions OCR makes on
// Vietnamese skeletons: look-alike glyphs (l/i/1/j, o/0/a, c/e, u/v/y, n/h/r,
// s/5, g/q) cost 0.5, a lost vowel 0.6 (vowels carrying diacritics are what
// OCR drops: "Huyn" for huyện), stray punctuation-like marks 0.3, everything
// else 1.
type OCRCost struct{}

// lookAlike marks the ASCII letter pairs OCR confuses.
var lookAlike [128][128]bool

func init() {
	for _, p := range []string{"li", "l1", "i1", "ij", "lt", "il", "o0", "oa", "ae", "ce", "eo", "uv", "uy", "vy",
		"nh", "nr", "nu", "s5", "gq", "dc", "tf", "b6", "b8", "e8", "mn", "ao", "ie", "yi", "o6", "e3", "a4", "t7", "g9", "q9", "t1", "i!"} {
		if p[0] < 128 && p[1] < 128 {
			lookAlike[p[0]][p[1]] = true
			lookAlike[p[1]][p[0]] = true
		}
	}
}

func isVowelSkeleton(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func (OCRCost) Substitute(want, got rune) float64 {
	if want == got {
		return 0
	}
	if want < 128 && got < 128 && lookAlike[want][got] {
		return 0.5
	}
	return 1
}

func (OCRCost) Insert(got rune) float64 {
	switch got {
	case '.', '\'', '^', '`', '~', '?', ',', '-', '*', '"':
		return 0.3
	}
	return 1
}

func (OCRCost) Delete(want rune) float64 {
	if isVowelSkeleton(want) {
		return 0.6
	}
	return 1
}

func (OCRCost) Transpose(a, b rune) float64 { return 1 }

// pairReadings lists intended letters and two-letter readings OCR gives them.
var pairReadings = map[[3]rune]bool{}

func init() {
	for _, p := range []string{"uir", "uii", "uli", "uil", "ull", "u11", "dcl", "mrn", "mnn", "min", "wvv", "nri", "hli", "kic", "klc"} {
		r := []rune(p)
		pairReadings[[3]rune{r[0], r[1], r[2]}] = true
	}
}

func (OCRCost) SubstitutePair(want, got0, got1 rune) (float64, bool) {
	if pairReadings[[3]rune{want, got0, got1}] {
		return 0.5, true
	}
	return 0, false
}
