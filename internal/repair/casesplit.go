package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/viet"
)

// Text layers lose the space between two words where the second starts
// with a capital ("vàKế hoạch", "huyệnĐồng Nai") or where an abbreviation
// or a heading in capitals meets the small letters after it ("UBNDhuyện",
// "CHỨCthực hiện"). The case change marks where the space was far better
// than any cut splitArcs tries blindly, and a cut there is the only one
// that leaves an abbreviation whole. caseSplitArcs offers the token cut at
// its case changes as one more reading of it, each part read through the
// channel (or, in capitals, kept as the abbreviation it may be), and the
// language model and the channel decide against the whole-token readings.
// Tokens whose case change is part of their spelling stay whole unless the
// cut reads better: a small letter before a capital alone ("iPhone") is no
// part, and codes ("QĐ-UBND", "TP.HCM") are not words the slotter offers.

// caseCutPenalty is added to splitPenalty for a cut at a case change: less
// costly than a cut anywhere, as the case change already says where the
// space was; still a cost, so a word the channel reads whole stays whole.
const caseCutPenalty = 4

// casePartReads is how many readings of each part are tried: more than
// splitArcs tries at its blind cuts, as there are far fewer cuts here.
const casePartReads = 6

// caseCuts returns the byte offsets where w may be cut for its case: before
// a capital that follows a small letter ("hoạtĐộng"), and where a run of two
// or more capitals meets small letters, both before the small letters
// ("UBNDhuyện") and before the run's last capital, which may start a word in
// title case ("UBNDHuyện"). Each part has two letters or more.
func caseCuts(w string) []int {
	rs := []rune(w)
	if len(rs) < 4 {
		return nil
	}
	var cuts []int
	off := make([]int, len(rs)+1)
	for i, r := range rs {
		off[i+1] = off[i] + utf8.RuneLen(r)
	}
	add := func(k int) {
		if k >= 2 && k <= len(rs)-2 && (len(cuts) == 0 || cuts[len(cuts)-1] != off[k]) {
			cuts = append(cuts, off[k])
		}
	}
	for k := 1; k < len(rs); k++ {
		prev, cur := rs[k-1], rs[k]
		switch {
		case unicode.IsLower(prev) && unicode.IsUpper(cur):
			add(k)
		case unicode.IsUpper(prev) && unicode.IsLower(cur) && k >= 2 && unicode.IsUpper(rs[k-2]):
			add(k - 1)
			add(k)
		}
	}
	return cuts
}

// capsGlued reports a run of two or more capitals followed by two or more
// small letters ("UBNDhuyện", "CHỨCthực"): no word is spelled so, while
// a word in title case has one capital and codes have no small letters.
func capsGlued(w string) bool {
	caps, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r) && lower == 0:
			caps++
		case unicode.IsLower(r) && caps >= 2:
			lower++
		default:
			caps, lower = 0, 0
			if unicode.IsUpper(r) {
				caps = 1
			}
		}
		if caps >= 2 && lower >= 2 {
			return true
		}
	}
	return false
}

// caseSplitArcs are the readings of obsText cut at its case changes: the
// best few readings of each part, a part in capitals also kept as it is.
func (r *Repairer) caseSplitArcs(ch *errmodel.Channel, obsText string) []arc {
	if !strings.ContainsFunc(obsText, unicode.IsUpper) || !strings.ContainsFunc(obsText, unicode.IsLower) {
		return nil
	}
	var out []arc
	for _, cut := range caseCuts(obsText) {
		left, right := r.casePartReadings(ch, obsText[:cut]), r.casePartReadings(ch, obsText[cut:])
		for _, a := range left {
			for _, b := range right {
				out = append(out, arc{span: 1, units: [2]int32{a.unit, b.unit}, text: a.text + " " + b.text,
					glued: int32(cut), caseCut: true, chLogP: a.logP + b.logP + r.params.splitPenalty + caseCutPenalty})
			}
		}
	}
	return out
}

// casePart is one reading of a part of a token cut at its case.
type casePart struct {
	unit int32
	text string // the reading, small; the part as it is when kept
	logP float32
}

// casePartReadings are the best casePartReads readings of part through the
// channel, and, for a part in capitals that is no syllable as it is, the
// part kept as an abbreviation ("UBND"), at the cost of keeping any word.
func (r *Repairer) casePartReadings(ch *errmodel.Channel, part string) []casePart {
	obs := normalizeObserved(part)
	cands := r.splitCandidates(ch, obs)
	out := make([]casePart, 0, 4)
	known := false
	for _, c := range cands[:min(casePartReads, len(cands))] {
		known = known || r.syl[c.word] == obs
		out = append(out, casePart{r.sylID[c.word], r.syl[c.word], c.logP})
	}
	if !known && viet.CleanCaseOf(part) == viet.CaseUpper {
		if u := r.keepUnit(part); u != r.unk {
			out = append(out, casePart{u, part, keepLogP[ch.Name]})
		}
	}
	return out
}

// renderCaseCut writes a token cut at its case: each part in its own case
// (an abbreviation kept as it was), a space between.
func (r *Repairer) renderCaseCut(orig string, a *arc, upperLine bool) string {
	left, right, _ := strings.Cut(a.text, " ")
	return r.casePartText(left, orig[:a.glued], upperLine) + " " + r.casePartText(right, orig[a.glued:], upperLine)
}

func (r *Repairer) casePartText(text, orig string, upperLine bool) string {
	if text == orig {
		return orig
	}
	return r.caseLike(text, orig, upperLine)
}
