package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// RemoveStaleTemps deletes the temporary files an interrupted run left
// while writing path, and returns how many it removed. It touches nothing
// else, so runs writing other files in the same folder at the same time (the
// other shards of a split run) are safe.
func RemoveStaleTemps(path string) (int, error) { return NewStaleTemps().Remove(path) }

// StaleTemps removes, file by file, the temporary files an interrupted run
// left, reading each folder once: a run over thousands of documents written
// to one folder read the whole folder again for each of them, which made
// planning (and a resumed run's skipping) quadratic in the folder's size.
// The folder is listed when the first of its files is asked for, so only
// the temporary files already there then are taken for stale: the files
// asked for are the caller's own, and any it writes later are not stale.
type StaleTemps struct {
	readDir func(string) ([]os.DirEntry, error)

	mu    sync.Mutex
	temps map[string][]string // folder → the temporary files it held when listed
}

// NewStaleTemps returns an empty StaleTemps.
func NewStaleTemps() *StaleTemps {
	return &StaleTemps{readDir: os.ReadDir, temps: map[string][]string{}}
}

// Remove deletes the temporary files an interrupted run left while writing
// path, and returns how many it removed (see RemoveStaleTemps).
func (s *StaleTemps) Remove(path string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	dir, prefix := filepath.Dir(path), tempStem(path)
	names, ok := s.temps[dir]
	if !ok {
		entries, err := s.readDir(dir)
		if err != nil && !os.IsNotExist(err) {
			return 0, fmt.Errorf("clean temporary files of %s: %w", path, err)
		}
		for _, e := range entries {
			if IsTemp(e.Name()) {
				names = append(names, e.Name())
			}
		}
	}
	n := 0
	var err error
	names = slices.DeleteFunc(names, func(name string) bool {
		if err != nil || !strings.HasPrefix(name, prefix) {
			return false
		}
		if rerr := os.Remove(filepath.Join(dir, name)); rerr != nil && !os.IsNotExist(rerr) {
			err = fmt.Errorf("clean temporary files of %s: %w", path, rerr)
			return false
		}
		n++
		return true
	})
	s.temps[dir] = names
	return n, err
}
