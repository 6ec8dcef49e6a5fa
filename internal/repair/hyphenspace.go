package repair

// appendHyphenated cuts syllables joined by hyphens at them ("Đô-la": a
// loanword or a foreign name, as Vietnamese transcribes them), so the
// hyphen is kept as punctuation. But OCR also reads a speck in the space
// between two words as a hyphen ("bổ sung-khoản 4"): hyphenSpaceArcs
// offers, over a syllable, the hyphen and the syllable glued after it,
// the reading of the two syllables as they are with a space for the
// hyphen, at hyphenSpacePenalty; the language model decides against the
// hyphen kept.
func (r *Repairer) hyphenSpaceArcs(text string, slots []slot, i int) []arc {
	if i+2 >= len(slots) {
		return nil
	}
	s, p, w := slots[i], slots[i+1], slots[i+2]
	if s.kind != slotWord || p.kind != slotFixed || p.start != s.end || text[p.start:p.end] != "-" || w.kind != slotWord || w.start != p.end {
		return nil
	}
	left, right := r.trie.lookup(normalizeObserved(text[s.start:s.end])), r.trie.lookup(normalizeObserved(text[w.start:w.end]))
	if left < 0 || right < 0 {
		return nil
	}
	return []arc{{span: 3, units: [2]int32{r.sylID[left], r.sylID[right]}, text: r.syl[left] + " " + r.syl[right], chLogP: hyphenSpacePenalty}}
}

// hyphenSpacePenalty is the log-probability that a hyphen between two
// syllables with no space stands for a space: twice innerMarkPenalty,
// since correct text joins syllables by hyphens often (a loanword such as
// "Đô-la" that the corpus also writes "đô la") and OCR reads a space as a
// hyphen seldom.
const hyphenSpacePenalty = 2 * innerMarkPenalty
