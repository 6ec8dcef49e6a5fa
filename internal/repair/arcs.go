package repair

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/token"
	"github.com/vidoc/vidoc/internal/viet"
)

// Keeping an observed word the inventory does not know (a name, a foreign
// word, an abbreviation) costs this much channel log-probability per
// channel: cheap where the OCR is good, dearer where it garbles words.
var keepLogP = map[string]float32{errmodel.Clean: -1, errmodel.Stripped: -4, errmodel.Legacy: -6}

const damagedKeepPenalty = -6

// sBeforeNumber reports a number slot of two digits, the first a 5, right
// before a number or a code on the same line ("56 118/TTg"): no number
// stands so before another, while OCR reads S as 5 and a marked o as 6,
// so it may be a word ("số").
func sBeforeNumber(text string, slots []slot, i int) bool {
	s := slots[i]
	w := text[s.start:s.end]
	if s.unit != token.UnitNumber || len(w) != 2 || w[0] != '5' || w[1] < '0' || w[1] > '9' || i+1 >= len(slots) {
		return false
	}
	n := slots[i+1]
	return n.line == s.line && n.start > s.end && (n.kind == slotCode || n.kind == slotFixed && (n.unit == token.UnitNumber || n.unit == token.UnitDate))
}

// hasDamageMark reports a symbol or digit between letters of a word.
func hasDamageMark(w string) bool {
	letterSeen := false
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			letterSeen = true
		case letterSeen:
			return true
		}
	}
	return false
}

// splitWorthLogP: a word whose best single-syllable reading is this likely
// under the channel is not looked at as two syllables.
const splitWorthLogP = -4

// maxMergeRunes bounds the joined length of a merge candidate.
const maxMergeRunes = 9

