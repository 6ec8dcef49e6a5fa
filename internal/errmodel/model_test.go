package errmodel

import (
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/viet"
)

func observedOf(ch *Channel, r rune) map[string]bool {
	have := map[string]bool{}
	for _, e := range ch.Rows(r) {
		have[e.Observed] = true
	}
	return have
}

// The embedded legacy channel keeps every hand look-alike of a letter on
// top of its learned rows ("ll" for ủ used to fall to a cut among ties).
func TestLookAlikesKeptInLegacy(t *testing.T) {
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	hand, err := embeddedHandRows()
	if err != nil {
		t.Fatal(err)
	}
	ch := cs.Get(Legacy)
	for _, letter := range []rune{'ủ', 'ụ', 'ư', 'ờ', 'ê', 'h', 'ậ', 'á'} {
		have := observedOf(ch, letter)
		los := rowsOf(hand.legacy, letter)
		if len(los) == 0 {
			t.Errorf("no hand look-alikes for %q", letter)
		}
		for _, o := range los {
			if !have[o] {
				t.Errorf("legacy %q lacks look-alike %q", letter, o)
			}
		}
	}
}

// Every channel keeps its floor for a letter read with another mark on the
// same base ("ù" for ứ) beyond the cut of learned rows.
func TestSameBaseFloorsKept(t *testing.T) {
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{Clean, Stripped, Legacy} {
		ch := cs.Get(name)
		for _, pair := range [][2]rune{{'ứ', 'ù'}, {'ẩ', 'ã'}, {'ợ', 'o'}} {
			if !observedOf(ch, pair[0])[string(pair[1])] {
				t.Errorf("%s: %q never read as %q", name, pair[0], pair[1])
			}
		}
	}
}

// The hand rows are data with a reason each: a row without provenance, an
// unknown table or a twin of two letters is refused with its line.
func TestParseHandRows(t *testing.T) {
	h, err := parseHandRows("# c\nlegacy\t\"ư\"\t\"ir\"\thorn apart\ntwin\t\"e\"\t\"o\"\tbar lost\nmark\t\"*\"\t\"~\"\tmarks stacked\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := h.legacy['ư']; len(got) != 1 || got[0] != "ir" {
		t.Errorf("legacy ư: %q", got)
	}
	if len(h.marks) != 1 || h.marks[0] != "~" {
		t.Errorf("marks: %q", h.marks)
	}
	if tw, ok := h.vowelShapeTwin('é'); !ok || tw != "ó" {
		t.Errorf("twin of é: %q %v", tw, ok)
	}
	for _, bad := range []string{
		"legacy\t\"ư\"\t\"ir\"\t\n",
		"legacy\t\"ư\"\t\"ir\"\n",
		"other\t\"ư\"\t\"ir\"\twhy\n",
		"twin\t\"e\"\t\"oo\"\twhy\n",
		"legacy\t\"ưu\"\t\"ir\"\twhy\n",
		"mark\t\"*\"\t\"\"\twhy\n",
		"multi\t\"r\"\t\"n\"\tone letter is a legacy row\n",
		"multi\t\"rườ\"\t\"nr\"\ttoned\n",
		"multi\t\"RƯ\"\t\"nr\"\tcapitals\n",
		"multi\t\"ngườ\"\t\"m\"\tfour letters\n",
		"multi\t\"rư\"\t\"\"\tread as nothing\n",
		"capital\t\"đ\"\t\"b\"\tnot a capital\n",
		"capital\t\"ộ\"\t\"Q\"\ttoned\n",
	} {
		if _, err := parseHandRows("# head\n" + bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("%q: err %v, want one naming line 2", bad, err)
		}
	}
}

// Parse reads what Write writes, byte for byte.
func TestWriteParseRoundTrip(t *testing.T) {
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var a, b strings.Builder
	if err := cs.Write(&a, nil); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Write(&b, nil); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("Write(Parse(Write(m))) differs from Write(m)")
	}
}

