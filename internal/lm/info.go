package lm

import (
	"fmt"
	"io"
	"strings"

	"github.com/vidoc/vidoc/dictionaries"
)

// Info is what `vidoc dict info` tells about the embedded model.
type Info struct {
	Version     string      `json:"lm_version"` // dictionaries.LMVersion, a hash of lm.bin
	Order       int         `json:"order"`
	Vocab       int         `json:"vocab"`
	NGrams      []int       `json:"ngrams"`
	Cutoffs     Cutoffs     `json:"cutoffs"`
	Discounts   []Discounts `json:"discounts"`
	BytesOnDisk int         `json:"bytes_on_disk"`
	HeapBytes   int         `json:"heap_bytes"`
	LoadMillis  float64     `json:"load_ms"`
	Corpus      CorpusStats `json:"corpus"`
	Supplement  string      `json:"supplement,omitempty"`
}

// DefaultInfo describes the embedded model, loading it if need be.
func DefaultInfo() (Info, error) {
	m, err := Default()
	if err != nil {
		return Info{}, err
	}
	h := m.Header()
	return Info{
		Version: dictionaries.LMVersion, Order: h.Order, Vocab: h.Vocab, NGrams: h.NGrams, Cutoffs: h.Cutoffs, Discounts: h.Discounts,
		BytesOnDisk: m.SizeOnDisk(), HeapBytes: m.HeapBytes(), LoadMillis: float64(DefaultLoadTime().Microseconds()) / 1000,
		Corpus: h.Corpus, Supplement: h.Supplement,
	}, nil
}

// WriteText prints the figures for people, one per line.
func (i Info) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "language model  %s\n", i.Version)
	fmt.Fprintf(&b, "order           %d, modified Kneser-Ney, cut-offs %s\n", i.Order, i.Cutoffs)
	fmt.Fprintf(&b, "vocabulary      %d units\n", i.Vocab)
	for n, c := range i.NGrams {
		var d Discounts
		if n < len(i.Discounts) {
			d = i.Discounts[n]
		}
		fmt.Fprintf(&b, "%d-grams         %d (discounts %.3f %.3f %.3f)\n", n+1, c, d[0], d[1], d[2])
	}
	fmt.Fprintf(&b, "size on disk    %.2f MB (mapped, not copied)\n", float64(i.BytesOnDisk)/1e6)
	fmt.Fprintf(&b, "heap            %.2f MB (vocabulary index)\n", float64(i.HeapBytes)/1e6)
	fmt.Fprintf(&b, "load time       %.1f ms\n", i.LoadMillis)
	fmt.Fprintf(&b, "corpus          %d files, %d sentences, %d tokens, %d held-out documents left out\n",
		i.Corpus.Files, i.Corpus.Sentences, i.Corpus.Tokens, len(i.Corpus.FilesExcluded))
	if i.Supplement != "" {
		fmt.Fprintf(&b, "supplement      %s\n", i.Supplement)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
