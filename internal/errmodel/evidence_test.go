package errmodel

import (
	"encoding/json"
	"testing"
)

func learnedRow(cs []Confusion, r rune, o string) bool {
	for _, c := range cs {
		if c.Intended == r && c.Observed == o {
			return true
		}
	}
	return false
}

// Two inputs each show ư → v in one word, too little to learn from either;
// their evidence pooled is learned, and adding evidence up is the same
// bytes in any order.
func TestEvidencePoolsAcrossInputs(t *testing.T) {
	ch := tinyChannel(t)
	evidence := func(decoded, observed string) Evidence {
		a := NewAdapter(ch)
		a.CountLetters(decoded)
		for range 2 {
			a.Add(decoded, observed)
		}
		if learnedRow(a.Learned(), 'ư', "v") {
			t.Fatalf("one input of %q learned ư → v alone", decoded)
		}
		return a.Evidence()
	}
	e1, e2 := evidence("trường", "trvờng"), evidence("đường", "đvờng")

	a := NewAdapter(ch)
	a.CountLetters("cộng")
	a.AddEvidence(e1)
	a.AddEvidence(e2)
	if !learnedRow(a.Learned(), 'ư', "v") {
		t.Errorf("pooled evidence (4 times in 2 words) not learned: %v", a.Learned())
	}

	ab, _ := json.Marshal(e1.Add(e2))
	ba, _ := json.Marshal(e2.Add(e1))
	if string(ab) != string(ba) {
		t.Errorf("evidence added in another order differs:\n%s\n%s", ab, ba)
	}
	var back Evidence
	if err := json.Unmarshal(ab, &back); err != nil {
		t.Fatal(err)
	}
	b := NewAdapter(ch)
	b.AddEvidence(back)
	if got, _ := json.Marshal(b.Evidence()); string(got) != string(ab) {
		t.Errorf("evidence read back and counted again:\n%s\nwant\n%s", got, ab)
	}
	// Rows a damaged manifest could hold are ignored, not trusted.
	b.AddEvidence(Evidence{Rows: []EvidenceRow{{Intended: "ab", Observed: "x", Count: 9, Words: 9}, {Intended: "ư", Observed: "v", Count: -5}}})
	if got, _ := json.Marshal(b.Evidence()); string(got) != string(ab) {
		t.Errorf("bad rows were counted: %s", got)
	}
}
