package ordered

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Options size a pool.
type Options struct {
	// Workers run work at once; at least one.
	Workers int
	// Window bounds the items produced but not yet emitted, so one slow item
	// cannot make the others pile up in memory; at least Workers (the
	// default when 0 or less).
	Window int
}

// Run calls produce, which hands items to put in sequence; work turns each
// item into a result on one of opts.Workers goroutines; emit is called with
// the results one at a time, in the order their items were put.
//
// work is told which worker (0 … Workers-1) runs it, so per-worker state
// (one OCR engine per worker) needs no lock: a worker runs one item at a
// time. An error returned by produce, work or emit stops the pool: put then
// fails, pending work sees its context cancelled, and Run returns the first
// error once every goroutine has ended. Errors of single items that should
// not stop the run belong in R, for emit to judge.
func Run[T, R any](ctx context.Context, opts Options,
	produce func(ctx context.Context, put func(T) error) error,
	work func(ctx context.Context, worker int, item T) (R, error),
	emit func(R) error,
) error {
	workers := max(opts.Workers, 1)
	window := max(opts.Window, workers)
	g, gctx := errgroup.WithContext(ctx)

	type job struct {
		item T
		done chan<- R
	}
	jobs := make(chan job)
	// pending holds one channel per item in flight, in the items' order;
	// its capacity is the window.
	pending := make(chan chan R, window)

	g.Go(func() error {
		defer close(jobs)
		defer close(pending)
		return produce(gctx, func(item T) error {
			done := make(chan R, 1) // a worker never waits for the emitter
			select {
			case pending <- done:
			case <-gctx.Done():
				return gctx.Err()
			}
			select {
			case jobs <- job{item, done}:
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		})
	})
	for w := range workers {
		g.Go(func() error {
			for j := range jobs {
				r, err := work(gctx, w, j.item)
				if err != nil {
					return err
				}
				j.done <- r
			}
			return nil
		})
	}
	g.Go(func() error {
		for done := range pending {
			select {
			case r := <-done:
				if err := emit(r); err != nil {
					return err
				}
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return nil
	})
	return g.Wait()
}
