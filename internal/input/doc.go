// Package input opens scanned documents (PNG, JPEG, TIFF, PDF), recognised by
// their content rather than their name, and hands out their pages one at a
// time as encoded images ready for OCR, refusing oversized or broken pages
// with an error that names the file and page before anything is decoded.
package input
