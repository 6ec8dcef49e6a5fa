//go:build unix

package scratch

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes an exclusive lock on f without waiting. It reports false,
// with no error, when another process holds it; an error when the file
// system cannot lock (errors.ErrUnsupported where it has no locks).
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	if errors.Is(err, syscall.ENOLCK) {
		return false, errors.ErrUnsupported
	}
	return err == nil, err
}
