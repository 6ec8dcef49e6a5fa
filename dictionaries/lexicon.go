package dictionaries

import _ "embed"

// AdminTerms is admin_terms.txt: administrative terms the project wrote
// itself, in their printed case.
//
//go:embed admin_terms.txt
var AdminTerms string
