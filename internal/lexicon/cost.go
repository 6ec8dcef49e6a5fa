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
		"nh", "nr", "nu", "s5", "gq", "dc", "tf", "b6", "b8", "e8", "mn", "ao", "ie", "yi"} {
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
