package output

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// tempPrefix starts the name of every temporary file vidoc writes, so that
// leftovers from a killed run can be recognised and removed.
const tempPrefix = ".vidoc-tmp-"

// WriteFile writes data to path atomically: the bytes go to a temporary file
// in the same folder, which is synced and then renamed over path, and the
// folder itself is synced so the rename survives a crash. A reader (or a
// rerun after kill -9) sees either the old file, no file, or the whole new
// file, never a partial one. Missing parent folders are created.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	f, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	ok = true
	return SyncDir(dir)
}

// SyncDir fsyncs a folder so that entries created or renamed in it are
// durable. File systems that cannot sync folders are not an error.
func SyncDir(dir string) error {
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

// RemoveTemps deletes temporary files left under root by an interrupted run
// and returns how many it removed. Only files carrying vidoc's temporary
// prefix are touched.
func RemoveTemps(root string) (int, error) {
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		if !d.IsDir() && IsTemp(d.Name()) {
			if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("clean temporary files in %s: %w", root, err)
	}
	return n, nil
}
