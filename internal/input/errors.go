package input

import (
	"errors"
	"fmt"
	"os/exec"
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

// MissingToolError is a fault of the set-up, not of a document: a program
// vidoc runs to read PDFs is not installed. Every PDF would fail alike, so
// callers stop rather than record it against each file.
type MissingToolError struct {
	Tool    string // e.g. "pdftoppm"
	Package string // the Debian package that installs it
}

// SetupProblem marks the error as the machine's, not the file's (see
// batch.SetupError): every PDF would fail alike.
func (e *MissingToolError) SetupProblem() {}

func (e *MissingToolError) Error() string {
	return fmt.Sprintf("%s is not installed: install the Debian package %s", e.Tool, e.Package)
}

// lookTool returns a *MissingToolError when the poppler program tool is
// not on PATH.
func lookTool(tool string) error {
	if _, err := exec.LookPath(tool); err != nil {
		return &MissingToolError{Tool: tool, Package: "poppler-utils"}
	}
	return nil
}
