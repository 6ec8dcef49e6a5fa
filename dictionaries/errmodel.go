package dictionaries

import _ "embed"

// ErrorModel is the OCR error model internal/errmodel loads: per channel (clean,
// stripped, legacy), what each intended letter becomes in OCR output, as
// natural-log probabilities, followed by the known letter parts of document
// codes. Rebuilt by (see SOURCES.md, "OCR error model"):
//
//	scripts/errmodel_pairs.sh /tmp/pairs 40
//	go run ./internal/errmodel/gen_errmodel.go -pairs /tmp/pairs -codes ../shared/corpus/legal -out dictionaries/errmodel.tsv
//
//go:embed errmodel.tsv
var ErrorModel string

// LookAlikes is lookalikes.tsv: the hand-written rows internal/errmodel adds
// to the learned error model, each with the reason it exists.
//
//go:embed lookalikes.tsv
var LookAlikes string
