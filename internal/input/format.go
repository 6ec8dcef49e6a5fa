package input

import (
	"bytes"
)

// Format is the container format of a document, found from its first bytes.
type Format string

const (
	PNG  Format = "png"
	JPEG Format = "jpeg"
	TIFF Format = "tiff"
	PDF  Format = "pdf"
)

// SniffFile recognises the format of the file at path as Open does, from
// its first bytes; false when it is none of them or cannot be read.
func SniffFile(path string) (Format, bool) {
	head, err := readHead(path)
	if err != nil {
		return "", false
	}
	return Sniff(head)
}

// Sniff recognises a scan's format by magic bytes; head is the start of the
// file (its first kilobyte is enough).
func Sniff(head []byte) (Format, bool) {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return PNG, true
	case bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}):
		return JPEG, true
	case bytes.HasPrefix(head, []byte("II*\x00")), bytes.HasPrefix(head, []byte("MM\x00*")):
		return TIFF, true
	case bytes.Contains(head, []byte("%PDF-")):
		// PDF readers accept the header anywhere in the first kilobyte.
		return PDF, true
	}
	return "", false
}
