package errmodel

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Channel is one OCR error model: for each intended lowercase letter, the
// strings an OCR engine writes for it, with their natural-log probabilities
// (ư → "ư", "u", "ir", "i.r"; ơ → "&"; đ → "d", "cl"; ê → "" when a vowel is
// lost). Several channels are kept because OCR damage comes in kinds that
// differ sharply: near-correct (Tesseract vie), stripped (eng), glyph-level
// legacy damage (fra, deu, por, script/Latin and old text layers).
type Channel struct {
	Name string
	// emit[intended] lists what the letter becomes, most likely first.
	emit map[rune][]Emission
	// groups is what the search reads: the same emissions grouped by
	// observed string (indexed by its first rune, longest string first),
	// each group's sorted by intended letter so it can be merged with a
	// trie node's sorted edges; deleteLogP[r] is the log-probability that
	// intended r left no trace (0: never). Both are slices over the runes
	// below lowRunes (Latin, combining marks, the Vietnamese block), with
	// maps above: a map lookup at every step cost more than the step.
	groups        [][]ObservedGroup
	highGroups    map[rune][]ObservedGroup
	deleteLogP    []float32
	highDeleteLog map[rune]float32
	lowEmits      []bool
	// InsertLogP is the log-probability of a stray observed character that
	// stands for no intended letter (a speck read as "'" or ".").
	InsertLogP float32
	// UnseenLogP is what an intended letter costs when it is written as
	// itself but the table never saw it (digits, rare letters).
	UnseenLogP float32
	// multi are the confusions over several intended letters at once
	// (multi.go), indexed by the first rune of the observed string: hand
	// rows (lookalikes.tsv, table multi), added when the table is loaded
	// and not written to errmodel.tsv, whose rows are of one letter.
	multi map[rune][]MultiRow
}

// Emission is one row of a channel: intended letter → observed string.
type Emission struct {
	Intended rune
	Observed string
	LogP     float32
}

// Channel names as they appear in the table.
const (
	Clean    = "clean"    // Tesseract vie: mostly right
	Stripped = "stripped" // Tesseract eng, or text with diacritics removed
	Legacy   = "legacy"   // glyph-level damage of other Latin models and old text layers
)

// Model is the whole error model: its channels and the known letter parts
// of document codes.
type Model struct {
	Version  string
	Channels []*Channel
	// CodeParts are the letter parts of document codes seen in the legal
	// corpus (KH, TU, CT, TW, QĐ, UBND…) with their counts.
	CodeParts map[string]int
}

