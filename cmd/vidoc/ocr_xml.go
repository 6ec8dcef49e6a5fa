package main

import (
	"io"

	"github.com/vidoc/vidoc/internal/ocrxml"
)

// xmlDoc gathers the pages of one document for ALTO or hOCR (`vidoc ocr
// --format alto|hocr`, `vidoc scan --format alto,hocr`), which write the
// whole document at once.
type xmlDoc struct {
	format string // "alto" or "hocr"
	doc    ocrxml.Document
}

// write writes the document gathered so far.
func (x *xmlDoc) write(w io.Writer) error {
	if x.format == "alto" {
		return ocrxml.WriteALTO(w, &x.doc)
	}
	return ocrxml.WriteHOCR(w, &x.doc)
}
