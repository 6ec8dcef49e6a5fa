package render

import (
	"fmt"
	"io"

	"github.com/vidoc/vidoc/internal/atomicfile"
)

// write writes a page file atomically, so a reader never sees a
// half-written page image.
func write(path string, encode func(w io.Writer) error) error {
	if err := atomicfile.Write(path, 0o644, encode); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return nil
}