// arcsFor lists the ways of reading slot i.
func (r *Repairer) arcsFor(text string, slots []slot, i int, ch *errmodel.Channel, budget *deepBudget) []arc {
	s := slots[i]
	obsText := text[s.start:s.end]
	switch s.kind {
	case slotBoundary:
		return []arc{{span: 1, units: [2]int32{r.unitID("</s>"), -1}, keep: true, reset: true}}
	case slotFixed:
		arcs := []arc{{span: 1, units: [2]int32{r.unitID(s.unit), -1}, keep: true}}
		if ch.Name != errmodel.Clean && sBeforeNumber(text, slots, i) {
			// "Quyết định 56 118/TTg": S read as 5, ố as 6.
			for _, c := range r.candidates(ch, obsText) {
				arcs = append(arcs, arc{span: 1, units: [2]int32{r.sylID[c.word], -1}, text: r.syl[c.word], chLogP: c.logP})
			}
		}
		// "ngày 061712021": a date whose slashes OCR read as 1.
		return append(arcs, r.slashDateArcs(ch, text, slots, i, &arcs[0])...)
	case slotCode:
		if s.repl == "" && unitsCode(obsText) {
			// "dBW/MHz", "TBq/g": units joined by slashes, no code.
			return []arc{{span: 1, units: [2]int32{r.unitID(s.unit), -1}, text: obsText}}
		}
		repl := obsText
		if s.repl != "" {
			repl = s.repl
		}
		if fixed, ok := r.codesFor(ch).repair(repl); ok {
			repl = fixed
		}
		arcs := []arc{{span: 1, units: [2]int32{r.unitID(s.unit), -1}, text: repl}}
		if glued := r.gluedArcs(ch, obsText, dateContext(text, slots, i)); s.repl == "" && len(glued) > 0 {
			// "hoc2021-2022": the model's codes are in capitals
			// ("QĐ-UBND"); small letters before a number make the token
			// no evidence of one, but a word kept unknown.
			arcs[0].units[0] = r.unk
			arcs[0].chLogP = keepLogP[ch.Name] + r.lm.UnknownPenalty()
			arcs = append(arcs, glued...)
		}
		if pair := r.slashPairArcs(ch, obsText); s.repl == "" && len(pair) > 0 {
			// "nhap/xu6t": two words in small letters, a digit for a
			// marked vowel, read as a code; kept, it is an unknown word.
			arcs[0].units[0] = r.unk
			arcs[0].text = obsText
			arcs[0].chLogP = keepLogP[ch.Name] + r.lm.UnknownPenalty()
			arcs = append(arcs, pair...)
		}
		// "L1C LƯỢNG": a word in a heading, a capital vowel read as a digit.
		return append(arcs, r.capsCodeArcs(ch, s, obsText)...)
	}
	if isCapitalDigit(obsText) && !readsLetterAs(ch, rune(obsText[1])) {
		// "hạng A1", "giá trị A2": no letter of this channel is read as
		// the digit, so no syllable stands behind it; reading one drops
		// the digit as a speck and loses the label.
		return []arc{{span: 1, units: [2]int32{r.unitID(token.UnitCode), -1}, keep: true}}
	}
	if unitSymbolAt(text, slots, i) {
		// "100 Bq", "dòng điện (mA)": a unit's symbol, no damaged syllable.
		return []arc{{span: 1, units: [2]int32{r.keepUnit(obsText), -1}, keep: true}}
	}
	if s.lone && unitLetter(text, s) {
		// "21°02’15” N,": a compass point or a unit, whatever the damage
		// (a block of coordinates, codes and numbers reads as legacy).
		return []arc{{span: 1, units: [2]int32{r.unitID(viet.Lower(obsText)), -1}, keep: true}}
	}
	if s.lone && ch.Name != errmodel.Legacy {
		// A letter alone is kept ("điểm b khoản 2") unless the context
		// wants a syllable that starts with it and whose vowel the OCR
		// lost ("kinh tế - x hội").
		letter := viet.Lower(obsText)
		arcs := []arc{{span: 1, units: [2]int32{r.unitID(letter), -1}, keep: true}}
		for _, c := range r.candidates(ch, letter) {
			if w := r.syl[c.word]; len(w) > len(letter) && viet.BaseLetter([]rune(w)[0]) == rune(letter[0]) {
				arcs = append(arcs, arc{span: 1, units: [2]int32{r.sylID[c.word], -1}, text: w, chLogP: c.logP})
			}
		}
		return arcs
	}
	obs := normalizeObserved(obsText)
	cands := r.candidates(ch, capitalObserved(ch, obsText, obs))
	// Room for the candidates, a kept reading and a few merges: growing
	// the slice from nil would be half the bytes a block allocates.
	arcs := make([]arc, 0, len(cands)+4)
	known := false
	placeholder := hasDamageMark(obsText)
	for _, c := range cands {
		if r.syl[c.word] == obs {
			known = true
		}
		lp := c.logP
		if placeholder && foreignReading(r.syl[c.word]) {
			lp += placeholderForeignLogP
		}
		arcs = append(arcs, arc{span: 1, units: [2]int32{r.sylID[c.word], -1}, text: r.syl[c.word], chLogP: lp})
	}
	if (!known || !viet.Valid(obs)) && r.asksDeeperSearch(text, slots, i, ch, arcs, known) {
		arcs = append(arcs, r.deepArcs(ch, text, slots, i, obs, arcs, budget)...)
	}
	if !known {
		if d, ok := r.codes.definedAcronym(obsText); ok {
			// BKMH → ĐKMH: an acronym the document defines, its
			// first capital misread.
			return append(arcs, arc{span: 1, units: [2]int32{r.unitID("<abbr>"), -1}, text: d})
		}
		codes := r.codesFor(ch)
		if ch.Name != errmodel.Clean {
			if d, ok := codes.ampersandĐ(obsText); ok {
				// GD&DT → GD&ĐT: fields joined by "&", a Đ read as D.
				return append(arcs, arc{span: 1, units: [2]int32{r.unitID("<abbr>"), -1}, text: d})
			}
		}
		if d, ok := codes.restoreStrokedD(obsText); ok {
			// HDND → HĐND: an abbreviation whose Đ was stripped, or
			// (legacy OCR) read as B, HBND.
			return append(arcs, arc{span: 1, units: [2]int32{r.unitID("<abbr>"), -1}, text: d})
		}
		u := r.keepUnit(obsText)
		if s.capsLine && u != r.unk && r.headingWord(obsText) {
			// "TRIEN KIIAI" in a heading: words in capitals, not
			// abbreviations, so as costly to keep as any broken word.
			u = r.unk
		}
		lp := keepLogP[ch.Name]
		if u == r.unk {
			lp += r.lm.UnknownPenalty()
		}
		if hasDamageMark(obsText) || capsGlued(obsText) {
			// "tnr&ng", "s1'rc": symbols and digits inside letters are
			// OCR damage, not a spelling anyone meant to keep; nor is
			// an abbreviation run into small letters ("UBNDhuyện").
			lp += damagedKeepPenalty
		}
		arcs = append(arcs, arc{span: 1, units: [2]int32{u, -1}, keep: true, chLogP: lp})
	}
	// Merge with the next word: "hi en" → "hiện".
	if i+1 < len(slots) && slots[i+1].kind == slotWord && slots[i+1].joinable && (ch.Name == errmodel.Legacy || !r.inSpacedRun(text, slots, i)) {
		joined := obs + normalizeObserved(text[slots[i+1].start:slots[i+1].end])
		if utf8.RuneCountInString(joined) <= maxMergeRunes {
			for _, c := range r.candidatesLim(ch, joined, mergeLimits) {
				arcs = append(arcs, arc{span: 2, units: [2]int32{r.sylID[c.word], -1}, text: r.syl[c.word], chLogP: c.logP + r.params.mergePenalty})
			}
		}
	}
	// Split into two syllables: "YêucAu" → "Yêu cầu". Only for words the
	// inventory does not know as they are, nor reads well as one syllable.
	if !known && (len(arcs) < 2 || arcs[0].chLogP < splitWorthLogP) {
		arcs = append(arcs, r.splitArcs(ch, obs)...)
	}
	if !known {
		arcs = append(arcs, r.gluedArcs(ch, obsText, dateContext(text, slots, i))...)
		arcs = append(arcs, r.caseSplitArcs(ch, obsText)...)
		arcs = append(arcs, r.markCutArcs(ch, obsText, 1)...)
		arcs = append(arcs, r.stopCutArcs(ch, obsText)...)
	}
	arcs = append(arcs, r.innerRunArcs(text, slots, i, ch)...)
	arcs = append(arcs, r.hyphenSpaceArcs(text, slots, i)...)
	return arcs
}

