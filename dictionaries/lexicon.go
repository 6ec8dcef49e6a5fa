package dictionaries

import _ "embed"

// LexiconVersion identifies the format and build of the syllable inventory
// and word list; bump it when internal/lexicon changes what Build writes.
const LexiconVersion = "lexicon-1"

// AdminTerms is admin_terms.txt: administrative terms the project wrote
// itself, in their printed case.
//
//go:embed admin_terms.txt
var AdminTerms string
