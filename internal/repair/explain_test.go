package repair

import (
	"context"
	"testing"

	"github.com/vidoc/vidoc/internal/ocrchan"
)

// Explaining decodes as the repairer does, and says of each change what
// decided it: a made-up capital lowered by a rule of case, a syllable
// whose marks the language model wanted against the printed ones.
func TestExplainingSaysWhatDecided(t *testing.T) {
	r := realRepairer(t, Options{})
	ctx := context.Background()
	text := "Ngân hàng cho vay Các tổ chức tín dụng theo kế hoach đã duyệt."
	words := channelsFor(text, map[string]map[int][]ocrchan.Choice{"Các": {0: {{Text: "C", P: 0.6}, {Text: "c", P: 0.35}}}})
	want, err := r.RepairWords(ctx, text, words)
	if err != nil {
		t.Fatal(err)
	}
	got, err := r.Explaining().RepairWords(ctx, text, words)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != want.Text || len(got.Changes) != len(want.Changes) {
		t.Fatalf("explaining: %q with %d changes, without: %q with %d", got.Text, len(got.Changes), want.Text, len(want.Changes))
	}
	rules := map[string]string{}
	for i, c := range got.Changes {
		if want.Changes[i].Why != nil {
			t.Errorf("%q: a Why without Explaining", c.Original)
		}
		if c.Why == nil {
			t.Fatalf("%q → %q: no Why", c.Original, c.Replacement)
		}
		if c.Replacement != want.Changes[i].Replacement || c.Confidence != want.Changes[i].Confidence {
			t.Errorf("explaining changed %q to %q (%g), without %q (%g)", c.Original, c.Replacement, c.Confidence, want.Changes[i].Replacement, want.Changes[i].Confidence)
		}
		rules[c.Original] = c.Why.Rule
		if c.Original == "hoach" {
			y := c.Why
			if !y.Printed || !y.Alts || y.Reading != "hoạch" {
				t.Errorf("hoach: %+v", *y)
			}
			// The glyphs read "hoach" surely: the language model, not
			// the channel, chose "hoạch".
			if y.ChChosen >= y.ChPrinted || y.LMChosen <= y.LMPrinted {
				t.Errorf("hoach: channel %g against printed %g, LM %g against %g", y.ChChosen, y.ChPrinted, y.LMChosen, y.LMPrinted)
			}
		}
	}
	if rules["Các"] != "ocrCapital" || rules["hoach"] != "token's case" {
		t.Errorf("rules %v, want Các by ocrCapital, hoach in the token's case", rules)
	}
}
