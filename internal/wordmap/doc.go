// Package wordmap places repaired words on the boxes of the OCR words they
// were repaired from, so that a searchable PDF's hidden text, ALTO and
// hOCR hold the repaired Vietnamese where the page shows it. A line's
// repaired tokens are aligned to its OCR words (editdist.Align); a word
// repaired in place keeps its OCR word's box, and where repair split or
// joined words the joined box is shared out by characters.
package wordmap
