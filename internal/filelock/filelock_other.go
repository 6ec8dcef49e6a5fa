//go:build !unix

package filelock

import "os"

// TryLock cannot lock here.
func TryLock(f *os.File) (bool, error) { return false, ErrUnsupported }
