package batch

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/vidoc/vidoc/internal/ordered"
)

// AdaptMode says whether the repair first learns each document's own OCR
// damage, and from what.
type AdaptMode string

// The adaptation modes. The zero value is AdaptOff.
const (
	// AdaptOff repairs every page with the shipped model.
	AdaptOff AdaptMode = "off"
	// AdaptDocument learns from each document's own text alone.
	AdaptDocument AdaptMode = "document"
	// AdaptBatch learns from each document's text together with the
	// evidence of the documents before it in input order.
	AdaptBatch AdaptMode = "batch"
)

// ParseAdaptMode checks an adaptation mode's name.
func ParseAdaptMode(s string) (AdaptMode, error) {
	switch m := AdaptMode(s); m {
	case AdaptOff, AdaptDocument, AdaptBatch:
		return m, nil
	}
	return "", fmt.Errorf("unknown adaptation %q (want document, batch or off)", s)
}

// Adaptive is a Repairer that can first learn one document's damage. With
// Options.Adapt set, the runner then repairs a document's pages only once
// all of them are read: it hands the texts of the pages to be repaired (in
// order, a correct text layer left out) to ForDocument and repairs every
// page with the Repairer it returns.
//
// Evidence and pools are opaque to the runner. With AdaptBatch, document
// k's pool holds the evidence of documents 1…k-1 of the run's inputs (of
// its shard), in input order: documents an earlier run finished give the
// evidence their manifest record kept, so the pool, and every output, is
// the same whatever -j and however often the run was resumed.
type Adaptive interface {
	Repairer
	// ForDocument learns from pages with pool (nil when each document
	// learns alone) and returns the Repairer for the document's pages, a
	// note for its manifest record and renderer, and the document's own
	// evidence for the pool (nil when it taught nothing).
	ForDocument(ctx context.Context, pages []string, pool json.RawMessage) (rep Repairer, note, evidence json.RawMessage, err error)
	// Pool returns pool with evidence added.
	Pool(pool, evidence json.RawMessage) (json.RawMessage, error)
}

// adaptive returns the Adaptive repairer when the run adapts.
func (r *runner[C]) adaptive() Adaptive {
	if r.opts.Adapt == "" || r.opts.Adapt == AdaptOff {
		return nil
	}
	a, _ := r.opts.Repairer.(Adaptive)
	return a
}

// adaptPool gathers the evidence of a batch's documents in input order,
// whichever goroutine and run each comes from.
type adaptPool struct {
	mu      sync.Mutex
	pending map[int]json.RawMessage // evidence of documents not yet pooled, by input index
	next    int                     // documents 0 … next-1 are in pool
	pool    json.RawMessage
}

// give records document i's evidence (nil: none).
func (p *adaptPool) give(i int, evidence json.RawMessage) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.pending == nil {
		p.pending = map[int]json.RawMessage{}
	}
	p.pending[i] = evidence
}

// before returns the pool of documents 0 … i-1. Every one of them has
// given its evidence by the time document i is finished: documents are
// finished, skipped or failed in input order.
func (p *adaptPool) before(a Adaptive, i int) (json.RawMessage, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.next < i {
		ev, ok := p.pending[p.next]
		if !ok {
			return nil, fmt.Errorf("adaptation pool: document %d of the inputs not finished before document %d", p.next+1, i+1)
		}
		delete(p.pending, p.next)
		if len(ev) > 0 {
			var err error
			if p.pool, err = a.Pool(p.pool, ev); err != nil {
				return nil, err
			}
		}
		p.next++
	}
	return p.pool, nil
}

// adaptAndRepair repairs the pages of d that were kept for it, after
// learning the document's damage from their text; it fills rec's
// adaptation (the note finish hands the renderer too). The pages are repaired
// on opts.Workers goroutines (internal/ordered), their faults recorded in
// page order.
func (r *runner[C]) adaptAndRepair(ctx context.Context, a Adaptive, d *docState[C], rec *Record) error {
	var texts []string
	var raw []int
	for i, pr := range d.results {
		if pr.ok && pr.raw {
			texts = append(texts, pr.text)
			raw = append(raw, i)
		}
	}
	var pool json.RawMessage
	if r.opts.Adapt == AdaptBatch {
		var err error
		if pool, err = r.pool.before(a, d.index); err != nil {
			return err
		}
	}
	if len(raw) == 0 {
		return nil
	}
	t0 := time.Now()
	defer func() { r.repair.Add(int64(time.Since(t0))) }()
	rep, note, evidence, err := a.ForDocument(ctx, texts, pool)
	if err != nil {
		return fmt.Errorf("repair: %w", err)
	}
	rec.Adaptation = note
	if r.opts.Adapt == AdaptBatch {
		rec.AdaptEvidence = evidence
	}
	// One page's failed repair fails that page only: its error travels in
	// the result, for emit to record, and does not stop the pool.
	type repaired struct {
		k       int
		text    string
		changes int
		err     error
	}
	err = ordered.Run(ctx, ordered.Options{Workers: r.opts.Workers},
		func(ctx context.Context, put func(int) error) error {
			for k := range raw {
				if err := put(k); err != nil {
					return err
				}
			}
			return nil
		},
		func(ctx context.Context, _ int, k int) (repaired, error) {
			pr := &d.results[raw[k]]
			channels := pr.channels
			if pr.spilled != nil {
				var err error
				if channels, err = d.spill.get(*pr.spilled); err != nil {
					return repaired{k: k, err: err}, nil
				}
			}
			text, changes, err := repairPage(ctx, rep, pr.text, channels)
			return repaired{k: k, text: text, changes: changes, err: err}, nil
		},
		func(p repaired) error {
			pr := &d.results[raw[p.k]]
			if p.err != nil {
				pr.ok = false
				d.faults = append(d.faults, fileError(d.in.Path, raw[p.k]+1, fmt.Errorf("repair: %w", p.err)))
				return nil
			}
			pr.text, pr.changes, pr.raw, pr.channels, pr.spilled = p.text, p.changes, false, nil, nil
			return nil
		})
	if err != nil {
		return err
	}
	return ctx.Err()
}
