package repair

import (
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/eval"
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
		cs, err := parseChannels(f)
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
		hyp, err := r.Repair(context.Background(), stripAll(truth))
		if err != nil {
			t.Fatal(err)
		}
		strippedRes = append(strippedRes, eval.Compare(truth, hyp.Text))
		nsyl += eval.Compare(truth, truth).Words
		if os.Getenv("VIDOC_SHOW") != "" {
			os.WriteFile("/tmp/fdev-"+filepath.Base(p), []byte(hyp.Text), 0o644)
		}
		c, err := r.Repair(context.Background(), truth)
		if err != nil {
			t.Fatal(err)
		}
		cleanRes = append(cleanRes, eval.Compare(truth, c.Text))
		changed += len(c.Changes)
		if os.Getenv("VIDOC_SHOW") != "" {
			t.Logf("%s: stripped %.4f %v clean %v", filepath.Base(p), eval.Compare(truth, hyp.Text).SylAcc, hyp.Channels, c.Channels)
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
	res, _ := r.Repair(context.Background(), string(b))
	os.WriteFile("/tmp/sample.fixed.txt", []byte(res.Text), 0o644)
	t.Logf("sample channels %v", res.Channels)
	_ = strings.TrimSpace
}

// loadDevLM builds the tuning LM once and keeps it in /tmp as gob.
func loadDevLM(shared string) *devLM {
	const cache = "/tmp/vidoc-devlm.gob"
	lm := newDevLM()
	if f, err := os.Open(cache); err == nil {
		defer f.Close()
		var g devLMGob
		if gob.NewDecoder(f).Decode(&g) == nil {
			lm.ids, lm.words, lm.uni, lm.total, lm.bi, lm.biCtx, lm.tri, lm.triCtx = g.IDs, g.Words, g.Uni, g.Total, g.Bi, g.BiCtx, g.Tri, g.TriCtx
			return lm
		}
	}
	lm.addFiles(corpusFiles(shared), 40<<20)
	if f, err := os.Create(cache); err == nil {
		gob.NewEncoder(f).Encode(devLMGob{lm.ids, lm.words, lm.uni, lm.total, lm.bi, lm.biCtx, lm.tri, lm.triCtx})
		f.Close()
	}
	return lm
}

type devLMGob struct {
	IDs    map[string]int32
	Words  []string
	Uni    []float64
	Total  float64
	Bi     map[uint64]float64
	BiCtx  map[int32][2]float64
	Tri    map[[3]int32]float64
	TriCtx map[uint64][2]float64
}

func stripAll(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x1F00 {
			r2 := baseOf[r]
			if r2 != r && (r2 < 'a' || r2 > 'z') && (r2 < 'A' || r2 > 'Z') {
				r2 = r
			}
			r = r2
		}
		b.WriteRune(r)
	}
	return b.String()
}