// The hand rows applied when the model is loaded leave every row of the
// shipped table as Learn wrote it (Learn applied them already), except the
// rows of lookalikes.tsv written since, which may only raise a row.
func TestHandRowsAtLoadKeepTheTable(t *testing.T) {
	parsed, err := Parse(strings.NewReader(dictionaries.ErrorModel))
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	hand, err := embeddedHandRows()
	if err != nil {
		t.Fatal(err)
	}
	isHand := func(channel string, r rune, o string) bool {
		if viet.Marked(r) && slices.Contains(hand.marks, o) || slices.Contains(hand.capital[viet.WithoutTone(r)], o) {
			return true
		}
		if channel == Legacy {
			return isLookAlike(hand.legacy, r, o)
		}
		tw, _ := hand.vowelShapeTwin(r)
		return slices.Contains(hand.clean[r], o) || tw == o
	}
	for i, ch := range parsed.Channels {
		for r, es := range ch.emit {
			for _, e := range es {
				lp, ok := loaded.Channels[i].row(r, e.Observed)
				switch {
				case !ok || lp < e.LogP:
					t.Errorf("%s %q → %q: table %v, loaded %v (%v)", ch.Name, r, e.Observed, e.LogP, lp, ok)
				case lp != e.LogP && !isHand(ch.Name, r, e.Observed):
					t.Errorf("%s %q → %q: table %v raised to %v, by no hand row", ch.Name, r, e.Observed, e.LogP, lp)
				}
			}
		}
	}
}

// A multi row names two or three toneless letters read as one group; it
// goes to the legacy channel only, and an adapted channel keeps it.
func TestMultiRows(t *testing.T) {
	h, err := parseHandRows("multi\t\"rư\"\t\"nr\"\tjoined shapes\n")
	if err != nil {
		t.Fatal(err)
	}
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range cs.Channels {
		c := ch.Adapted(nil)
		h.apply(c)
		rows := c.MultiStartingWith('n')
		found := false
		for _, m := range rows {
			if m.Observed == "nr" && string(m.Intended) == "rư" {
				found = true
				if !m.MatchesIntended(1, 'ừ') || m.MatchesIntended(1, 'u') {
					t.Errorf("%s: ư of the row matches ừ, not u", ch.Name)
				}
			}
		}
		if found != (ch.Name == Legacy) {
			t.Errorf("%s: row rư → nr present %v", ch.Name, found)
		}
		if ch.Name == Legacy && len(c.Adapted(nil).MultiStartingWith('n')) != len(rows) {
			t.Errorf("an adapted legacy channel lost its multi rows")
		}
	}
}

// A legacy row keyed by a toned letter is that letter's alone (the dot
// below read as q's tail is no confusion of ú or u): it gets the floor,
// its siblings at most what tone inheritance passes on, while a row keyed
// by the toneless letter floors every tone, both when the table is learned
// and when the rows are applied to a loaded channel.
func TestTonedLegacyRows(t *testing.T) {
	h, err := parseHandRows("legacy\t\"ụ\"\t\"q\"\tdot below as a tail\nlegacy\t\"u\"\t\"ll\"\ttwo stems\n")
	if err != nil {
		t.Fatal(err)
	}
	floor := logf(minLookAlike) - tableRounding
	check := func(what string, ch *Channel) {
		t.Helper()
		if lp, ok := ch.row('ụ', "q"); !ok || lp < floor {
			t.Errorf("%s: ụ → q at %v (%v), want the floor %v", what, lp, ok, floor)
		}
		for _, r := range []rune{'u', 'ú', 'ụ'} {
			if lp, ok := ch.row(r, "ll"); !ok || lp < floor {
				t.Errorf("%s: %q → ll at %v (%v), want the floor", what, r, lp, ok)
			}
		}
		for _, r := range []rune{'u', 'ú'} {
			if lp, ok := ch.row(r, "q"); ok && lp >= floor {
				t.Errorf("%s: %q → q raised to the floor by a row of ụ", what, r)
			}
		}
	}
	check("learned", buildChannel(Legacy, map[emissionKey]float64{{'u', "u"}: 10}, 0, 10, h))
	cs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	loaded := cs.Get(Legacy).Adapted(nil)
	h.apply(loaded)
	check("applied", loaded)
}
