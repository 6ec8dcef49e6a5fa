package input

import (
	"errors"
	"fmt"
)

// Error is a failure to read a document or one of its pages. Page is 0 when
// the whole file is at fault.
type Error struct {
	Path string
	Page int
	Err  error
}

func (e *Error) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("%s page %d: %v", e.Path, e.Page, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Sentinel causes, for callers that sort failures (errors.Is).
var (
	ErrUnsupported = errors.New("not a supported scan (PNG, JPEG, TIFF or PDF)")
	ErrTooLarge    = errors.New("page over the pixel limit")
	ErrTooWide     = errors.New("page too wide or tall for Tesseract")
	ErrCorrupt     = errors.New("corrupt or truncated file")
	ErrEncrypted   = errors.New("PDF is encrypted with a password")
)
