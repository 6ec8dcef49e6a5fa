package errmodel

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// Floors for what the training pages cannot show often enough. They are
// the only hand-set numbers of the model: a letter may always be read with a
// different tone or vowel mark on the same base letter, and the legacy kind of
// damage loses whole marked vowels ("Huyn" for "Huyện"), which Tesseract
// rarely does on clean renders.
const (
	minSameBase       = 1e-4
	minLegacySameBase = 5e-3
	minLegacyDelete   = 0.01
	minLegacyBare     = 0.05
	maxRows           = 16
	minCount          = 2
)

// The hand look-alikes' probabilities: well below what the pairs teach, so
// a correct word is not changed for them.
const (
	minLookAlike      = 0.01
	minCleanLookAlike = 1e-3
	toneInherit       = 0.3
	markInherit       = 0.1
)

// inherit lets each letter v take, from every other letter u related to
// it, the observations keep accepts, at factor times their probability
// under u, where that beats v's own. All letters read the rows as they
// were before the pass.
func inherit(rows map[rune]map[string]float64, related func(u, v rune) bool, keep func(u rune, o string) bool, factor float64) {
	taken := map[rune]map[string]float64{}
	for _, v := range viet.Letters() {
		for _, u := range viet.Letters() {
			if u == v || rows[u] == nil || !related(u, v) {
				continue
			}
			for o, p := range rows[u] {
				if !keep(u, o) {
					continue
				}
				if taken[v] == nil {
					taken[v] = map[string]float64{}
				}
				taken[v][o] = max(taken[v][o], p*factor)
			}
		}
	}
	for v, row := range taken {
		for o, p := range row {
			if rows[v][o] < p {
				rows[v][o] = p
			}
		}
	}
}

// buildChannel normalises counts into a channel, dropping rare rows and
// adding the floors.
func buildChannel(name string, c map[emissionKey]float64, inserts, observed float64, hand *handRows) *Channel {
	ch := &Channel{Name: name, emit: map[rune][]Emission{}, InsertLogP: logf((inserts + 1) / (observed + 2)), UnseenLogP: -0.05}
	total := map[rune]float64{}
	for k, n := range c {
		total[k.Intended] += n
	}
	rows := map[rune]map[string]float64{}
	for k, n := range c {
		if n < minCount && k.Observed != string(k.Intended) {
			continue
		}
		if rows[k.Intended] == nil {
			rows[k.Intended] = map[string]float64{}
		}
		rows[k.Intended][k.Observed] = n / total[k.Intended]
	}
	// Legacy OCR confuses one mark for another all the time ("bão" for
	// "bảo", "tré" for "trẻ"): a higher floor there.
	floor := minSameBase
	if name == Legacy {
		floor = minLegacySameBase
	}
	for _, v := range viet.Letters() {
		if rows[v] == nil {
			rows[v] = map[string]float64{}
		}
		for _, u := range viet.Letters() {
			if u != v && viet.BaseLetter(u) == viet.BaseLetter(v) && rows[v][string(u)] < floor {
				rows[v][string(u)] = floor
			}
		}
		if _, ok := rows[v][string(v)]; !ok {
			rows[v][string(v)] = 0.5
		}
		if name == Legacy && viet.Marked(v) && v != 'đ' && rows[v][""] < minLegacyDelete {
			rows[v][""] = minLegacyDelete
		}
		if name == Legacy && v != viet.BaseLetter(v) && rows[v][string(viet.BaseLetter(v))] < minLegacyBare {
			// Old OCR drops every mark of a letter as often as it keeps one.
			rows[v][string(viet.BaseLetter(v))] = minLegacyBare
		}
		if name == Legacy {
			for _, o := range rowsOf(hand.legacy, v) {
				if rows[v][o] < minLookAlike {
					rows[v][o] = minLookAlike
				}
			}
		}
		if name == Clean || name == Stripped {
			for _, o := range hand.clean[v] {
				if rows[v][o] < minCleanLookAlike {
					rows[v][o] = minCleanLookAlike
				}
			}
			if o, ok := hand.vowelShapeTwin(v); ok && rows[v][o] < minCleanLookAlike {
				rows[v][o] = minCleanLookAlike
			}
		}
	}
	if name != Clean {
		// What OCR makes of a vowel's shape it makes of the same vowel with
		// any tone, the tone being lost on the way ("w" seen for ư is
		// likely for ứ too): toned rows inherit their toneless row's
		// emissions at a discount, where their own counts are thinner.
		// Siblings with other tones share in the same way ("g" seen for ợ
		// is likely for ỡ), except observations that carry a tone.
		inherit(rows, func(u, v rune) bool { return viet.WithoutTone(u) == viet.WithoutTone(v) },
			func(u rune, o string) bool {
				if o == "" || o == string(u) {
					return false
				}
				r, n := utf8.DecodeRuneInString(o)
				return n != len(o) || viet.WithoutTone(r) == r
			}, toneInherit)
		// Less so across vowel marks on the same letter: "6" read for ô is
		// possible for ơ ("S6" for "Sở").
		inherit(rows, func(u, v rune) bool {
			return viet.BaseLetter(u) == viet.BaseLetter(v) && viet.WithoutTone(u) != viet.WithoutTone(v)
		},
			func(_ rune, o string) bool {
				// only glyphs of another kind (digits, symbols)
				return o != "" && utf8.RuneCountInString(o) == 1 && !unicode.IsLetter([]rune(o)[0])
			}, markInherit)
	}
	for r, row := range rows {
		es := make([]Emission, 0, len(row))
		for o, p := range row {
			es = append(es, Emission{Intended: r, Observed: o, LogP: logf(p)})
		}
		sort.Slice(es, func(i, j int) bool {
			if es[i].LogP != es[j].LogP {
				return es[i].LogP > es[j].LogP
			}
			return es[i].Observed < es[j].Observed
		})
		if len(es) > maxRows {
			// The hand look-alikes come on top of the learned rows: they
			// tie at minLookAlike, so a cut among them would drop some
			// ("ll" for ủ) by the alphabet, and they must not push out
			// what the pairs taught. So do the floors for a letter of the
			// same base read with another mark: the cut lost "ù" for ứ,
			// and legacy OCR's "cù" could not be cứ.
			kept := es[:0]
			learned := 0
			for _, e := range es {
				switch {
				case isLookAlike(hand.forChannel(name), r, e.Observed) || sameBaseLetter(r, e.Observed):
					kept = append(kept, e)
				case learned < maxRows:
					kept = append(kept, e)
					learned++
				}
			}
			es = kept
		}
		ch.emit[r] = es
	}
	hand.apply(ch) // indexes ch too
	return ch
}

// sameBaseLetter reports an observed single letter other than r on r's
// base letter (ù for ứ).
func sameBaseLetter(r rune, o string) bool {
	c, n := utf8.DecodeRuneInString(o)
	return n == len(o) && c != r && unicode.IsLetter(c) && viet.BaseLetter(c) == viet.BaseLetter(r)
}
