package repair

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/errmodel"
)

// Pool is the adaptation evidence of a batch's documents, by the kind of
// damage each showed: documents damaged alike (one scanner, one engine)
// teach one another, and a stripped document teaches nothing to a legacy
// one. Its JSON has sorted keys and sorted rows, so a pool is the same bytes
// whatever order its documents were added in.
type Pool map[string]errmodel.Evidence

// With returns a pool holding p's evidence and e's under damage; p is not
// changed.
func (p Pool) With(damage string, e errmodel.Evidence) Pool {
	q := make(Pool, len(p)+1)
	for k, v := range p {
		q[k] = v
	}
	if damage != "" && (len(e.Rows) > 0 || len(e.Letters) > 0) {
		q[damage] = q[damage].Add(e)
	}
	return q
}

// Merge returns a pool holding p's evidence and o's; neither is changed.
func (p Pool) Merge(o Pool) Pool {
	q := p.With("", errmodel.Evidence{})
	for k, v := range o {
		q = q.With(k, v)
	}
	return q
}

// Sample is the part of a document's text adaptation reads: all of it up
// to AdaptSample bytes, else its first AdaptSample bytes cut after the last
// whole line (or, in a text without one, before the letter the bound
// splits: a sample that is no valid UTF-8 would teach nothing). Adaptation
// of a long document then costs and holds what a short one does.
func Sample(text string) string {
	if len(text) <= AdaptSample {
		return text
	}
	head := text[:AdaptSample]
	if k := strings.LastIndexByte(head, '\n'); k >= 0 {
		return head[:k+1]
	}
	k := AdaptSample
	for k > 0 && !utf8.RuneStart(text[k]) {
		k--
	}
	return text[:k]
}

// PageSeparator joins a document's pages in its sample, as the batch
// runner joins them in the document's text: a blank line.
const PageSeparator = "\n\n"

// SampleOf is Sample of pages joined by PageSeparator, joining only the
// pages the sample reaches: a long document's text is never copied whole.
func SampleOf(pages []string) string {
	var b strings.Builder
	for i, p := range pages {
		if i > 0 {
			b.WriteString(PageSeparator)
		}
		if b.Len()+len(p) > AdaptSample {
			b.WriteString(p[:max(0, min(len(p), AdaptSample+1-b.Len()))])
			break
		}
		b.WriteString(p)
	}
	return Sample(b.String())
}

// NoteConfusions is how many learned confusions a note lists, and
// `vidoc fix --explain` does.
const NoteConfusions = 12

// AdaptationNote is what a document's JSON and the scan manifest say of
// its adaptation (docs/schema.md).
type AdaptationNote struct {
	Mode        string `json:"mode"`             // "document" or "batch"
	Damage      string `json:"damage,omitempty"` // the kind of damage whose model was adapted
	Rounds      int    `json:"rounds"`           // decodings of the sample
	SampleBytes int    `json:"sample_bytes"`     // of the document's text read
	Learned     int    `json:"learned"`          // rows raised, added or lowered; 0: the model was not changed
	// Confusions are the NoteConfusions most frequent raised or added rows.
	Confusions []ConfusionNote `json:"confusions,omitempty"`
	// Lowered are the NoteConfusions rows the document contradicts most:
	// those it shows far less often than the model expected.
	Lowered []ConfusionNote `json:"lowered,omitempty"`
	// Cache says whether the document's pages were decoded with the
	// language model rescaled by a document cache, and what it held.
	Cache CacheNote `json:"cache"`
}

// ConfusionNote is one re-estimated row: the intended letter, what the
// input shows for it, how often and in how many distinct words; for a
// lowered row, also in how many readings of the letter.
type ConfusionNote struct {
	Intended string `json:"intended"`
	Observed string `json:"observed"`
	Count    int    `json:"count"`
	Words    int    `json:"words"`
	Letters  int    `json:"letters,omitempty"`
}

// DocumentAdaptation is what AdaptDocument learned from one document.
type DocumentAdaptation struct {
	Note     AdaptationNote
	Evidence Pool // the document's own evidence, to add to a batch's pool
}

// AdaptDocument adapts r to one document of a batch: it reads the
// SampleOf the document's pages, with pool, the evidence of the documents before it
// when the batch pools what it learns (nil when each document learns
// alone), and returns the repairer for the document's pages (r when
// nothing was learned) and what was learned. mode names the caller's
// choice for the note.
func (r *Repairer) AdaptDocument(ctx context.Context, pages []string, pool Pool, mode string) (*Repairer, DocumentAdaptation, error) {
	sample := SampleOf(pages)
	ar, ad, err := r.AdaptPooled(ctx, sample, pool)
	if err != nil {
		return nil, DocumentAdaptation{}, fmt.Errorf("adapt: %w", err)
	}
	note := AdaptationNote{Mode: mode, Damage: ad.Damage, Rounds: ad.Rounds, SampleBytes: len(sample), Learned: len(ad.Confusions), Cache: ad.Cache}
	if ar == r {
		note.Damage, note.Learned = "", 0
	}
	if note.Learned > 0 {
		raised, lowered := errmodel.SplitLowered(ad.Confusions)
		for _, c := range raised[:min(len(raised), NoteConfusions)] {
			note.Confusions = append(note.Confusions, ConfusionNote{Intended: string(c.Intended), Observed: c.Observed, Count: c.Count, Words: c.Words})
		}
		for _, c := range lowered[:min(len(lowered), NoteConfusions)] {
			note.Lowered = append(note.Lowered, ConfusionNote{Intended: string(c.Intended), Observed: c.Observed, Count: c.Count, Words: c.Words, Letters: c.Letters})
		}
	}
	return ar, DocumentAdaptation{Note: note, Evidence: Pool{}.With(ad.EvidenceDamage, ad.Evidence)}, nil
}

// ParsePool reads a pool as Pool's JSON wrote it; empty input is an empty
// pool.
func ParsePool(b []byte) (Pool, error) {
	if len(b) == 0 {
		return nil, nil
	}
	var p Pool
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, fmt.Errorf("adaptation pool: %w", err)
	}
	return p, nil
}
