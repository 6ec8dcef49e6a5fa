package output

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/vidoc/vidoc/internal/atomicfile"
)

// WriteFile writes an output file atomically through atomicfile.WriteFile,
// creating its missing parent folders first: outputs mirror the input tree.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return atomicfile.WriteFile(path, data, perm)
}

// IsTemp reports whether name (a base name) is a temporary file of an
// unfinished atomic write.
func IsTemp(name string) bool { return atomicfile.IsTemp(name) }

// RemoveStaleTemps deletes the temporary files an interrupted run left while
// writing path (atomicfile.RemoveStaleTemps).
func RemoveStaleTemps(path string) (int, error) { return atomicfile.RemoveStaleTemps(path) }
