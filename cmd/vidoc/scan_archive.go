package main

import (
	"bytes"
	"context"
	"path/filepath"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/input"
)

// renderArchive writes the archive format f (pdf, alto or hocr) of a
// scanned document: each page read, its repaired words on the boxes of the
// OCR words they came from. Pages that could not be read have no words;
// a PDF input keeps them as they are.
func renderArchive(ctx context.Context, d *batch.Doc, f batch.Format) ([]byte, error) {
	var b bytes.Buffer
	if f == batch.PDF {
		in, err := input.Open(ctx, d.Input, input.Options{})
		if err != nil {
			return nil, asFileError(err)
		}
		x := newPDFDoc(d.Input, in.Format, d.Pages)
		for _, p := range d.Read {
			if p.Layout != nil {
				x.add(p.Number, searchPage(p.Layout, placeText(p.Layout, p.Text, d.Input, p.Number), d.Input, p.Number))
			}
		}
		x.skipUnread()
		// The caller's batch.OutputError names the format.
		if err := x.write(ctx, &b); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	x := &xmlDoc{format: string(f)}
	x.doc.Source = filepath.Base(d.Input)
	for _, p := range d.Read {
		if p.Layout != nil {
			x.doc.Pages = append(x.doc.Pages, xmlPage(p.Layout, placeText(p.Layout, p.Text, d.Input, p.Number)))
		}
	}
	if err := x.write(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
