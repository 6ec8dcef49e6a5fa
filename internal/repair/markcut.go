package repair

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// Old scanner software draws a tone mark, a dot below or a horn as a symbol
// of its own ("ve>" for vệ, "trQ'" for trợ, "hC)c" for học), and the symbol,
// wider than the mark, takes the room of the space after the syllable: the
// next syllable follows with no space ("ve>sinh", "duQ'cbi~t",
// "hC)ct~p"). The mark says where the space was far better than a blind cut
// does: right after it, or after the one final consonant that follows it.
// markCutArcs offers the token (or the run of a word, a mark and a word the
// slotter cut at the mark) cut there as one more reading, each part read
// through the channel with its mark, and the language model and the channel
// decide against the whole-token readings and the mark kept as punctuation.
// Correct text is not asked (the clean channel never cuts), and a dot is no
// mark (markRune), so a domain ("vanban.gov.vn") is never cut.

// markCutPenalty is added to splitPenalty for a cut next to a mark: the
// mark already says where the space was, so the cut costs less than a
// blind one; still a cost, so a token the channel reads whole stays whole.
const markCutPenalty = 4

// markPartReads is how many readings of each part are tried.
const markPartReads = 6

// maxMarkPartRunes bounds a part: a syllable's longest spelling with its
// mark drawn as three symbols.
const maxMarkPartRunes = 10

// markRune reports a symbol OCR draws for a mark: no letter, digit or
// space, none of the marks that join words in correct text ("/" of
// "khẩu/ngoài", "-" of "QĐ-UBND", "@" and "." of an address), and no dot:
// a dot between letters is more often a piece of a letter ("i." for ư,
// "thi.ong" one syllable) or a domain's ("vanban.gov.vn") than a mark.
func markRune(c rune) bool {
	return !unicode.IsLetter(c) && !unicode.IsDigit(c) && !unicode.IsSpace(c) && !strings.ContainsRune("./-–@&%", c)
}

// markCut is one place where a token may be cut next to a mark: the left
// part ends at left, the right part starts at right (bytes); right > left
// when the mark between is read as a speck where the space was, dropped.
type markCut struct{ left, right int }

// markCuts returns the places where w may be cut next to a mark: w is
// letters and runs of mark symbols, each run right after a letter; the
// cuts are after a run and after a run and one letter, with two letters or
// more on the right. With drop, the run is punctuation the slotter cut the
// token at, which may be a speck standing where the space was: w is also
// cut around it, the run dropped. Inside one token a mark belongs to a
// letter, so it is never dropped.
func markCuts(w string, drop bool) []markCut {
	rs := []rune(w)
	if len(rs) > 2*maxMarkPartRunes {
		return nil
	}
	type run struct{ start, end int } // rune indexes
	var runs []run
	for k, c := range rs {
		switch {
		case unicode.IsLetter(c):
			if k > 0 && markRune(rs[k-1]) {
				runs[len(runs)-1].end = k
			}
		case markRune(c):
			if k == 0 {
				return nil
			}
			if !markRune(rs[k-1]) {
				runs = append(runs, run{k, -1})
			}
		default:
			return nil
		}
	}
	if len(runs) == 0 || runs[len(runs)-1].end < 0 {
		return nil
	}
	off := make([]int, len(rs)+1)
	for k, c := range rs {
		off[k+1] = off[k] + utf8.RuneLen(c)
	}
	var cuts []markCut
	add := func(l, r int) {
		if r <= len(rs)-2 && l <= maxMarkPartRunes && len(rs)-r <= maxMarkPartRunes {
			cuts = append(cuts, markCut{off[l], off[r]})
		}
	}
	for _, u := range runs {
		if drop && u.start >= 2 {
			// Dropped, the run leaves a part of one letter no syllable.
			add(u.start, u.end)
		}
		add(u.end, u.end)
		add(u.end+1, u.end+1)
	}
	return cuts
}

// markCutArcs are the readings of w, the text of span observed slots, cut
// next to its marks: the best few readings of each part. A run of slots
// (span > 1) was cut by the slotter at its punctuation, which may then be
// dropped.
func (r *Repairer) markCutArcs(ch *errmodel.Channel, w string, span int) []arc {
	if ch.Name == errmodel.Clean {
		return nil
	}
	var out []arc
	cuts := markCuts(w, span > 1)
	for _, cut := range cuts {
		left := r.markPartReadings(ch, w[:cut.left])
		if len(left) == 0 {
			continue
		}
		right := r.markPartReadings(ch, w[cut.right:])
		for _, a := range left[:min(markPartReads, len(left))] {
			cost := r.markCutCost(a, cut)
			for _, b := range right[:min(markPartReads, len(right))] {
				out = append(out, arc{span: span, units: [2]int32{r.sylID[a.word], r.sylID[b.word]},
					text: r.syl[a.word] + " " + r.syl[b.word], chLogP: a.logP + b.logP + cost})
			}
		}
	}
	if span == 1 {
		out = append(out, r.markCutThrees(ch, w, cuts)...)
	}
	return out
}

