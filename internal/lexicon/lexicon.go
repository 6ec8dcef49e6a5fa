package lexicon

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// Lexicon is a loaded syllable inventory and word list, as Build writes
// them. It is read-only after loading and safe for concurrent use.
type Lexicon struct {
	text  []string // syllables by id, most frequent first
	count []uint32
	flags []uint8
	ids   map[string]int32

	words      map[string]Word
	adminTerms []string
}

// Word is an entry of the word list.
type Word struct {
	Text   string  // lowercase syllables separated by spaces, old-style tone
	Count  uint32  // occurrences in the corpus (0 for terms only the project lists)
	PMI    float64 // least pointwise mutual information over its splits, bits
	Source string  // "corpus", "admin" or "corpus+admin"
}

// Load builds a Lexicon from the texts of syllables.tsv, words.tsv and
// admin_terms.txt as Build writes them.
func Load(syllablesTSV, wordsTSV, adminTerms string) (*Lexicon, error) {
	l := &Lexicon{ids: make(map[string]int32, 9000)}
	err := eachRecord(syllablesTSV, SyllablesFile, 3, func(lineNo int, f []string) error {
		n, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil {
			return fmt.Errorf("lexicon: %s line %d: count: %w", SyllablesFile, lineNo, err)
		}
		var flags uint8
		for _, c := range f[2] {
			switch c {
			case 'c':
				flags |= flagCorpus
			case 'h':
				flags |= flagHunspell
			case 'L':
				flags |= flagLoan
			default:
				return fmt.Errorf("lexicon: %s line %d: unknown source flag %q", SyllablesFile, lineNo, c)
			}
		}
		if _, dup := l.ids[f[0]]; dup {
			return fmt.Errorf("lexicon: %s line %d: duplicate syllable %q", SyllablesFile, lineNo, f[0])
		}
		l.ids[f[0]] = int32(len(l.text))
		l.text = append(l.text, f[0])
		l.count = append(l.count, uint32(n))
		l.flags = append(l.flags, flags)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(l.text) == 0 {
		return nil, fmt.Errorf("lexicon: %s is empty", SyllablesFile)
	}
	if err := l.loadWords(wordsTSV); err != nil {
		return nil, err
	}
	l.adminTerms = ParseAdminTerms(adminTerms)
	return l, nil
}

func (l *Lexicon) loadWords(wordsTSV string) error {
	l.words = make(map[string]Word, 40000)
	return eachRecord(wordsTSV, WordsFile, 4, func(lineNo int, f []string) error {
		n, err := strconv.ParseUint(f[1], 10, 32)
		if err != nil {
			return fmt.Errorf("lexicon: %s line %d: count: %w", WordsFile, lineNo, err)
		}
		pmi, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return fmt.Errorf("lexicon: %s line %d: pmi: %w", WordsFile, lineNo, err)
		}
		l.words[f[0]] = Word{Text: f[0], Count: uint32(n), PMI: pmi, Source: f[3]}
		return nil
	})
}

// eachRecord calls fn with the tab-separated fields of every line of text
// that is neither blank nor a # comment, checking that each has the given
// number of fields; file names the data in errors.
func eachRecord(text, file string, fields int, fn func(lineNo int, f []string) error) error {
	lineNo := 0
	for line := range strings.Lines(text) {
		lineNo++
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("lexicon: %s line %d: want %d tab-separated fields", file, lineNo, fields)
		}
		if err := fn(lineNo, f); err != nil {
			return err
		}
	}
	return nil
}

// Len returns the number of syllables in the inventory.
func (l *Lexicon) Len() int { return len(l.text) }

// Syllable returns the syllable with id i (0 ≤ i < Len), most frequent first.
func (l *Lexicon) Syllable(i int) string { return l.text[i] }

// lookup finds a syllable given in any case, NFC, either tone style.
func (l *Lexicon) lookup(s string) (int32, bool) {
	if id, ok := l.ids[s]; ok { // already lowercase, old style
		return id, true
	}
	var buf [64]byte
	low := viet.AppendLower(buf[:0], s)
	if id, ok := l.ids[string(low)]; ok {
		return id, true
	}
	syl, ok := viet.Parse(string(low))
	if !ok || syl.Placement() != viet.StyleNew {
		return 0, false
	}
	var obuf [64]byte
	id, ok := l.ids[string(syl.AppendTo(obuf[:0], viet.StyleOld))]
	return id, ok
}

// Contains reports whether s (any case, either tone style) is in the inventory.
func (l *Lexicon) Contains(s string) bool {
	_, ok := l.lookup(s)
	return ok
}

// Count returns the corpus count of s, 0 if s is unknown or only hunspell-vi
// lists it.
func (l *Lexicon) Count(s string) uint32 {
	if id, ok := l.lookup(s); ok {
		return l.count[id]
	}
	return 0
}

// IsLoan reports whether s is a loanword syllable: attested often in the
// corpus but outside Vietnamese phonotactics (buýt, chip, kông).
func (l *Lexicon) IsLoan(s string) bool {
	id, ok := l.lookup(s)
	return ok && l.flags[id]&flagLoan != 0
}

// Word returns the word-list entry of phrase (any case, either tone style,
// syllables separated by spaces).
func (l *Lexicon) Word(phrase string) (Word, bool) {
	if w, ok := l.words[phrase]; ok {
		return w, true
	}
	w, ok := l.words[wordKey(phrase)]
	return w, ok
}

// IsWord reports whether phrase is in the word list.
func (l *Lexicon) IsWord(phrase string) bool {
	_, ok := l.Word(phrase)
	return ok
}

// Words returns the number of entries in the word list.
func (l *Lexicon) Words() int { return len(l.words) }

// AdminTerms returns the administrative terms in their printed case. The
// slice is shared: do not modify it.
func (l *Lexicon) AdminTerms() []string { return l.adminTerms }
