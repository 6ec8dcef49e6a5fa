package ordered

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// count puts 0 … n-1.
func count(n int) func(context.Context, func(int) error) error {
	return func(_ context.Context, put func(int) error) error {
		for i := range n {
			if err := put(i); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestRunKeepsOrderAndBoundsWork(t *testing.T) {
	const workers, window, n = 4, 6, 300
	var inFlight, most atomic.Int32
	var busy [workers]atomic.Bool
	var got []int
	err := Run(context.Background(), Options{Workers: workers, Window: window},
		func(ctx context.Context, put func(int) error) error {
			for i := range n {
				if err := put(i); err != nil {
					return err
				}
				// Items put but not yet emitted never exceed the window.
				if v := inFlight.Add(1); v > most.Load() {
					most.Store(v)
				}
			}
			return nil
		},
		func(ctx context.Context, w int, i int) (int, error) {
			if w < 0 || w >= workers {
				t.Errorf("worker %d out of range", w)
				return 0, nil
			}
			if busy[w].Swap(true) {
				t.Errorf("worker %d runs two items at once", w)
			}
			time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
			busy[w].Store(false)
			return i * i, nil
		},
		func(r int) error {
			got = append(got, r)
			inFlight.Add(-1)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != n {
		t.Fatalf("emitted %d results, want %d", len(got), n)
	}
	for i, r := range got {
		if r != i*i {
			t.Fatalf("result %d is %d, want %d: order lost", i, r, i*i)
		}
	}
	// The emitter holds one item out of the window while it waits for its
	// result, so one more than the window may be in flight.
	if m := most.Load(); m > window+1 {
		t.Errorf("%d items in flight, window is %d", m, window)
	}
}

func TestRunStopsAtFirstError(t *testing.T) {
	stop := errors.New("bad block")
	var emitted []int
	err := Run(context.Background(), Options{Workers: 3},
		count(1000),
		func(ctx context.Context, _ int, i int) (int, error) { return i, nil },
		func(r int) error {
			if r == 10 {
				return stop
			}
			emitted = append(emitted, r)
			return nil
		})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want %v", err, stop)
	}
	if len(emitted) != 10 {
		t.Errorf("emitted %d results before the error, want 10", len(emitted))
	}

	workErr := errors.New("no OCR model")
	err = Run(context.Background(), Options{Workers: 2},
		count(1000),
		func(ctx context.Context, _ int, i int) (int, error) {
			if i == 5 {
				return 0, workErr
			}
			return i, nil
		},
		func(int) error { return nil })
	if !errors.Is(err, workErr) {
		t.Fatalf("err = %v, want %v", err, workErr)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Run(ctx, Options{Workers: 2},
		func(ctx context.Context, put func(int) error) error {
			for i := 0; ; i++ { // endless: only cancellation ends it
				if err := put(i); err != nil {
					return err
				}
			}
		},
		func(ctx context.Context, _ int, i int) (int, error) { return i, nil },
		func(int) error {
			if n++; n == 50 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestRunNothing(t *testing.T) {
	called := false
	err := Run(context.Background(), Options{},
		count(0),
		func(ctx context.Context, _ int, i int) (int, error) { called = true; return i, nil },
		func(int) error { called = true; return nil })
	if err != nil || called {
		t.Fatalf("empty run: err %v, called %v", err, called)
	}
}
