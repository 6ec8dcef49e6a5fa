package lm

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// WriteText prints the report for people: the model's figures, the corpus
// read and left out, the supplement, the corpus counts of Party vocabulary
// and, when held-out texts were given, the pruning table.
func (r *BuildReport) WriteText(w io.Writer) error {
	// Built in memory, written once: the report is a few lines.
	var b strings.Builder
	h := r.Header
	fmt.Fprintf(&b, "language model: order %d, vocabulary %d, n-grams %v, %.1f MB\n", h.Order, h.Vocab, h.NGrams, float64(r.Bytes)/1e6)
	fmt.Fprintf(&b, "corpus: %d files, %d sentences, %d tokens; %d documents and %d lines left out as held-out\n",
		h.Corpus.Files, h.Corpus.Sentences, h.Corpus.Tokens, len(h.Corpus.FilesExcluded), h.Corpus.LinesExcluded)
	if h.Supplement != "" {
		fmt.Fprintf(&b, "supplement: %s\n", h.Supplement)
	}
	fmt.Fprintf(&b, "Party vocabulary in the corpus (occurrences):")
	for _, t := range slices.Sorted(maps.Keys(r.DomainTerms)) {
		fmt.Fprintf(&b, " %s=%d", t, r.DomainTerms[t])
	}
	fmt.Fprintf(&b, "\n")
	if r.Eval.Units > 0 {
		fmt.Fprintf(&b, "\n%-10s %-28s %10s %8s %10s %8s\n", "cut-offs", "n-grams", "MB", "ppl", "syl ppl", "OOV %")
		for _, p := range r.Pruning {
			fmt.Fprintf(&b, "%-10s %-28s %10.2f %8.1f %10.1f %8.2f\n", p.Cutoffs, fmt.Sprint(p.NGrams),
				float64(p.Bytes)/1e6, p.Eval.Perplexity(), p.Eval.WordPerplexity(), 100*p.Eval.OOVRate())
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// String writes cut-offs as the --prune flag takes them: "1,2,2", or "none".
func (c Cutoffs) String() string {
	if len(c) == 0 {
		return "none"
	}
	s := make([]string, len(c))
	for i, v := range c {
		s[i] = strconv.Itoa(int(v))
	}
	return strings.Join(s, ",")
}
