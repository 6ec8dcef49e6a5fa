//go:build ignore

// gen_casing writes casing.tsv: for each syllable whose first letter has a
// capital that is the small letter drawn larger (c o s u v w x z, ô ơ ư and
// their marked forms), how often the corpus writes it small and how often
// capitalised in the middle of a sentence, between two words in small
// letters. Old OCR engines tell those capitals from the small letters by
// size alone and get it wrong on worn pages ("các Cơ quan"); internal/repair
// writes such a word small when the corpus almost never capitalises it there.
//
// Mid-sentence, here: on the same corpus line as a word that ends in a small
// letter (perhaps followed by a comma), with nothing but a comma between
// them; not after . : ; ! ? or at the start of a line, and not in quotes or
// brackets. A capitalised word whose next word is capitalised too is part of
// a name or title ("Sở Tư pháp") and counts for neither column, and so does
// a small word before a capitalised one, so both columns count the same
// context. Rows are kept for syllables seen there at least -min times, and
// for a syllable right after or before a given word seen as often whose
// verdict (capitalised under 1 % of the time or not) differs from the
// syllable's alone: "các Cơ" is rare though "Cơ quan" is not.
// Run by `go generate -tags rebuild ./dictionaries` (build_data.go).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/repair"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

func main() {
	corpus := flag.String("corpus", "../../shared/corpus", "corpus root")
	parts := flag.String("parts", "legal,wiki,debian", "corpus folders read (comma-separated)")
	terms := flag.String("terms", "admin_terms.txt", "administrative terms in their printed case, counted -term-weight times each")
	termWeight := flag.Int("term-weight", 20, "how many corpus uses one term counts for")
	minSeen := flag.Int("min", 50, "keep syllables seen mid-sentence at least this often")
	out := flag.String("out", "casing.tsv", "file to write")
	flag.Parse()
	if err := run(*corpus, strings.Split(*parts, ","), *terms, *termWeight, *minSeen, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen_casing:", err)
		os.Exit(1)
	}
}

// counts of one syllable mid-sentence: written small, capitalised.
type counts struct{ small, capital int }

