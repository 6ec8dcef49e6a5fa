// Package layout owns a page's reading order and what on it is not text:
// from Tesseract's word boxes (with their block, paragraph and line) and the
// page image it finds the header and closing zones of a Vietnamese
// administrative document and their two columns, page numbers, footnotes,
// ruled tables (left out of the page's reading when found before it,
// TableRules, and read once cell by cell on their own crops; else cut
// into cells, a cell read again on its own crop where Tesseract's reading
// fails), and the stamps, signatures, specks and
// scanner borders whose words must not reach the text; an e-signed copy's
// signing banner it reads again on its own crop and emits first. It snaps
// the fixed header lines to their known forms and emits the text column by
// column, a table row by row. When it is unsure it keeps Tesseract's order.
package layout
