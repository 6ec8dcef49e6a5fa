// Package filelock takes a process's exclusive, non-blocking lock on an
// open file (flock). The kernel lets the lock go when the process ends,
// even by kill -9, which is what makes it the mark of a living owner: a
// scan's manifest (internal/batch) and a scratch folder (internal/scratch)
// both rely on it.
package filelock

import "errors"

// ErrUnsupported is TryLock's error where the file system or the platform
// cannot lock; callers run unguarded there.
var ErrUnsupported = errors.ErrUnsupported
