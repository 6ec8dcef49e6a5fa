// Package ocrchan turns the choices Tesseract reports for each glyph of a
// word into that word's OCR channel: the spellings the glyphs allow, each
// with its probability, found by a bounded beam over the glyphs. It is the
// form in which a decoder takes what Tesseract knew about a word, beside
// its own error model and language model; it imports no other vidoc package.
package ocrchan
