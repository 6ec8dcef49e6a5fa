//go:build !linux

package cputime

import "time"

// Supported reports whether Thread and Process measure anything here.
const Supported = false

// Thread is 0 where per-thread CPU time is not read (only Linux is).
func Thread() time.Duration { return 0 }

// Process is 0 where CPU time is not read (only Linux is).
func Process() time.Duration { return 0 }