// inSpacedRun reports whether slots i and i+1 lie inside a longer run of
// letter-spaced fragments ("Qu ả ng", "trung ươ n g"): a joinable
// neighbour that is a short piece of no syllable. Joining two pieces of
// such a run leaves the rest of the word in pieces ("Quả ng"), worse than
// the run as it was; the text was written spaced out, not split by OCR.
// Legacy damage is not asked: there short pieces that are no syllable are
// the OCR's own splits and broken words ("thirc hi en ph cp", "ho p d&").
func (r *Repairer) inSpacedRun(text string, slots []slot, i int) bool {
	fragment := func(k int) bool {
		s := slots[k]
		w := text[s.start:s.end]
		return s.kind == slotWord && utf8.RuneCountInString(w) <= 2 && r.trie.lookup(normalizeObserved(w)) < 0
	}
	if i+2 < len(slots) && slots[i+2].joinable && fragment(i+2) {
		return true
	}
	return i > 0 && slots[i].joinable && fragment(i-1)
}

// maxSplitRunes bounds the words splitArcs tries: two syllables of seven
// letters, each letter read as two characters at worst, and two stray ones.
// A longer run is no pair of syllables, and trying its every split point
// made a 64 KB run of letters cost minutes and gigabytes (each part is
// searched and cached).
const maxSplitRunes = 32

// splitPairs is how many readings of a word cut at one place splitArcs
// offers: the best pairs of its parts' readings (pairReadings).
const splitPairs = 9

// splitArcs proposes two-syllable readings of one observed word.
func (r *Repairer) splitArcs(ch *errmodel.Channel, obs string) []arc {
	if len(obs) > maxSplitRunes*utf8.UTFMax {
		return nil
	}
	rs := []rune(obs)
	if len(rs) < 4 || len(rs) > maxSplitRunes {
		return nil
	}
	var out []arc
	for k := 2; k <= len(rs)-2; k++ {
		left := r.splitCandidates(ch, string(rs[:k]))
		if len(left) == 0 {
			continue
		}
		right := r.splitCandidates(ch, string(rs[k:]))
		if len(right) == 0 {
			continue
		}
		for _, p := range r.pairReadings(left, right, splitPairs) {
			a, b := p.a, p.b
			out = append(out, arc{span: 1, units: [2]int32{r.sylID[a.word], r.sylID[b.word]},
				text: r.syl[a.word] + " " + r.syl[b.word], chLogP: a.logP + b.logP + r.params.splitPenalty})
		}
	}
	return out
}

