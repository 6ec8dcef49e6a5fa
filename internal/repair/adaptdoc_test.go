package repair

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/viet"
)

func learnedUV(cs []ConfusionNote) bool {
	for _, c := range cs {
		if c.Intended == "ư" && c.Observed == "v" {
			return true
		}
	}
	return false
}

// A document too short to teach anything alone learns the damage the
// documents before it showed (a batch's pool), and reads better for it;
// its own evidence goes back to the pool under the damage it showed.
func TestAdaptDocumentLearnsFromThePool(t *testing.T) {
	r := realRepairer(t, Options{})
	lines := strings.SplitAfter(adaptInput(), "\n")
	truthLines := strings.SplitAfter(adaptTruth, "\n")
	first := strings.Join(append(append([]string(nil), lines[:3]...), lines[5:]...), "")
	short, shortTruth := strings.Join(lines[3:5], ""), strings.Join(truthLines[3:5], "")
	ctx := context.Background()

	_, alone, err := r.AdaptDocument(ctx, short, nil, "document")
	if err != nil {
		t.Fatal(err)
	}
	if learnedUV(alone.Note.Confusions) {
		t.Fatalf("two lines alone learned ư → v: %+v", alone.Note)
	}
	_, ad1, err := r.AdaptDocument(ctx, first, nil, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if len(ad1.Evidence["stripped"].Rows) == 0 {
		t.Fatalf("no evidence from the first document: %+v", ad1.Evidence)
	}
	// The pool as a manifest carries it: JSON, read back.
	b, err := json.Marshal(Pool{}.Merge(ad1.Evidence))
	if err != nil {
		t.Fatal(err)
	}
	pool, err := ParsePool(b)
	if err != nil {
		t.Fatal(err)
	}
	ar, pooled, err := r.AdaptDocument(ctx, short, pool, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if !learnedUV(pooled.Note.Confusions) || pooled.Note.Mode != "batch" || pooled.Note.Damage != "stripped" || ar == r {
		t.Fatalf("with the pool, ư → v not learned: %+v", pooled.Note)
	}
	before := eval.Compare(shortTruth, repairText(t, r, short).Text).SylAcc
	after := eval.Compare(shortTruth, repairText(t, ar, short).Text).SylAcc
	t.Logf("short document: %.3f alone, %.3f with the pool", before, after)
	if after <= before {
		t.Errorf("the pool did not help: %.3f, alone %.3f", after, before)
	}
	// Correct text takes nothing from a pool.
	cr, clean, err := r.AdaptDocument(ctx, adaptTruth, pool, "batch")
	if err != nil {
		t.Fatal(err)
	}
	if cr != r || clean.Note.Learned != 0 || len(clean.Evidence) != 0 {
		t.Errorf("correct text adapted: %+v, evidence %v", clean.Note, clean.Evidence)
	}
}

// Sample keeps a long document's adaptation to its first AdaptSample
// bytes, cut after a whole line.
func TestSampleIsBounded(t *testing.T) {
	short := "một dòng\n"
	if Sample(short) != short {
		t.Errorf("short text cut: %q", Sample(short))
	}
	long := strings.Repeat(viet.StripDiacritics(adaptTruth), 40)
	s := Sample(long)
	if len(s) > AdaptSample || len(s) < AdaptSample-200 || !strings.HasSuffix(s, "\n") || !strings.HasPrefix(long, s) {
		t.Errorf("sample of %d bytes: %d bytes, ends %q", len(long), len(s), s[max(0, len(s)-10):])
	}
}
