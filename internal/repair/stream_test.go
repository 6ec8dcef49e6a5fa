package repair

import (
	"context"
	"os"
	"strings"
	"testing"
)

// streamAll repairs text through Stream and returns the text and changes.
func streamAll(t *testing.T, r *Repairer, text string) (string, []Change) {
	t.Helper()
	var out strings.Builder
	var changes []Change
	err := r.Stream(context.Background(), strings.NewReader(text), func(b Block) error {
		out.WriteString(b.Text)
		changes = append(changes, b.Changes...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), changes
}

// TestStreamTextOnly: skipping confidences must not change the text, and
// only TextOnly may leave them out.
func TestStreamTextOnly(t *testing.T) {
	raw, err := os.ReadFile("testdata/heldout.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := stripAll(string(raw))
	full, fullChanges := streamAll(t, realRepairer(t, Options{}), text)
	fast, fastChanges := streamAll(t, realRepairer(t, Options{TextOnly: true}), text)
	if full != fast {
		t.Fatalf("TextOnly changed the text:\n%s\nwant\n%s", fast, full)
	}
	if len(fullChanges) != len(fastChanges) || len(fullChanges) == 0 {
		t.Fatalf("%d changes with confidences, %d without", len(fullChanges), len(fastChanges))
	}
	unsure := 0
	for _, c := range fullChanges {
		if c.Confidence < 0.99 {
			unsure++
		}
	}
	if unsure == 0 {
		t.Error("no change of a stripped passage has confidence below 0.99: were confidences computed?")
	}
	// MinConfidence needs the confidences, TextOnly or not.
	_, kept := streamAll(t, realRepairer(t, Options{TextOnly: true, MinConfidence: 0.99}), text)
	n := 0
	for _, c := range kept {
		if c.Kept {
			n++
		}
	}
	if n != unsure {
		t.Errorf("TextOnly with MinConfidence 0.99 kept %d changes, want %d", n, unsure)
	}
}