// splitCandidates reads one part of a word split in two. Outside legacy
// damage a part is searched without lost or stray letters: a merge and a
// letter error in the same syllable are rare together, and allowing them
// made the parts of every unknown word (names, foreign words) the costliest
// searches of all.
func (r *Repairer) splitCandidates(ch *errmodel.Channel, part string) []candidate {
	if ch.Name == errmodel.Legacy {
		return r.candidates(ch, part)
	}
	return r.candidatesLim(ch, part, splitLimits)
}

var splitLimits = searchLimits{minLogP: -18, maxResults: 32, maxInserts: 1}

// keepUnit is the LM unit of a word kept as observed.
func (r *Repairer) keepUnit(w string) int32 {
	upper, lower := 0, 0
	for _, c := range w {
		if unicode.IsUpper(c) {
			upper++
		} else if unicode.IsLower(c) {
			lower++
		}
	}
	if upper >= 2 && lower == 0 {
		return r.unitID("<abbr>")
	}
	return r.unk
}

// headingWord reports whether a word in capitals on a heading line is a
// word (perhaps damaged) rather than an abbreviation: it has a symbol or
// digit among its letters ("THIJ'C"), or it has a vowel and is not an
// abbreviation the legal corpus knows that cannot be a syllable (UBND,
// HĐND, VPHU). Abbreviations without vowels (MTTQ, TW) stay abbreviations.
func (r *Repairer) headingWord(w string) bool {
	if hasDamageMark(w) {
		return true
	}
	if !viet.HasVowel(w) {
		return false
	}
	return r.codes.parts[w] == 0 || token.IsSyllableShape(w)
}

func (r *Repairer) unitID(u string) int32 {
	if id, ok := r.lm.ID(u); ok {
		return id
	}
	return r.unk
}

var lightLimits = searchLimits{minLogP: -18, maxResults: 32, maxDeletes: 1, maxInserts: 1}

// mergeLimits allow no stray or lost letters in a merge: two observed
// words become one syllable only when both spell part of it.
var mergeLimits = searchLimits{minLogP: -14, maxResults: 8}

// Candidates whose channel-plus-unigram score falls this far below the
// best one's cannot win in any context the model knows; dropping them keeps
// the lattice small.
const (
	priorMargin   = 12
	maxCandidates = 16
	// Legacy damage leaves more readings of like cost, and the right one
	// is often rare alone but demanded by its neighbours: keep more. Each
	// look-alike row adds readings to the list (ô read as a: bôi, bối,
	// bội for "bai"), and at 24 a capital's reading (Đ read as B: "BAI"
	// for ĐÃI) fell off it; at 32 the sample gains 0.2 points, at the
	// same CPU time on it and on the rendered deu pages.
	maxLegacyCandidates = 32
)

// prune scores candidates by prior, sorts them and drops hopeless ones.
func (r *Repairer) prune(c []candidate, keep int) []candidate {
	if len(c) == 0 {
		return c
	}
	for i := range c {
		c[i].prior = c[i].logP + r.lm.Unigram(r.sylID[c[i].word])
	}
	sort.Slice(c, func(i, j int) bool { return c[i].prior > c[j].prior })
	best := c[0].prior
	n := 0
	for n < len(c) && n < keep && c[n].prior >= best-priorMargin {
		n++
	}
	return c[:n:n]
}

// candidates returns the cached candidate list of obs under ch.
func (r *Repairer) candidates(ch *errmodel.Channel, obs string) []candidate {
	if ch.Name != errmodel.Legacy {
		// Lost and stray letters are the legacy kind's; elsewhere one of
		// each is plenty, and the search is much smaller.
		return r.candidatesLim(ch, obs, lightLimits)
	}
	if utf8.RuneCountInString(obs) <= shortWordRunes {
		return r.candidatesLim(ch, obs, shortLegacyLimits)
	}
	return r.candidatesLim(ch, obs, defaultLimits)
}

