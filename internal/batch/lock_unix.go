//go:build unix

package batch

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// lockManifest takes an exclusive lock on the open manifest, so that two
// runs of the same shard into one output folder (a job restarted while the
// old one still runs) cannot both work; the lock goes with the process.
func lockManifest(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return fmt.Errorf("manifest %s: another vidoc scan is writing it; wait for it to finish", f.Name())
	}
	if errors.Is(err, syscall.ENOLCK) || errors.Is(err, syscall.ENOTSUP) {
		return nil // file systems without locks: run unguarded
	}
	if err != nil {
		return fmt.Errorf("manifest %s: lock: %w", f.Name(), err)
	}
	return nil
}
