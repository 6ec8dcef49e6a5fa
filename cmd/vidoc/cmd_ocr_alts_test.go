package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// TestOCRAlternativesJSON reads a committed page with --alternatives: every
// word carries its glyphs' choices in the documented form; without the flag
// the JSON has no "chars" at all.
func TestOCRAlternativesJSON(t *testing.T) {
	page := filepath.Join(ocrPagesDir, "page1.png")
	run := func(alts bool) string {
		opts := defaultOCROptions()
		opts.Format, opts.Alternatives, opts.Jobs = "json", alts, 1
		var out bytes.Buffer
		if err := runOCR(context.Background(), opts, &GlobalOptions{}, []string{page}, nil, &out, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	if plain := run(false); strings.Contains(plain, `"chars"`) {
		t.Error(`JSON without --alternatives has "chars"`)
	}
	out := run(true)
	if !strings.Contains(out, `"chars":[{"alts":[{"c":"`) {
		t.Errorf("JSON with --alternatives lacks the documented form: %.300s", out)
	}
	var r ocr.Result
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Words) == 0 {
		t.Fatal("no words")
	}
	for _, w := range r.Words {
		if len(w.Chars) == 0 || len(w.Chars[0].Alts) == 0 {
			t.Errorf("word %q has no choices", w.Text)
		}
	}
}
