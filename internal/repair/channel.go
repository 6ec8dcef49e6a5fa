package repair

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

// A channel is one OCR error model: for each intended lowercase letter, the
// strings an OCR engine writes for it, with their natural-log probabilities
// (ư → "ư", "u", "ir", "i.r"; ơ → "&"; đ → "d", "cl"; ê → "" when a vowel is
// lost). Several channels are kept because OCR damage comes in kinds that
// differ sharply: near-correct (Tesseract vie), stripped (eng), glyph-level
// legacy damage (fra, deu, por, script/Latin and old text layers).
type channel struct {
	name string
	// emit[intended] lists what the letter becomes, most likely first.
	emit map[rune][]emission
	// groups is what the search reads: the same emissions grouped by
	// observed string (indexed by its first rune, longest string first),
	// each group's sorted by intended letter so it can be merged with a
	// trie node's sorted edges; deleteLogP[r] is the log-probability that
	// intended r left no trace (0: never). Both are slices over the runes
	// below lowRunes (Latin, combining marks, the Vietnamese block), with
	// maps above: a map lookup at every step cost more than the step.
	groups        [][]observedGroup
	highGroups    map[rune][]observedGroup
	deleteLogP    []float32
	highDeleteLog map[rune]float32
	lowEmits      []bool
	// insertLogP is the log-probability of a stray observed character that
	// stands for no intended letter (a speck read as "'" or ".").
	insertLogP float32
	// unseenLogP is what an intended letter costs when it is written as
	// itself but the table never saw it (digits, rare letters).
	unseenLogP float32
}

// emission is one row of a channel: intended letter → observed string.
type emission struct {
	intended rune
	observed string
	logP     float32
}

// Channel names as they appear in the table.
const (
	chanClean    = "clean"    // Tesseract vie: mostly right
	chanStripped = "stripped" // Tesseract eng, or text with diacritics removed
	chanLegacy   = "legacy"   // glyph-level damage of other Latin models and old text layers
)

// channelSet is the whole error model.
type channelSet struct {
	version  string
	channels []*channel
	// codeParts are the letter parts of document codes seen in the legal
	// corpus (KH, TU, CT, TW, QĐ, UBND…) with their counts.
	codeParts map[string]int
}

func (cs *channelSet) get(name string) *channel {
	for _, c := range cs.channels {
		if c.name == name {
			return c
		}
	}
	return nil
}

// parseChannels reads the table written by Learn:
//
//	# comment
//	version	<text>
//	<channel>	<intended>	<observed>	<logP>	<count>
//	<channel>	insert	-	<logP>	<count>
//
// intended and observed are Go-quoted strings.
func parseChannels(r io.Reader) (*channelSet, error) {
	cs := &channelSet{codeParts: map[string]int{}}
	byName := map[string]*channel{}
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
			cs.version = f[1]
			continue
		}
		if f[0] == "codepart" && len(f) == 3 {
			n, err := strconv.Atoi(f[2])
			if err != nil {
				return nil, fmt.Errorf("error model line %d: %w", line, err)
			}
			cs.codeParts[f[1]] = n
			continue
		}
		if len(f) != 5 {
			return nil, fmt.Errorf("error model line %d: %d fields, want 5", line, len(f))
		}
		ch := byName[f[0]]
		if ch == nil {
			ch = &channel{name: f[0], emit: map[rune][]emission{}, insertLogP: -12, unseenLogP: -0.05}
			byName[f[0]] = ch
			cs.channels = append(cs.channels, ch)
		}
		lp, err := strconv.ParseFloat(f[3], 32)
		if err != nil {
			return nil, fmt.Errorf("error model line %d: %w", line, err)
		}
		if f[1] == "insert" {
			ch.insertLogP = float32(lp)
			continue
		}
		in, err1 := strconv.Unquote(f[1])
		out, err2 := strconv.Unquote(f[2])
		if err1 != nil || err2 != nil || utf8.RuneCountInString(in) != 1 {
			return nil, fmt.Errorf("error model line %d: bad letters %s %s", line, f[1], f[2])
		}
		r, _ := utf8.DecodeRuneInString(in)
		ch.add(emission{intended: r, observed: out, logP: float32(lp)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("error model: %w", err)
	}
	for _, ch := range cs.channels {
		ch.finish()
	}
	return cs, nil
}

