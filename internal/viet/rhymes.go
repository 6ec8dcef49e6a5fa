package viet

// rhyme is one written vowel cluster: the letters between the initial
// consonant and a final consonant, split into medial glide, nucleus and
// closing glide (which is the syllable's final). newPos and oldPos index the
// rune of the cluster that carries the tone in each placement style; they
// differ only for oa, oe and uy without a final.
type rhyme struct {
	medial, nucleus, glide string
	newPos, oldPos         int8
}

// rhymeList lists every vowel cluster of standard Vietnamese spelling. The
// medial u after q is not part of the cluster (see Parse), nor is the i of gi.
var rhymeList = []struct {
	cluster string
	r       rhyme
}{
	// single nuclei
	{"a", rhyme{"", "a", "", 0, 0}}, {"ă", rhyme{"", "ă", "", 0, 0}}, {"â", rhyme{"", "â", "", 0, 0}},
	{"e", rhyme{"", "e", "", 0, 0}}, {"ê", rhyme{"", "ê", "", 0, 0}}, {"i", rhyme{"", "i", "", 0, 0}},
	{"o", rhyme{"", "o", "", 0, 0}}, {"ô", rhyme{"", "ô", "", 0, 0}}, {"ơ", rhyme{"", "ơ", "", 0, 0}},
	{"u", rhyme{"", "u", "", 0, 0}}, {"ư", rhyme{"", "ư", "", 0, 0}}, {"y", rhyme{"", "y", "", 0, 0}},
	// diphthong nuclei
	{"ia", rhyme{"", "ia", "", 0, 0}}, {"iê", rhyme{"", "iê", "", 1, 1}}, {"yê", rhyme{"", "yê", "", 1, 1}},
	{"ua", rhyme{"", "ua", "", 0, 0}}, {"uô", rhyme{"", "uô", "", 1, 1}},
	{"ưa", rhyme{"", "ưa", "", 0, 0}}, {"ươ", rhyme{"", "ươ", "", 1, 1}},
	{"oo", rhyme{"", "oo", "", 1, 1}}, // boong, xoong
	// nucleus + closing glide
	{"ai", rhyme{"", "a", "i", 0, 0}}, {"ao", rhyme{"", "a", "o", 0, 0}}, {"au", rhyme{"", "a", "u", 0, 0}},
	{"ay", rhyme{"", "a", "y", 0, 0}}, {"âu", rhyme{"", "â", "u", 0, 0}}, {"ây", rhyme{"", "â", "y", 0, 0}},
	{"eo", rhyme{"", "e", "o", 0, 0}}, {"êu", rhyme{"", "ê", "u", 0, 0}}, {"iu", rhyme{"", "i", "u", 0, 0}},
	{"oi", rhyme{"", "o", "i", 0, 0}}, {"ôi", rhyme{"", "ô", "i", 0, 0}}, {"ơi", rhyme{"", "ơ", "i", 0, 0}},
	{"ui", rhyme{"", "u", "i", 0, 0}}, {"ưi", rhyme{"", "ư", "i", 0, 0}}, {"ưu", rhyme{"", "ư", "u", 0, 0}},
	{"iêu", rhyme{"", "iê", "u", 1, 1}}, {"yêu", rhyme{"", "yê", "u", 1, 1}}, {"uôi", rhyme{"", "uô", "i", 1, 1}},
	{"ươi", rhyme{"", "ươ", "i", 1, 1}}, {"ươu", rhyme{"", "ươ", "u", 1, 1}},
	// medial o
	{"oa", rhyme{"o", "a", "", 1, 0}}, {"oă", rhyme{"o", "ă", "", 1, 1}}, {"oe", rhyme{"o", "e", "", 1, 0}},
	{"oai", rhyme{"o", "a", "i", 1, 1}}, {"oay", rhyme{"o", "a", "y", 1, 1}}, {"oao", rhyme{"o", "a", "o", 1, 1}},
	{"oeo", rhyme{"o", "e", "o", 1, 1}},
	// medial u
	{"uâ", rhyme{"u", "â", "", 1, 1}}, {"uê", rhyme{"u", "ê", "", 1, 1}}, {"uy", rhyme{"u", "y", "", 1, 0}},
	{"uơ", rhyme{"u", "ơ", "", 1, 1}}, {"uya", rhyme{"u", "ya", "", 1, 1}}, {"uyê", rhyme{"u", "yê", "", 2, 2}},
	{"uây", rhyme{"u", "â", "y", 1, 1}}, {"uyu", rhyme{"u", "y", "u", 1, 1}},
}

// rhymeByCode finds a cluster by its code (see clusterCode): index+1 into
// rhymeList, 0 for none. An array, so Parse looks clusters up without
// hashing.
var rhymeByCode [1 << 12]uint8

func init() {
	for i, e := range rhymeList {
		var rs []rune
		for _, r := range e.cluster {
			rs = append(rs, r)
		}
		code, ok := clusterCode(rs)
		if !ok || rhymeByCode[code] != 0 {
			panic("viet: bad rhyme table entry " + e.cluster)
		}
		rhymeByCode[code] = uint8(i + 1)
	}
}

// clusterCode packs up to three vowel letters into 12 bits, four per vowel
// (its index in vowelBases plus one).
func clusterCode(vowels []rune) (int, bool) {
	if len(vowels) == 0 || len(vowels) > 3 {
		return 0, false
	}
	code := 0
	for _, v := range vowels {
		if !isVowel(v) {
			return 0, false
		}
		code = code<<4 | int(vowelIndex[v]+1)
	}
	return code, true
}

// lookupRhyme returns the rhyme of the vowel letters of a cluster.
func lookupRhyme(vowels []rune) (rhyme, bool) {
	code, ok := clusterCode(vowels)
	if !ok || rhymeByCode[code] == 0 {
		return rhyme{}, false
	}
	return rhymeList[rhymeByCode[code]-1].r, true
}

// finalConsonants lists the consonants a syllable may end in, longest first.
var finalConsonants = [...]string{"ch", "ng", "nh", "c", "m", "n", "p", "t"}
