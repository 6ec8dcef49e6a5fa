package atomicfile

import (
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// tempPrefix starts the name of every temporary file vidoc writes, so that
// leftovers from a killed run can be recognised and removed.
const tempPrefix = ".vidoc-tmp-"

// MaxName is the longest file or folder name, in bytes, of Linux file
// systems (NAME_MAX), and maxRandom the most digits os.CreateTemp puts in
// one.
const (
	MaxName   = 255
	maxRandom = 10
)

// tempStem starts the names of path's temporary files: the prefix, path's
// base name and a dash, then CreateTemp's digits. A base name too long to
// fit (an archive's descriptive Vietnamese titles reach 230 bytes, three
// for many a letter) is cut at a letter and ends in a hash of the whole
// name, so that the temporary file's name stays within MaxName, where the
// final name fits, and no two names' temporary files share a stem: the
// stale temporary files of one are never taken for another's.
func tempStem(path string) string {
	base := filepath.Base(path)
	if len(tempPrefix)+len(base)+1+maxRandom > MaxName {
		h := fnv.New32a()
		h.Write([]byte(base))
		cut := MaxName - maxRandom - len(tempPrefix) - 1 - 9 // 9: "~" and 8 hex digits
		for cut > 0 && !utf8.RuneStart(base[cut]) {
			cut--
		}
		base = fmt.Sprintf("%s~%08x", base[:cut], h.Sum32())
	}
	return tempPrefix + base + "-"
}

// WriteFile writes data to path atomically (see Write). The folder of path
// must exist.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	s, err := StageFile(path, data, perm)
	if err != nil {
		return err
	}
	return s.Commit()
}

// StageFile stages data for path (see Stage).
func StageFile(path string, data []byte, perm os.FileMode) (*Staged, error) {
	return Stage(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// Write fills a temporary file in path's folder through fill, syncs it,
// renames it over path and syncs the folder, so the rename survives a crash.
// A reader (or a rerun after kill -9) sees either the old file, no file, or
// the whole new file, never a partial one. If fill or any step fails, the
// temporary file is removed and path is left as it was.
func Write(path string, perm os.FileMode, fill func(w io.Writer) error) error {
	s, err := Stage(path, perm, fill)
	if err != nil {
		return err
	}
	return s.Commit()
}

// Staged is a file written in full beside its final name, not yet renamed
// over it: Commit puts it in place, Discard removes it. Writing a set of
// files as stages first, and committing only when all are staged, replaces
// none of them when one cannot be written (a full disk).
type Staged struct {
	path, tmp string
}

// Stage writes, syncs and closes a temporary file in path's folder through
// fill, and leaves path as it was. If any step fails, the temporary file is
// removed.
func Stage(path string, perm os.FileMode, fill func(w io.Writer) error) (*Staged, error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempStem(path)+"*")
	if err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if err := fill(f); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(perm); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return nil, fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	ok = true
	return &Staged{path: path, tmp: tmp}, nil
}

// Commit renames the staged file over its final name and syncs the folder.
// If the rename fails, the staged file is removed and the final name is
// left as it was.
func (s *Staged) Commit() error {
	if err := os.Rename(s.tmp, s.path); err != nil {
		os.Remove(s.tmp)
		return fmt.Errorf("write %s: %w", s.path, err)
	}
	return syncDir(filepath.Dir(s.path))
}

// Discard removes the staged file; its final name is left as it was.
func (s *Staged) Discard() { os.Remove(s.tmp) }

// syncDir fsyncs a folder so that entries created or renamed in it are
// durable. File systems that cannot sync folders are not an error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !isUnsupported(err) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

func isUnsupported(err error) bool {
	// Some file systems (and Windows) refuse fsync on folders with EINVAL;
	// the rename itself has still happened.
	return strings.Contains(err.Error(), "invalid argument")
}

// IsTemp reports whether name (a base name) is one of vidoc's temporary files.
func IsTemp(name string) bool { return strings.HasPrefix(name, tempPrefix) }
