package lm

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/vidoc/vidoc/internal/token"
)

// BuildOptions configures Build.
type BuildOptions struct {
	// CorpusDirs are folders of UTF-8 .txt files, one paragraph per line.
	CorpusDirs []string
	// ExcludeDirs hold held-out texts: corpus documents sharing their lines
	// are left out, and so is every single shared line.
	ExcludeDirs []string
	// Order is the n-gram order, 2..MaxOrder (default 3).
	Order int
	// MinCount is how often a word must occur to enter the vocabulary
	// (default 3); rarer words become <unk>. Class units are always in.
	MinCount int
	// Cutoffs prunes the written model (see Cutoffs).
	Cutoffs Cutoffs
	// CompareCutoffs are further pruning levels to measure (size and
	// held-out perplexity) without writing them.
	CompareCutoffs []Cutoffs
	// Supplement is text with one in-domain phrase per line (# comments),
	// each counted SupplementWeight times inside the corpus counts.
	Supplement       string
	SupplementName   string
	SupplementWeight uint32
	// Version is the data version stored in the header.
	Version string
}

// PruneResult is one line of the pruning table.
type PruneResult struct {
	Cutoffs Cutoffs `json:"cutoffs"`
	NGrams  []int   `json:"ngrams"`
	Bytes   int     `json:"bytes"`
	Eval    Eval    `json:"eval"` // on the held-out texts
}

// BuildReport tells what Build did.
type BuildReport struct {
	Header      Header         `json:"header"`
	Bytes       int            `json:"bytes"`
	Eval        Eval           `json:"eval"` // of the written model on the held-out texts
	Pruning     []PruneResult  `json:"pruning"`
	DomainTerms map[string]int `json:"domain_terms"` // corpus counts of Party vocabulary, before the supplement
}

// domainProbes are the Party terms whose thin coverage the build measures.
var domainProbes = []string{"huyện ủy", "tỉnh ủy", "thành ủy", "đảng ủy", "cấp ủy", "ban thường vụ", "thường trực", "bí thư", "huyện ủy viên", "ủy ban kiểm tra"}

// Build reads the corpus, estimates a modified Kneser–Ney model, prunes it
// and writes it to w.
func Build(ctx context.Context, opts BuildOptions, w io.Writer) (*BuildReport, error) {
	if opts.Order == 0 {
		opts.Order = 3
	}
	if opts.Order < 2 || opts.Order > MaxOrder {
		return nil, fmt.Errorf("order %d: want 2..%d", opts.Order, MaxOrder)
	}
	if opts.MinCount == 0 {
		opts.MinCount = 3
	}
	if opts.SupplementWeight == 0 {
		opts.SupplementWeight = 1
	}
	var held *heldOut
	var heldText []string
	if len(opts.ExcludeDirs) > 0 {
		var err error
		if held, err = loadHeldOut(opts.ExcludeDirs); err != nil {
			return nil, err
		}
		for _, dir := range opts.ExcludeDirs {
			files, _ := textFiles(dir)
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					return nil, fmt.Errorf("exclude: %w", err)
				}
				heldText = append(heldText, string(b))
			}
		}
	}
	start := time.Now()
	u := newUnitText()
	var st CorpusStats
	if err := readCorpus(ctx, opts.CorpusDirs, held, u, &st); err != nil {
		return nil, err
	}
	slog.Info("corpus read", "files", st.Files, "sentences", st.Sentences, "tokens", st.Tokens,
		"units", len(u.names), "excluded_files", len(st.FilesExcluded), "excluded_lines", st.LinesExcluded, "elapsed", time.Since(start))

	rep := &BuildReport{DomainTerms: countPhrases(u, domainProbes)}

	// vocabulary: classes first, then words by falling count
	names, remap := chooseVocab(u, opts.MinCount)
	unkTypes := 0
	for i, r := range remap {
		if r == remap[u.ids[token.UnitUnknown]] && u.names[i] != token.UnitUnknown {
			unkTypes++
		}
	}
	id := func(s string) uint32 { return remap[u.ids[s]] }
	bos, eos, unk := id(token.UnitBOS), id(token.UnitEOS), id(token.UnitUnknown)
	slog.Info("vocabulary", "size", len(names), "min_count", opts.MinCount)

	c := newCounts(opts.Order)
	sent := make([]uint32, 0, 256)
	for i, t := range u.seq {
		if i&(1<<20-1) == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		if t == lineSep {
			c.addSentence(sent, bos, eos, 1)
			sent = sent[:0]
			continue
		}
		sent = append(sent, remap[t])
	}
	u.seq = nil
	supplement := ""
	if opts.Supplement != "" {
		n := addSupplement(c, opts.Supplement, names, opts.SupplementWeight)
		supplement = fmt.Sprintf("%d phrases of %s, each counted %d times", n, opts.SupplementName, opts.SupplementWeight)
	}
	for n := 1; n <= opts.Order; n++ {
		slog.Info("n-grams counted", "order", n, "distinct", len(c.raw[n-1]))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	e, err := estimateKN(c, len(names), bos)
	if err != nil {
		return nil, err
	}
	hdr := Header{
		Version:      opts.Version,
		BOS:          int(bos),
		EOS:          int(eos),
		Unknown:      int(unk),
		UnknownTypes: unkTypes,
		Corpus:       st,
		Supplement:   supplement,
	}
	levels := append([]Cutoffs{opts.Cutoffs}, opts.CompareCutoffs...)
	var chosen []byte
	for i, cut := range levels {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := e.prune(c, cut); err != nil {
			return nil, err
		}
		h := hdr
		h.Cutoffs = cut
		enc := encode(e, names, h)
		var buf bytes.Buffer
		if _, err := enc.WriteTo(&buf); err != nil {
			return nil, err
		}
		m, err := Load(buf.String())
		if err != nil {
			return nil, fmt.Errorf("reloading the built model: %w", err)
		}
		res := PruneResult{Cutoffs: cut, NGrams: m.hdr.NGrams, Bytes: buf.Len()}
		for _, t := range heldText {
			res.Eval.Add(m.Evaluate(t))
		}
		slog.Info("pruning level", "cutoffs", cut, "ngrams", res.NGrams, "bytes", res.Bytes,
			"ppl", res.Eval.Perplexity(), "syllable_ppl", res.Eval.WordPerplexity(), "oov", res.Eval.OOVRate())
		rep.Pruning = append(rep.Pruning, res)
		if i == 0 {
			chosen = buf.Bytes()
			rep.Header, rep.Bytes, rep.Eval = m.hdr, res.Bytes, res.Eval
		}
	}
	if _, err := w.Write(chosen); err != nil {
		return nil, err
	}
	return rep, nil
}

