package repair

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/eval"
	"github.com/vidoc/vidoc/internal/viet"
)

// TestDevAccuracy is a tuning run, not a unit test: VIDOC_DEV=1.
func TestDevAccuracy(t *testing.T) {
	if os.Getenv("VIDOC_DEV") == "" {
		t.Skip("tuning run: set VIDOC_DEV=1")
	}
	shared := sharedDir()
	if shared == "" {
		t.Skip("no ../shared")
	}
	r := realRepairer(t, Options{})
	if p := os.Getenv("VIDOC_ERRMODEL"); p != "" {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := errmodel.Parse(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		base, err := newRepairer(r.lm, cs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		r = base
	}
	t0 := time.Now()
	nsyl := 0
	texts, _ := filepath.Glob(filepath.Join(shared, "dev/texts/*.txt"))
	sort.Strings(texts)
	var strippedRes, cleanRes []eval.Result
	changed, total := 0, 0
	for _, p := range texts {
		b, _ := os.ReadFile(p)
		truth := string(b)
		hyp, err := devAdapt(t, r, viet.StripDiacritics(truth)).Repair(context.Background(), viet.StripDiacritics(truth))
		if err != nil {
			t.Fatal(err)
		}
		strippedRes = append(strippedRes, eval.Compare(truth, hyp.Text))
		nsyl += eval.Compare(truth, truth).Words
		if os.Getenv("VIDOC_SHOW") != "" {
			os.WriteFile("/tmp/fdev-"+filepath.Base(p), []byte(hyp.Text), 0o644)
		}
		c, err := devAdapt(t, r, truth).Repair(context.Background(), truth)
		if err != nil {
			t.Fatal(err)
		}
		cleanRes = append(cleanRes, eval.Compare(truth, c.Text))
		changed += len(c.Changes)
		if os.Getenv("VIDOC_SHOW") != "" {
			t.Logf("%s: stripped %.4f %v clean %v", filepath.Base(p), eval.Compare(truth, hyp.Text).SylAcc, hyp.Damage, c.Damage)
		}
		total += eval.Compare(truth, truth).Words
		if os.Getenv("VIDOC_SHOW") != "" {
			for _, ch := range c.Changes[:min(10, len(c.Changes))] {
				fmt.Printf("clean change %q -> %q\n", ch.Original, ch.Replacement)
			}
		}
	}
	t.Logf("stripped syl_acc %.4f (%d syllables, both passes in %v)", eval.Sum(strippedRes...).SylAcc, nsyl, time.Since(t0))
	t.Logf("clean syl_acc %.4f, changes %d of %d words", eval.Sum(cleanRes...).SylAcc, changed, total)
	b, _ := os.ReadFile(filepath.Join(shared, "samples/longthanh-2024-kh.ocr.txt"))
	res, _ := devAdapt(t, r, string(b)).Repair(context.Background(), string(b))
	os.WriteFile("/tmp/sample.fixed.txt", []byte(res.Text), 0o644)
	t.Logf("sample damage %v", res.Damage)
	_ = strings.TrimSpace
}

// devAdapt is r adapted to text as vidoc fix adapts (its first AdaptSample
// bytes, whole lines) when VIDOC_ADAPT=1, else r.
func devAdapt(t *testing.T, r *Repairer, text string) *Repairer {
	if os.Getenv("VIDOC_ADAPT") == "" {
		return r
	}
	sample := text
	if len(sample) > AdaptSample {
		sample = sample[:AdaptSample]
		sample = sample[:strings.LastIndexByte(sample, '\n')+1]
	}
	ar, ad, err := r.Adapt(context.Background(), sample)
	if err != nil {
		t.Fatal(err)
	}
	if len(ad.Confusions) > 0 {
		t.Logf("adapted %s: %d confusions, first %v", ad.Damage, len(ad.Confusions), ad.Confusions[:min(3, len(ad.Confusions))])
	}
	return ar
}
