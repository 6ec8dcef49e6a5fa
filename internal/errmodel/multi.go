package errmodel

import (
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// A MultiRow is a confusion over several intended letters at once: the
// shapes of two or three neighbouring letters run together and are read as
// another group ("rư" → "nr": the arm of r and the stem of ư joined into n,
// the horn left as r). A row of one letter cannot say it, because no single
// letter's reading explains the observed group. Intended letters are
// without tone (the lookalikes.tsv convention): a toned letter matches the
// row of its base, the tone lost with the shape.
type MultiRow struct {
	Intended []rune // lowercase, toneless
	Observed string
	LogP     float32
}

// MultiStartingWith lists the multi-letter rows whose observed string
// starts with r.
func (ch *Channel) MultiStartingWith(r rune) []MultiRow {
	if len(ch.multi) == 0 {
		return nil
	}
	return ch.multi[r]
}

// HasMulti reports whether the channel has multi-letter rows.
func (ch *Channel) HasMulti() bool { return len(ch.multi) > 0 }

// MultiRows lists the channel's multi-letter rows.
func (ch *Channel) MultiRows() []MultiRow {
	var out []MultiRow
	for _, rs := range ch.multi {
		out = append(out, rs...)
	}
	return out
}

// addMulti gives the channel the row intended → observed at probability p,
// raising it if the channel has it already.
func (ch *Channel) addMulti(intended []rune, observed string, p float64) {
	if ch.multi == nil {
		ch.multi = map[rune][]MultiRow{}
	}
	first, _ := utf8.DecodeRuneInString(observed)
	lp := logf(p)
	rows := ch.multi[first]
	for i := range rows {
		if rows[i].Observed == observed && string(rows[i].Intended) == string(intended) {
			rows[i].LogP = max(rows[i].LogP, lp)
			return
		}
	}
	ch.multi[first] = append(rows, MultiRow{Intended: intended, Observed: observed, LogP: lp})
}

// MatchesIntended reports whether trie letter r (lowercase, perhaps toned)
// is the row's k-th intended letter.
func (m *MultiRow) MatchesIntended(k int, r rune) bool {
	return viet.WithoutTone(r) == m.Intended[k]
}