// chooseVocab keeps the class units and the words seen at least minCount
// times (at most maxVocab units, the most frequent); it returns the names by
// new ID and the map from provisional to new IDs, rare words mapped to <unk>.
func chooseVocab(u *unitText, minCount int) ([]string, []uint32) {
	for _, cu := range token.ClassUnits() {
		u.intern([]byte(cu))
	}
	isClass := map[string]bool{}
	for _, cu := range token.ClassUnits() {
		isClass[cu] = true
	}
	order := make([]uint32, 0, len(u.names))
	for id, name := range u.names {
		if !isClass[name] && u.counts[id] >= uint64(minCount) {
			order = append(order, uint32(id))
		}
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if u.counts[a] != u.counts[b] {
			return u.counts[a] > u.counts[b]
		}
		return u.names[a] < u.names[b]
	})
	var names []string
	remap := make([]uint32, len(u.names))
	for i := range remap {
		remap[i] = ^uint32(0)
	}
	for _, cu := range token.ClassUnits() {
		remap[u.ids[cu]] = uint32(len(names))
		names = append(names, cu)
	}
	for _, id := range order {
		if len(names) >= maxVocab {
			break
		}
		remap[id] = uint32(len(names))
		names = append(names, u.names[id])
	}
	unk := remap[u.ids[token.UnitUnknown]]
	for i, r := range remap {
		if r == ^uint32(0) {
			remap[i] = unk
		}
	}
	return names, remap
}

// countPhrases counts occurrences of each (unit-spelled) phrase in the corpus.
func countPhrases(u *unitText, phrases []string) map[string]int {
	out := map[string]int{}
	for _, p := range phrases {
		words := strings.Fields(p)
		ids := make([]uint32, len(words))
		ok := true
		for i, w := range words {
			id, found := u.ids[string(token.AppendWordUnit(nil, w))]
			if !found {
				ok = false
				break
			}
			ids[i] = id
		}
		n := 0
		if ok {
			seq := u.seq
			for i := 0; i+len(ids) <= len(seq); i++ {
				if seq[i] != ids[0] {
					continue
				}
				match := true
				for j := 1; j < len(ids); j++ {
					if seq[i+j] != ids[j] {
						match = false
						break
					}
				}
				if match {
					n++
				}
			}
		}
		out[p] = n
	}
	return out
}

// addSupplement counts the n-grams inside every phrase of text (one per
// line, # comments) weight times; it returns how many phrases it added.
func addSupplement(c *counts, text string, names []string, weight uint32) int {
	ids := map[string]uint32{}
	for i, n := range names {
		ids[n] = uint32(i)
	}
	unk := ids[token.UnitUnknown]
	var s token.Scanner
	var buf []byte
	n := 0
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var phrase []uint32
		s.Reset(line)
		for {
			t, ok := s.Next()
			if !ok {
				break
			}
			buf = token.AppendUnit(buf[:0], line, t)
			id, ok := ids[string(buf)]
			if !ok {
				id = unk
			}
			phrase = append(phrase, id)
		}
		if len(phrase) > 0 {
			c.addPhrase(phrase, weight)
			n++
		}
	}
	return n
}
