package cputime

import (
	"syscall"
	"time"
)

// Supported reports whether Thread and Process measure anything here.
const Supported = true

// Thread is the CPU time (user and system) the calling OS thread has used.
// A goroutine moves between threads: hold runtime.LockOSThread over the
// interval measured, and it is that goroutine's work, cgo calls included
// (Tesseract runs on the calling thread with OMP_THREAD_LIMIT=1). Work the
// Go runtime does on other threads (most of the garbage collector's) is
// not in it.
func Thread() time.Duration { return usage(syscall.RUSAGE_THREAD) }

// Process is the CPU time (user and system) of the whole process.
func Process() time.Duration { return usage(syscall.RUSAGE_SELF) }

func usage(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
