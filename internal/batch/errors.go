package batch

import (
	"errors"
	"fmt"

	"github.com/vidoc/vidoc/internal/input"
)

// FileError is a failure of one input file, or of one page of it when Page
// is above 0. The runner, the summary and the progress display read the file
// and page from it rather than from the message's text.
type FileError struct {
	Path string
	Page int
	Err  error
}

func (e *FileError) Error() string {
	if e.Page > 0 {
		return fmt.Sprintf("%s page %d: %v", e.Path, e.Page, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// fileError makes sure err names path, and page when above 0: a FileError
// for the same file (or for no file yet, as a Document's page errors) is
// completed, anything else is wrapped. An OutputError whose cause is such
// a FileError (a searchable PDF that the input's page 2 cannot carry)
// becomes a FileError of that file and page whose cause is the format's
// failure: the message names the file once.
func fileError(path string, page int, err error) *FileError {
	if oe, ok := err.(*OutputError); ok {
		if fe, ok := oe.Err.(*FileError); ok && (fe.Path == "" || fe.Path == path) {
			c := *fe
			c.Err = &OutputError{Format: oe.Format, Err: fe.Err}
			err = &c
		}
	}
	if fe, ok := err.(*FileError); ok && (fe.Path == "" || fe.Path == path) {
		c := *fe
		c.Path = path
		if c.Page == 0 {
			c.Page = page
		}
		return &c
	}
	return &FileError{Path: path, Page: page, Err: err}
}

// reason is err's message without the file and page its FileError names,
// for lists that print them beside it.
func reason(err error) string {
	for {
		fe, ok := err.(*FileError)
		if !ok {
			return err.Error()
		}
		err = fe.Err
	}
}

// SetupError is implemented by an error that says this machine lacks what
// every file of a kind needs (a program such as poppler's, a model): the
// run stops on the first one, naming what to install, rather than failing
// each such file alike. Files of other kinds never meet it, so an archive
// of images runs on a machine without a PDF reader.
type SetupError interface {
	error
	SetupProblem()
}

// Sentinel causes recorded by the runner, for callers that sort failures.
var (
	// ErrNotOwned: an output's name is taken by a file vidoc did not write.
	ErrNotOwned = errors.New("exists and was not written by vidoc (not in the manifest): it is left as it is; move it away or choose another output folder")
	// ErrOutputClash: two documents' outputs would take the same name, one
	// as a file and the other as a folder.
	ErrOutputClash = errors.New("outputs clash with another document's")
	// ErrNotRegular: an input is a named pipe, socket or device, never
	// opened (a pipe without a writer would block the run); the same
	// error as input.Open's, so that callers test for one.
	ErrNotRegular = input.ErrNotRegular
	// ErrBrokenLink: an input named like a scan is a symbolic link whose
	// target cannot be read (missing, or a loop).
	ErrBrokenLink = errors.New("broken link")
	// ErrDiskFull: the output folder's file system is full; the run stops.
	ErrDiskFull = errors.New("no space left in the output folder")
)