// Get returns the channel called name, or nil.
func (cs *Model) Get(name string) *Channel {
	for _, c := range cs.Channels {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Parse reads the table written by Learn:
//
//	# comment
//	version	<text>
//	<channel>	<intended>	<observed>	<logP>	<count>
//	<channel>	insert	-	<logP>	<count>
//
// intended and observed are Go-quoted strings.
func Parse(r io.Reader) (*Model, error) {
	cs := &Model{CodeParts: map[string]int{}}
	byName := map[string]*Channel{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if f[0] == "version" && len(f) == 2 {
			cs.Version = f[1]
			continue
		}
		if f[0] == "codepart" && len(f) == 3 {
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return nil, fmt.Errorf("error model line %d: %w", line, err)
			}
			cs.CodeParts[f[1]] = n
			continue
		}
		if len(f) != 5 {
			return nil, fmt.Errorf("error model line %d: %d fields, want 5", line, len(f))
		}
		ch := byName[f[0]]
		if ch == nil {
			ch = &Channel{Name: f[0], emit: map[rune][]Emission{}, InsertLogP: -12, UnseenLogP: -0.05}
			byName[f[0]] = ch
			cs.Channels = append(cs.Channels, ch)
		}
		lp, err := strconv.ParseFloat(f[3], 32)
		if err != nil {
			return nil, fmt.Errorf("error model line %d: %w", line, err)
		}
		if f[1] == "insert" {
			ch.InsertLogP = float32(lp)
			continue
		}
		in, err1 := strconv.Unquote(f[1])
		out, err2 := strconv.Unquote(f[2])
		if err1 != nil || err2 != nil || utf8.RuneCountInString(in) != 1 {
			return nil, fmt.Errorf("error model line %d: bad letters %s %s", line, f[1], f[2])
		}
		r, _ := utf8.DecodeRuneInString(in)
		ch.add(Emission{Intended: r, Observed: out, LogP: float32(lp)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("error model: %w", err)
	}
	for _, ch := range cs.Channels {
		ch.finish()
	}
	return cs, nil
}

func (ch *Channel) add(e Emission) {
	ch.emit[e.Intended] = append(ch.emit[e.Intended], e)
}

// finish sorts the emissions and builds the indexes the search reads.
func (ch *Channel) finish() {
	byObserved := map[string][]Emission{}
	ch.deleteLogP = make([]float32, lowRunes)
	ch.highDeleteLog = map[rune]float32{}
	ch.lowEmits = make([]bool, lowRunes)
	for r, es := range ch.emit {
		sort.Slice(es, func(i, j int) bool { return es[i].LogP > es[j].LogP })
		ch.emit[r] = es
		if r < lowRunes && len(es) > 0 {
			ch.lowEmits[r] = true
		}
		for _, e := range es {
			switch {
			case e.Observed != "":
				byObserved[e.Observed] = append(byObserved[e.Observed], e)
			case r < lowRunes:
				ch.deleteLogP[r] = e.LogP
			default:
				ch.highDeleteLog[r] = e.LogP
			}
		}
	}
	ch.groups = make([][]ObservedGroup, lowRunes)
	ch.highGroups = map[rune][]ObservedGroup{}
	for obs, em := range byObserved {
		sort.Slice(em, func(x, y int) bool { return em[x].Intended < em[y].Intended })
		g := ObservedGroup{Observed: obs, Emissions: em, Best: em[0].LogP}
		for _, e := range em {
			g.Best = max(g.Best, e.LogP)
		}
		if first, _ := utf8.DecodeRuneInString(obs); first < lowRunes {
			ch.groups[first] = append(ch.groups[first], g)
		} else {
			ch.highGroups[first] = append(ch.highGroups[first], g)
		}
	}
	// Longest observed strings first, so "ir" is tried before "i"; the
	// spelling breaks ties, so the order does not depend on map iteration.
	longestFirst := func(gs []ObservedGroup) {
		sort.Slice(gs, func(i, j int) bool {
			if len(gs[i].Observed) != len(gs[j].Observed) {
				return len(gs[i].Observed) > len(gs[j].Observed)
			}
			return gs[i].Observed < gs[j].Observed
		})
	}
	for _, gs := range ch.groups {
		longestFirst(gs)
	}
	for _, gs := range ch.highGroups {
		longestFirst(gs)
	}
}

// ObservedGroup is every intended letter one observed string stands for.
type ObservedGroup struct {
	Observed  string
	Emissions []Emission // sorted by Intended
	Best      float32    // the highest LogP among them
}

// lowRunes bounds the runes indexed by slice: it covers ASCII, Latin-1 and
// Latin Extended, the combining marks and the Vietnamese block U+1EA0–1EF9.
const lowRunes = 0x1F00

// GroupsStartingWith lists the observed strings that start with r,
// longest first, with what each stands for.
func (ch *Channel) GroupsStartingWith(r rune) []ObservedGroup {
	if r >= 0 && r < lowRunes {
		return ch.groups[r]
	}
	return ch.highGroups[r]
}

// Deletion returns the log-probability that intended r left no trace.
func (ch *Channel) Deletion(r rune) (float32, bool) {
	if r >= 0 && r < lowRunes {
		lp := ch.deleteLogP[r]
		return lp, lp != 0
	}
	lp, ok := ch.highDeleteLog[r]
	return lp, ok
}

// Emits reports whether the table has any emission for intended r.
func (ch *Channel) Emits(r rune) bool {
	if r >= 0 && r < lowRunes {
		return ch.lowEmits[r]
	}
	return len(ch.emit[r]) > 0
}

// write prints the channel set in the format Parse reads.
func (cs *Model) Write(w io.Writer, counts map[string]map[emissionKey]float64) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "version\t%s\n", cs.Version)
	for _, ch := range cs.Channels {
		fmt.Fprintf(bw, "%s\tinsert\t-\t%.3f\t0\n", ch.Name, ch.InsertLogP)
		keys := make([]rune, 0, len(ch.emit))
		for r := range ch.emit {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			for _, e := range ch.emit[r] {
				n := 0.0
				if counts != nil {
					n = counts[ch.Name][emissionKey{r, e.Observed}]
				}
				fmt.Fprintf(bw, "%s\t%s\t%s\t%.3f\t%.0f\n", ch.Name, strconv.Quote(string(r)), strconv.Quote(e.Observed), e.LogP, n)
			}
		}
	}
	return bw.Flush()
}

type emissionKey struct {
	Intended rune
	Observed string
}

func logf(x float64) float32 { return float32(math.Log(x)) }

// WriteCodeParts appends the parts seen at least minCount times to w.
func WriteCodeParts(w io.Writer, counts map[string]int, minCount int) error {
	keys := make([]string, 0, len(counts))
	for k, n := range counts {
		if n >= minCount {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, err := fmt.Fprintf(w, "codepart\t%s\t%d\n", k, counts[k]); err != nil {
			return err
		}
	}
	return nil
}

// Rows lists what intended letter r becomes, most likely first.
func (ch *Channel) Rows(r rune) []Emission { return ch.emit[r] }
