// Package errmodel owns vidoc's OCR error model: for each kind of damage
// (a channel: clean, stripped, legacy), what each intended letter becomes in
// OCR output, as log-probabilities. It holds the table format
// (dictionaries/errmodel.tsv, read by Parse and written by Write), training
// from (truth, OCR) page pairs (Learn, run offline by gen_errmodel.go), and
// the hand-written look-alike rows (dictionaries/lookalikes.tsv: of one
// letter, of two or three letters at once, or of a capital; each with
// its provenance) that Learn adds to what the pairs teach. internal/repair
// decodes with a Model; it does not build one.
package errmodel