func run(corpus string, parts []string, terms string, termWeight, minSeen int, out string) error {
	seen := map[string]*counts{}
	// The Party's terms, which the corpus is thin on ("Huyện ủy"), are
	// counted as the language model counts them (SOURCES.md): each term a
	// line, weighing as termWeight uses in the corpus.
	t, err := os.ReadFile(terms)
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(t)) {
		if !strings.HasPrefix(line, "#") {
			countLine(line, termWeight, seen)
		}
	}
	for _, part := range parts {
		var files []string
		err := filepath.WalkDir(filepath.Join(corpus, part), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".txt") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("reading %s: %w", part, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if err := countFile(f, seen); err != nil {
				return err
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("# casing.tsv: syllables whose first letter's capital is the small letter drawn larger, counted mid-sentence\n")
	b.WriteString("# between words in small letters in ../shared/corpus (legal, wiki, debian) by dictionaries/gen_casing.go.\n")
	b.WriteString("# Columns: syllable (lowercase NFC, old-style tone placement), context, times written small, times\n")
	b.WriteString("# capitalised. Context \"-\" is any; \"prev:X\" right after the word X, \"next:X\" right before it. A row\n")
	b.WriteString("# with a context is kept only where it overturns the syllable's verdict (capitalised under 1 % or not).\n")
	keys := make([]string, 0, len(seen))
	for k, c := range seen {
		if c.small+c.capital < minSeen {
			continue
		}
		if syl, ctx, _ := strings.Cut(k, "\t"); ctx != "-" {
			// A syllable in a context is kept only where it overturns
			// the verdict of the syllable alone ("chủ" before "trương"
			// against "chủ", whose capitals are mostly "Chủ tịch").
			if u := seen[syl+"\t-"]; u != nil && u.small+u.capital >= minSeen && repair.RarelyCapital(u.small, u.capital) == repair.RarelyCapital(c.small, c.capital) {
				continue
			}
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", k, seen[k].small, seen[k].capital)
	}
	return atomicfile.WriteFile(out, b.Bytes(), 0o644)
}

// word is one white-space chunk of a line, read for the count.
type word struct {
	unit      string // the syllable's unit, "" when the chunk is no plain word
	firstCap  bool   // a capital first letter, the rest small
	small     bool   // all small letters
	lead      bool   // punctuation before the letters (quotes, brackets)
	ends      bool   // punctuation after the letters that ends a clause (. : ; ! ?)
	comma     bool   // only a comma after the letters
	lastSmall bool   // the letters end in a small letter
}

func countFile(path string, seen map[string]*counts) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		countLine(sc.Text(), 1, seen)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

// countLine counts the words of one line mid-sentence, weight times each.
func countLine(line string, weight int, seen map[string]*counts) {
	var ws []word
	for _, chunk := range strings.Fields(line) {
		ws = append(ws, readWord(chunk))
	}
	for i := 1; i < len(ws); i++ {
		w, p := ws[i], ws[i-1]
		if w.unit == "" || w.lead || !(w.small || w.firstCap) || !lookAlike(w.unit) {
			continue
		}
		if p.unit == "" || p.ends || !p.lastSmall || !(p.small || p.firstCap) {
			continue
		}
		if i+1 < len(ws) && !ws[i+1].lead && ws[i+1].unit != "" && !ws[i+1].small && !w.ends && !w.comma {
			continue // a run of capitalised words, or a small word before a name
		}
		add(seen, w.unit+"\t-", w.firstCap, weight)
		if !p.comma {
			add(seen, w.unit+"\tprev:"+p.unit, w.firstCap, weight)
		}
		if i+1 < len(ws) && ws[i+1].unit != "" && !w.ends && !w.comma {
			add(seen, w.unit+"\tnext:"+ws[i+1].unit, w.firstCap, weight)
		}
	}
}

func add(seen map[string]*counts, key string, capital bool, weight int) {
	c := seen[key]
	if c == nil {
		c = &counts{}
		seen[key] = c
	}
	if capital {
		c.capital += weight
	} else {
		c.small += weight
	}
}

func readWord(chunk string) word {
	var w word
	core := strings.TrimLeftFunc(chunk, func(r rune) bool { return !unicode.IsLetter(r) })
	w.lead = core != chunk
	letters := strings.TrimRightFunc(core, func(r rune) bool { return !unicode.IsLetter(r) })
	tail := core[len(letters):]
	w.ends = strings.ContainsAny(tail, ".:;!?")
	w.comma = tail == ","
	if letters == "" || (tail != "" && !w.ends && !w.comma) {
		return w
	}
	upper, lower := 0, 0
	first := true
	for _, r := range letters {
		if !unicode.IsLetter(r) {
			return w // digits, hyphens, apostrophes: no plain syllable
		}
		if unicode.IsUpper(r) {
			upper++
			if !first {
				return w
			}
		} else {
			lower++
		}
		first = false
	}
	last, _ := utf8.DecodeLastRuneInString(letters)
	w.lastSmall = unicode.IsLower(last)
	w.small = upper == 0
	w.firstCap = upper == 1 && lower > 0
	if utf8.RuneCountInString(letters) < 2 {
		w.unit = viet.Lower(letters)
	} else {
		w.unit = string(token.AppendWordUnit(nil, letters))
	}
	if !viet.Valid(w.unit) {
		w.unit = ""
	}
	return w
}

// lookAlike reports a syllable whose first letter's capital differs from
// the small letter only in size.
func lookAlike(unit string) bool {
	r, _ := utf8.DecodeRuneInString(unit)
	return strings.ContainsRune("cosuvwxz", viet.BaseLetter(r))
}
