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

func tinyChannel(t *testing.T) *Channel { return tableChannel(t, tinyTable, Stripped) }

// tableChannel is the channel called name of a table written for a test.
func tableChannel(t *testing.T, table, name string) *Channel {
	t.Helper()
	m, err := Parse(strings.NewReader(table))
	if err != nil {
		t.Fatal(err)
	}
	return m.Get(name)
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

// What the input shows about as often as the base channel expects is
// neither raised nor lowered.
func TestAdapterSkipsWhatTheChannelKnows(t *testing.T) {
	ch := tinyChannel(t)
	a := NewAdapter(ch)
	for range 10 {
		a.CountLetters("cộng độc")
	}
	for range 3 {
		a.Add("cộng", "cong")
		a.Add("độc", "doc")
	}
	for _, c := range a.Learned() {
		if c.Intended == 'ộ' && c.Observed == "o" {
			t.Errorf("moved ộ → o, which the channel has at e^-1 and the input shows 6 times in 20: %v", c)
		}
	}
}

// a channel written for the lowering tests: the hook of ả is lost as
// often as not (ả → "a" at e^-0.7), as the legacy channel learned from
// engines that drop it; the sharp of á rarely (e^-2.5); a rare ả → "ä".
const hookTable = `version	test
legacy	insert	-	-9.000	0
legacy	"ả"	"ả"	-0.700	0
legacy	"ả"	"a"	-0.700	0
legacy	"ả"	"ä"	-5.000	0
legacy	"á"	"á"	-0.100	0
legacy	"á"	"a"	-2.500	0
legacy	"a"	"a"	-0.010	0
legacy	"b"	"b"	-0.010	0
legacy	"c"	"c"	-0.010	0
legacy	"h"	"h"	-0.010	0
legacy	"n"	"n"	-0.010	0
legacy	"o"	"o"	-0.010	0
legacy	"q"	"q"	-0.010	0
legacy	"u"	"u"	-0.010	0
legacy	"đ"	"đ"	-0.100	0
legacy	"đ"	"d"	-1.000	0
`

func hookChannel(t *testing.T) *Channel { return tableChannel(t, hookTable, Legacy) }

// readTimes hands a n times the decoded text and the changes in it
// (decoded word, observed word).
func readTimes(a *Adapter, n int, decoded string, changes ...[2]string) {
	for range n {
		a.CountLetters(decoded)
		for _, c := range changes {
			a.Add(c[0], c[1])
		}
	}
}

func findRow(learned []Confusion, r rune, o string) (Confusion, bool) {
	for _, c := range learned {
		if c.Intended == r && c.Observed == o {
			return c, true
		}
	}
	return Confusion{}, false
}

// A made-up document whose engine never drops the hook of ả (it reads
// "bảo", "quản", "cả" right every time, while it loses the sharp of á)
// stops reading a bare "a" as ả: the row ả → "a" goes down, the sharp's
// row goes up, and a row too rare to be expected in these readings stays.
func TestAdapterLowersRowsTheInputContradicts(t *testing.T) {
	ch := hookChannel(t)
	a := NewAdapter(ch)
	a.Observe("bao quan ca cac ban")
	readTimes(a, 10, "bảo quản cả các bán", [2]string{"các", "cac"}, [2]string{"bán", "ban"})
	learned := a.Learned()
	down, ok := findRow(learned, 'ả', "a")
	if !ok || !down.Lowered() {
		t.Fatalf("ả → \"a\" not lowered though the input read 30 ả and never lost the hook: %v", learned)
	}
	if down.Count != 0 || down.Letters != 30 {
		t.Errorf("ả → \"a\" counted %d in %d readings, want 0 in 30", down.Count, down.Letters)
	}
	if up, ok := findRow(learned, 'á', "a"); !ok || up.Lowered() {
		t.Errorf("á → \"a\", seen 20 times in 2 words, not raised: %v", learned)
	}
	if c, ok := findRow(learned, 'ả', "ä"); ok {
		t.Errorf("ả → \"ä\", expected e^-5 × 30 < 1 time, lowered: %v", c)
	}
	ad := ch.Adapted(learned)
	hook, _ := ad.row('ả', "a")
	sharp, _ := ad.row('á', "a")
	if hook >= -0.7 || hook < -0.7-maxLowerNats-1e-6 || sharp <= hook {
		t.Errorf("adapted ả → \"a\" e^%.2f, á → \"a\" e^%.2f: want the hook's row lowered (by at most %v) below the sharp's", hook, sharp, maxLowerNats)
	}
	if lp, _ := ch.row('ả', "a"); lp != -0.7 {
		t.Errorf("Adapted changed its base channel: e^%.2f", lp)
	}
	if g := a.Gain(learned); g <= 0 || a.Gain(nil) != 0 {
		t.Errorf("the adapted rows explain the readings %.2f nats better, nothing moved %.2f", g, a.Gain(nil))
	}
	if s := down.String(); !strings.Contains(s, "×0 in 30 ả") {
		t.Errorf("a lowered row shows as %q", s)
	}
}

// A letter read a few times is too little evidence to lower its rows: the
// base channel stands.
func TestAdapterLowersOnlyOnEnoughReadings(t *testing.T) {
	a := NewAdapter(hookChannel(t))
	for range minLowerLetters / 2 {
		a.CountLetters("cả")
	}
	if c, ok := findRow(a.Learned(), 'ả', "a"); ok {
		t.Errorf("lowered on %d readings of ả: %v", minLowerLetters/2, c)
	}
}

// A capital the input misreads (Đ as "B" at a word's start) is learned as
// a row of that capital, counted against the words that start with it, not
// diluted over small đ, which the input reads right: small b is no đ.
func TestAdapterKeepsCapitalConfusionsApart(t *testing.T) {
	ch := hookChannel(t)
	a := NewAdapter(ch)
	readTimes(a, 3, "Đảng Đoàn đoàn đoàn đoàn đoàn đoàn đoàn đoàn", [2]string{"đảng", "Bảng"}, [2]string{"đoàn", "Boàn"})
	learned := a.Learned()
	capital, ok := findRow(learned, 'đ', "B")
	if !ok || capital.Lowered() || capital.Letters != 6 {
		t.Fatalf("capital row đ → \"B\" (6 of 6 capital Đ) not learned apart: %v", learned)
	}
	if c, ok := findRow(learned, 'đ', "b"); ok {
		t.Errorf("learned the small row đ → \"b\": %v", c)
	}
	ad := ch.Adapted(learned)
	if len(ad.GroupsStartingWith('B')) == 0 {
		t.Error("the adapted channel's index lacks \"B\" for đ")
	}
	for _, g := range ad.GroupsStartingWith('b') {
		for _, e := range g.Emissions {
			if e.Intended == 'đ' {
				t.Errorf("the adapted channel reads small %q as đ", g.Observed)
			}
		}
	}
	e := a.Evidence()
	if len(e.Capitals) != 1 || e.Capitals[0] != (LetterCount{Letter: "đ", Count: 6}) {
		t.Errorf("evidence capitals %v, want đ 6", e.Capitals)
	}
	b := NewAdapter(ch)
	b.AddEvidence(e)
	if c, ok := findRow(b.Learned(), 'đ', "B"); !ok || c.Letters != 6 {
		t.Errorf("pooled evidence loses the capital row: %v", b.Learned())
	}
}

// A decoding too unsure to teach is taken out of the letter counts: its
// letters are no evidence that a row goes unused.
func TestAdapterSkipUncountsLetters(t *testing.T) {
	a := NewAdapter(hookChannel(t))
	for range 30 {
		a.CountLetters("Bảo")
		a.Skip("Bảo")
	}
	if len(a.Learned()) != 0 || len(a.Evidence().Letters) != 0 || len(a.Evidence().Capitals) != 0 {
		t.Errorf("skipped words still counted: %v %v", a.Learned(), a.Evidence())
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