func (ch *channel) add(e emission) {
	ch.emit[e.intended] = append(ch.emit[e.intended], e)
}

// finish sorts the emissions and builds the indexes the search reads.
func (ch *channel) finish() {
	byObserved := map[string][]emission{}
	ch.deleteLogP = make([]float32, lowRunes)
	ch.highDeleteLog = map[rune]float32{}
	ch.lowEmits = make([]bool, lowRunes)
	for r, es := range ch.emit {
		sort.Slice(es, func(i, j int) bool { return es[i].logP > es[j].logP })
		ch.emit[r] = es
		if r < lowRunes && len(es) > 0 {
			ch.lowEmits[r] = true
		}
		for _, e := range es {
			switch {
			case e.observed != "":
				byObserved[e.observed] = append(byObserved[e.observed], e)
			case r < lowRunes:
				ch.deleteLogP[r] = e.logP
			default:
				ch.highDeleteLog[r] = e.logP
			}
		}
	}
	ch.groups = make([][]observedGroup, lowRunes)
	ch.highGroups = map[rune][]observedGroup{}
	for obs, em := range byObserved {
		sort.Slice(em, func(x, y int) bool { return em[x].intended < em[y].intended })
		g := observedGroup{observed: obs, emissions: em, best: em[0].logP}
		for _, e := range em {
			g.best = max(g.best, e.logP)
		}
		if first, _ := utf8.DecodeRuneInString(obs); first < lowRunes {
			ch.groups[first] = append(ch.groups[first], g)
		} else {
			ch.highGroups[first] = append(ch.highGroups[first], g)
		}
	}
	// Longest observed strings first, so "ir" is tried before "i"; the
	// spelling breaks ties, so the order does not depend on map iteration.
	longestFirst := func(gs []observedGroup) {
		sort.Slice(gs, func(i, j int) bool {
			if len(gs[i].observed) != len(gs[j].observed) {
				return len(gs[i].observed) > len(gs[j].observed)
			}
			return gs[i].observed < gs[j].observed
		})
	}
	for _, gs := range ch.groups {
		longestFirst(gs)
	}
	for _, gs := range ch.highGroups {
		longestFirst(gs)
	}
}

// observedGroup is every intended letter one observed string stands for.
type observedGroup struct {
	observed  string
	emissions []emission // sorted by intended
	best      float32    // the highest logP among them
}

// lowRunes bounds the runes indexed by slice: it covers ASCII, Latin-1 and
// Latin Extended, the combining marks and the Vietnamese block U+1EA0–1EF9.
const lowRunes = 0x1F00

// groupsStartingWith lists the observed strings that start with r,
// longest first, with what each stands for.
func (ch *channel) groupsStartingWith(r rune) []observedGroup {
	if r >= 0 && r < lowRunes {
		return ch.groups[r]
	}
	return ch.highGroups[r]
}

// deletion returns the log-probability that intended r left no trace.
func (ch *channel) deletion(r rune) (float32, bool) {
	if r >= 0 && r < lowRunes {
		lp := ch.deleteLogP[r]
		return lp, lp != 0
	}
	lp, ok := ch.highDeleteLog[r]
	return lp, ok
}

// emits reports whether the table has any emission for intended r.
func (ch *channel) emits(r rune) bool {
	if r >= 0 && r < lowRunes {
		return ch.lowEmits[r]
	}
	return len(ch.emit[r]) > 0
}

// write prints the channel set in the format parseChannels reads.
func (cs *channelSet) write(w io.Writer, counts map[string]map[emissionKey]float64) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "version\t%s\n", cs.version)
	for _, ch := range cs.channels {
		fmt.Fprintf(bw, "%s\tinsert\t-\t%.3f\t0\n", ch.name, ch.insertLogP)
		keys := make([]rune, 0, len(ch.emit))
		for r := range ch.emit {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			for _, e := range ch.emit[r] {
				n := 0.0
				if counts != nil {
					n = counts[ch.name][emissionKey{r, e.observed}]
				}
				fmt.Fprintf(bw, "%s\t%s\t%s\t%.3f\t%.0f\n", ch.name, strconv.Quote(string(r)), strconv.Quote(e.observed), e.logP, n)
			}
		}
	}
	return bw.Flush()
}

type emissionKey struct {
	intended rune
	observed string
}

func logf(x float64) float32 { return float32(math.Log(x)) }
