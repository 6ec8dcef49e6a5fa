// Package searchpdf writes searchable PDFs: page images as they were
// scanned, under an invisible text layer of vidoc's words, each placed on
// its box, so that search, copy and screen readers get the repaired
// Vietnamese. Pages come from images (a new PDF, the images embedded
// without recompression), from an input PDF (its pages kept, any old
// invisible text layer removed, the new layer laid over them with qpdf),
// or from a TIFF (its pages' strips wrapped into a PDF as they are by
// libtiff's tiff2pdf, then treated as a PDF input).
//
// The text is drawn in DejaVu Serif, embedded as a subset, in text
// rendering mode 3 (neither filled nor stroked). No PDF/A level is
// claimed: the files carry no XMP metadata or output intent.
package searchpdf