// markCutCost is what a cut next to a mark costs after the left part's
// reading a. After a mark the space was lost where the mark, read as the
// left syllable's, took its room: cheaper than a blind cut, but only when
// the reading has a mark the symbol stands for ("Thi." is no "thi" and a
// stray dot). Around one, the mark is a speck standing where the space
// was, and only the speck is damage.
func (r *Repairer) markCutCost(a candidate, cut markCut) float32 {
	cost := r.params.splitPenalty
	if strings.ContainsFunc(r.syl[a.word], markedVowel) {
		cost += markCutPenalty
	}
	if cut.right > cut.left {
		cost = innerMarkPenalty
	}
	return cost
}

// markThreeReads is how many readings of each part of a token cut in three
// are tried: fewer than for two parts, the arcs being their cube.
const markThreeReads = 4

// markCutThrees are the readings of token w cut at two of its marks into
// three syllables ("be>trQ'giup", each syllable's mark taking the room of
// the space after it): two cuts, each next to its own run of mark symbols,
// with a middle part of two letters or more. Each cut costs what a cut
// in two does.
func (r *Repairer) markCutThrees(ch *errmodel.Channel, w string, cuts []markCut) []arc {
	var out []arc
	for i, c1 := range cuts {
		for _, c2 := range cuts[i+1:] {
			mid := w[c1.right:c2.left]
			if utf8.RuneCountInString(mid) < 2 || !strings.ContainsFunc(w[:c1.left], markRune) || !strings.ContainsFunc(mid, markRune) {
				continue
			}
			left := r.markPartReadings(ch, w[:c1.left])
			middle := r.markPartReadings(ch, mid)
			right := r.markPartReadings(ch, w[c2.right:])
			for _, a := range left[:min(markThreeReads, len(left))] {
				ca := r.markCutCost(a, c1)
				for _, b := range middle[:min(markThreeReads, len(middle))] {
					cb := r.markCutCost(b, c2)
					for _, c := range right[:min(markThreeReads, len(right))] {
						out = append(out, arc{span: 1, units: [2]int32{r.sylID[a.word], r.sylID[b.word]}, third: r.sylID[c.word] + 1,
							text: r.syl[a.word] + " " + r.syl[b.word] + " " + r.syl[c.word], chLogP: a.logP + b.logP + c.logP + ca + cb})
					}
				}
			}
		}
	}
	return out
}

// markPartReadings are the readings of one part of a token cut next to a
// mark. A run of two mark symbols or more ("t<;>p") is one vowel's marks
// drawn apart, which the channel's placeholder rows read only as one symbol:
// the part is also read with the run as "~", the placeholder of a vowel
// with any mark, and the cheaper reading of each syllable kept.
func (r *Repairer) markPartReadings(ch *errmodel.Channel, part string) []candidate {
	obs := normalizeObserved(part)
	c := r.candidates(ch, obs)
	folded := foldMarkRuns(obs)
	if folded == obs {
		return c
	}
	f := r.candidates(ch, folded)
	if len(c) == 0 {
		return f
	}
	out := slices.Clone(c)
	for _, x := range f {
		k := slices.IndexFunc(out, func(y candidate) bool { return y.word == x.word })
		switch {
		case k < 0:
			out = append(out, x)
		case x.logP > out[k].logP:
			out[k] = x
		}
	}
	return r.prune(out, maxLegacyCandidates)
}

// foldMarkRuns writes each run of two mark symbols or more after a letter
// as one "~".
func foldMarkRuns(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for k := 0; k < len(rs); {
		e := k
		for e < len(rs) && k > 0 && unicode.IsLetter(rs[k-1]) && markRune(rs[e]) {
			e++
		}
		if e-k >= 2 {
			b.WriteByte('~')
			k = e
			continue
		}
		b.WriteRune(rs[k])
		k++
	}
	return b.String()
}

// markedVowel reports a vowel with a tone or a hat, breve or horn.
func markedVowel(c rune) bool {
	return viet.Marked(c) && viet.IsVowel(viet.BaseLetter(c))
}