// sampleCandidates are the candidates chooseChannel weighs: the best one
// is all it needs, so short legacy words get no wider search there, which
// would slow every block of other kinds of damage.
func (r *Repairer) sampleCandidates(ch *errmodel.Channel, obs string) []candidate {
	if ch.Name == errmodel.Legacy {
		return r.candidatesLim(ch, obs, defaultLimits)
	}
	return r.candidates(ch, obs)
}

// A short legacy word ("di") has dozens of readings that cost less under
// the channel than the one whose lost vowel the context demands ("đối" of
// "đối với"), so its search keeps more results for the prior to rank.
const shortWordRunes = 3

var shortLegacyLimits = func() searchLimits {
	l := defaultLimits
	l.maxResults = 64
	return l
}()

func (r *Repairer) candidatesLim(ch *errmodel.Channel, obs string, lim searchLimits) []candidate {
	k := cacheKey{ch.Name, obs, lim}
	r.cache.mu.RLock()
	c, ok := r.cache.m[k]
	r.cache.mu.RUnlock()
	if ok {
		return c
	}
	c = r.trie.candidates(obs, ch, lim)
	keep := maxCandidates
	if ch.Name == errmodel.Legacy {
		keep = maxLegacyCandidates
	}
	if lim.pool {
		keep = len(c)
	}
	c = r.prune(c, keep)
	r.cache.mu.Lock()
	if len(r.cache.m) >= maxCache {
		clear(r.cache.m)
	}
	r.cache.m[k] = c
	r.cache.mu.Unlock()
	return c
}

// channelSample is about how many words of a block choose its channel.
const channelSample = 48

// chooseChannel picks the error model that best explains a block: for each
// channel, the sum over its words of the best candidate's channel plus
// unigram score (keeping the word when nothing fits better).
func (r *Repairer) chooseChannel(text string, slots []slot) *errmodel.Channel {
	if r.opts.Damage != "" {
		return r.channels.Get(r.opts.Damage)
	}
	// A sample of the block's words is evidence enough, and searching
	// every word under every channel is the costliest part of a block
	// seen for the first time.
	var words []int // indexes of the word slots
	for i, s := range slots {
		// A unit's symbol is kept under every channel: no evidence.
		if s.kind == slotWord && !unitSymbolAt(text, slots, i) {
			words = append(words, i)
		}
	}
	step := max(len(words)/channelSample, 1)
	sample := make([]string, 0, len(words)/step+1)
	damaged := make([]bool, 0, len(words)/step+1)
	for i := 0; i < len(words); i += step {
		s := slots[words[i]]
		sample = append(sample, normalizeObserved(text[s.start:s.end]))
		// Kept as it is, a word with symbols or digits among its letters
		// costs what arcsFor charges for it: the chooser must weigh
		// keeping a word as the decoder will.
		damaged = append(damaged, hasDamageMark(text[s.start:s.end]))
	}
	var best *errmodel.Channel
	bestScore := float32(0)
	for _, ch := range r.channels.Channels {
		total := float32(0)
		for k, obs := range sample {
			sc := keepLogP[ch.Name] + r.lm.Unigram(r.unk) + r.lm.UnknownPenalty()
			if damaged[k] {
				sc += damagedKeepPenalty
			}
			if c := r.sampleCandidates(ch, obs); len(c) > 0 && c[0].prior > sc {
				sc = c[0].prior
			}
			total += sc
		}
		if best == nil || total > bestScore {
			best, bestScore = ch, total
		}
	}
	return best
}

// capitalObserved is obs (the word normalised, small) with the capital it
// starts with in text put back when the channel has rows of that capital
// ("B" read for Đ): the search then reads them there, and only there.
func capitalObserved(ch *errmodel.Channel, text, obs string) string {
	if first, _ := utf8.DecodeRuneInString(text); len(ch.GroupsStartingWith(first)) == 0 {
		return obs
	}
	return withCapital(text, obs)
}

// withCapital is obs (the word normalised, small) with the capital it
// starts with in text put back, as the search reads a capital's rows.
func withCapital(text, obs string) string {
	first, size := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(first) {
		return obs
	}
	low := string(unicode.ToLower(first))
	if len(low) != size || !strings.HasPrefix(obs, low) {
		return obs
	}
	return string(first) + obs[size:]
}
