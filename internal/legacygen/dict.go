package legacygen

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Dict is a dictionary an OCR engine's language model holds: an engine with
// an English model reads a Vietnamese word whose marks it cannot place as
// the English word nearest to the letters it saw ("teen" for trên, "then"
// for thồ). The words are in small letters.
type Dict map[string]bool

// LoadDict reads a word list, one word a line (Tesseract's: dawg2wordlist
// of eng.traineddata's word dawg). Words with other than ASCII letters, or
// of one letter, are left out.
func LoadDict(path string) (Dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("word list: %w", err)
	}
	defer f.Close()
	d := Dict{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if len(w) < 2 || strings.IndexFunc(w, func(c rune) bool { return c > unicode.MaxASCII || !unicode.IsLetter(c) }) >= 0 {
			continue
		}
		d[strings.ToLower(w)] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("word list %s: %w", path, err)
	}
	return d, nil
}

// near returns a word of d one edit (a letter changed, lost or added) from
// w, keeping w's first letter and its case, chosen by rng; false when w
// has no such neighbour or holds more than ASCII letters. w itself is no
// answer: an engine that read a word of its dictionary keeps it.
func (d Dict) near(w string, rng *rand.Rand) (string, bool) {
	if len(w) < 2 || strings.IndexFunc(w, func(c rune) bool { return c > unicode.MaxASCII || !unicode.IsLetter(c) }) >= 0 {
		return "", false
	}
	low := strings.ToLower(w)
	var found []string
	add := func(v string) {
		if v != low && v[0] == low[0] && d[v] {
			found = append(found, v)
		}
	}
	for i := 1; i <= len(low); i++ {
		if i < len(low) {
			add(low[:i] + low[i+1:])
		}
		for c := byte('a'); c <= 'z'; c++ {
			add(low[:i] + string(c) + low[i:])
			if i < len(low) {
				add(low[:i] + string(c) + low[i+1:])
			}
		}
	}
	if len(found) == 0 {
		return "", false
	}
	e := found[rng.IntN(len(found))]
	switch first, _ := utf8.DecodeRuneInString(w); {
	case strings.ToUpper(w) == w:
		return strings.ToUpper(e), true
	case unicode.IsUpper(first):
		return strings.ToUpper(e[:1]) + e[1:], true
	}
	return e, true
}
