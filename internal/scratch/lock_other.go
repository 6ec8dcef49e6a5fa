//go:build !unix

package scratch

import (
	"errors"
	"os"
)

// tryLock cannot lock here: folders are made, and never judged stale.
func tryLock(f *os.File) (bool, error) { return false, errors.ErrUnsupported }
