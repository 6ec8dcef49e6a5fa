package cputime

import (
	"runtime"
	"testing"
	"time"
)

// spin burns CPU on the calling thread until the thread has used d (or,
// should Thread not move, for 2 s).
func spin(d time.Duration) {
	start, wall := Thread(), time.Now()
	x := 1
	for Thread()-start < d && time.Since(wall) < 2*time.Second {
		for i := range 100000 {
			x = x*31 + i
		}
	}
	_ = x
}

// A thread's busy work shows in its own CPU time and in the process's; a
// sleep shows in neither (the clock on the wall is not the measure).
func TestThreadAndProcess(t *testing.T) {
	if !Supported {
		t.Skip("CPU time is read on Linux only")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	t0, p0 := Thread(), Process()
	spin(50 * time.Millisecond)
	t1, p1 := Thread(), Process()
	if d := t1 - t0; d < 50*time.Millisecond {
		t.Errorf("thread CPU grew %v over 50 ms of work", d)
	}
	if d := p1 - p0; d < 50*time.Millisecond {
		t.Errorf("process CPU grew %v over 50 ms of a thread's work", d)
	}
	time.Sleep(100 * time.Millisecond)
	if d := Thread() - t1; d > 20*time.Millisecond {
		t.Errorf("thread CPU grew %v while sleeping 100 ms", d)
	}
}
