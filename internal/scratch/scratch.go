package scratch

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vidoc/vidoc/internal/filelock"
)

// lockName is the lock file inside every scratch folder.
const lockName = "owner.lock"

// unlockedAge is how old a folder without a lock file must be before it is
// taken for a dead run's: its owner makes the folder, then the lock, so a
// young folder without one may be a live run's between the two steps. Older
// vidoc versions made their folders without a lock; they are removed too.
const unlockedAge = 10 * time.Minute

// Dir is a scratch folder of this process.
type Dir struct {
	path string
	lock *os.File
}

// New removes the stale folders of kind prefix in the system's temporary
// folder (those whose owner died) and makes a fresh one, named prefix and
// a random suffix, locked by this process until Remove.
func New(prefix string) (*Dir, error) {
	Sweep(prefix)
	path, err := os.MkdirTemp("", prefix)
	if err != nil {
		return nil, fmt.Errorf("scratch folder: %w", err)
	}
	lock, err := takeLock(path)
	if err != nil {
		os.RemoveAll(path)
		return nil, fmt.Errorf("scratch folder %s: %w", path, err)
	}
	return &Dir{path: path, lock: lock}, nil
}

// takeLock makes dir's lock file already locked: locked under a temporary
// name, then renamed (the lock goes with the file), so that a sweeper never
// finds the lock file unlocked while its owner lives.
func takeLock(dir string) (*os.File, error) {
	f, err := os.CreateTemp(dir, lockName+"-*")
	if err != nil {
		return nil, err
	}
	// A file system without locks makes folders no sweeper judges.
	if _, err := filelock.TryLock(f); err != nil && !errors.Is(err, filelock.ErrUnsupported) {
		f.Close()
		return nil, err
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, lockName)); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Path is the folder's path.
func (d *Dir) Path() string { return d.path }

// Remove removes the folder and all it holds, and lets its lock go.
func (d *Dir) Remove() error {
	err := os.RemoveAll(d.path)
	d.lock.Close()
	return err
}

// Sweep removes the folders of kind prefix in the system's temporary folder
// that no living process owns, and returns how many it removed. A folder it
// cannot judge (a file system without locks) is left alone; failures are
// logged, never fatal: a leftover costs disk, not the run.
func Sweep(prefix string) int {
	entries, err := os.ReadDir(os.TempDir())
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		p := filepath.Join(os.TempDir(), e.Name())
		if !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		dead, lock := stale(p)
		if !dead {
			continue
		}
		// The lock is held while the folder goes, so that a second
		// sweeper finds it taken, or the folder gone.
		err := os.RemoveAll(p)
		if lock != nil {
			lock.Close()
		}
		if err != nil {
			slog.Warn("removing a dead run's scratch folder", "path", p, "err", err)
			continue
		}
		slog.Info("removed a dead run's scratch folder", "path", p)
		n++
	}
	return n
}

// stale reports whether the folder at p belongs to no living process and,
// when it had a lock, returns the lock file, locked, to close once the
// folder is removed.
func stale(p string) (bool, *os.File) {
	fi, err := os.Lstat(p)
	if err != nil || !fi.IsDir() {
		return false, nil
	}
	f, err := os.Open(filepath.Join(p, lockName))
	if os.IsNotExist(err) {
		return time.Since(fi.ModTime()) > unlockedAge, nil
	}
	if err != nil {
		return false, nil
	}
	if got, err := filelock.TryLock(f); err != nil || !got {
		f.Close()
		return false, nil
	}
	return true, f
}
