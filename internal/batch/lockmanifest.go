package batch

import (
	"errors"
	"fmt"
	"os"

	"github.com/vidoc/vidoc/internal/filelock"
)

// lockManifest takes an exclusive lock on the open manifest, so that two
// runs of the same shard into one output folder (a job restarted while the
// old one still runs) cannot both work; the lock goes with the process.
func lockManifest(f *os.File) error {
	got, err := filelock.TryLock(f)
	switch {
	case errors.Is(err, filelock.ErrUnsupported):
		return nil // file systems without locks: run unguarded
	case err != nil:
		return fmt.Errorf("manifest %s: lock: %w", f.Name(), err)
	case !got:
		return fmt.Errorf("manifest %s: another vidoc scan is writing it; wait for it to finish", f.Name())
	}
	return nil
}
