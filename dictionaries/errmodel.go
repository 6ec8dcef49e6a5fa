package dictionaries

import _ "embed"

// ErrorModel is the OCR error model of internal/repair: per channel (clean,
// stripped, legacy), what each intended letter becomes in OCR output, as
// natural-log probabilities, followed by the known letter parts of document
// codes. Rebuilt by (see SOURCES.md, "OCR error model"):
//
//	scripts/errmodel_pairs.sh /tmp/pairs 40
//	go run ./internal/repair/gen_errmodel.go -pairs /tmp/pairs -codes ../shared/corpus/legal -out dictionaries/errmodel.tsv
//
//go:embed errmodel.tsv
var ErrorModel string
