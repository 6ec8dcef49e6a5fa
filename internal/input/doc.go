// Package input opens scanned documents (PNG, JPEG, TIFF, PDF), recognised by
// their content rather than their name, and hands out their pages one at a
// time, undecoded, for OCR to decode once: an image file's bytes, a TIFF
// page by its place in the file, a PDF page as the grey pixels poppler
// rasterized. It refuses oversized or broken pages with an error that names
// the file and page before anything is decoded.
// Pages over Tesseract's 32767 pixels on a side are sized down to fit when
// they stay readable; a missing poppler program is a set-up error.
package input
