package errmodel

import (
	"strings"
	"testing"
)

// a small channel written for the test: letters read as themselves, ộ also
// as o, a stray character now and then.
const tinyTable = `version	test
stripped	insert	-	-9.000	0
stripped	"ộ"	"ộ"	-0.100	0
stripped	"ộ"	"o"	-1.000	0
stripped	"ư"	"ư"	-0.100	0
stripped	"ư"	"u"	-1.000	0
stripped	"c"	"c"	-0.010	0
stripped	"h"	"h"	-0.010	0
stripped	"n"	"n"	-0.010	0
stripped	"g"	"g"	-0.010	0
stripped	"đ"	"đ"	-0.010	0
stripped	"đ"	"d"	-1.000	0
stripped	"t"	"t"	-0.010	0
stripped	"r"	"r"	-0.010	0
stripped	"ờ"	"ờ"	-0.100	0
stripped	"ờ"	"o"	-1.000	0
`

func tinyChannel(t *testing.T) *Channel {
	t.Helper()
	m, err := Parse(strings.NewReader(tinyTable))
	if err != nil {
		t.Fatal(err)
	}
	return m.Get(Stripped)
}

// A confusion the input repeats in several words is learned; one seen in a
// single word, however often, and one seen twice are not.
func TestAdapterLearnsRepeatedConfusions(t *testing.T) {
	ch := tinyChannel(t)
	a := NewAdapter(ch)
	a.CountLetters("cộng độc trường cộng độc đường")
	for _, p := range [][2]string{{"cộng", "cqng"}, {"độc", "dqc"}, {"cộng", "cqng"}, {"độc", "đqc"}, {"trường", "trvờng"}, {"trường", "trvờng"}, {"trường", "trvờng"}, {"đường", "đuờnq"}} {
		a.Add(p[0], p[1])
	}
	learned := a.Learned()
	has := func(r rune, o string) bool {
		for _, c := range learned {
			if c.Intended == r && c.Observed == o {
				return true
			}
		}
		return false
	}
	if !has('ộ', "q") {
		t.Errorf("ộ → q (4 times in 2 words) not learned: %v", learned)
	}
	if has('ư', "v") {
		t.Errorf("ư → v (3 times, one word) learned: %v", learned)
	}
	if has('g', "q") {
		t.Errorf("g → q (once) learned: %v", learned)
	}
	ad := ch.Adapted(learned)
	if lp, ok := ad.row('ộ', "q"); !ok || lp > logf(maxAdaptP)+1e-6 {
		t.Errorf("adapted row ộ → q: %v %v", lp, ok)
	}
	if _, ok := ch.row('ộ', "q"); ok {
		t.Error("Adapted changed its base channel")
	}
	if len(ad.GroupsStartingWith('q')) == 0 {
		t.Error("the adapted channel's search index lacks the learned row")
	}
}

// What the base channel already expects as much is not learned again.
func TestAdapterSkipsWhatTheChannelKnows(t *testing.T) {
	ch := tinyChannel(t)
	a := NewAdapter(ch)
	a.CountLetters("cộng độc")
	for range 3 {
		a.Add("cộng", "cong")
		a.Add("độc", "doc")
	}
	for _, c := range a.Learned() {
		if c.Intended == 'ộ' && c.Observed == "o" {
			t.Errorf("learned ộ → o, which the channel has at e^-1: %v", c)
		}
	}
}

// A "word" over maxAdaptWord runes (a run without a space that repair
// changed whole) teaches nothing: aligning it would cost the square of its
// length. The same confusions in words of a syllable are learned.
func TestAdapterLeavesOutLongWords(t *testing.T) {
	ch := tinyChannel(t)
	long := NewAdapter(ch)
	short := NewAdapter(ch)
	n := maxAdaptWord/4 + 1
	decoded, observed := strings.Repeat("cộng", n), strings.Repeat("cqng", n)
	for _, a := range []*Adapter{long, short} {
		a.CountLetters(decoded + " độc cộng")
	}
	for range 3 {
		long.Add(decoded, observed)
		long.Add(decoded+"đ", observed+"d")
	}
	if got := long.Learned(); len(got) != 0 {
		t.Errorf("learned %v from words of %d runes", got, len([]rune(decoded)))
	}
	for _, p := range [][2]string{{"cộng", "cqng"}, {"độc", "dqc"}, {"cộng", "cqng"}, {"độc", "đqc"}} {
		short.Add(p[0], p[1])
	}
	if len(short.Learned()) == 0 {
		t.Error("nothing learned from the same confusion in short words")
	}
}
