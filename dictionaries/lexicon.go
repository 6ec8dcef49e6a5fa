package dictionaries

import _ "embed"

// Syllables is syllables.tsv: the syllable inventory with corpus counts.
//
//go:embed syllables.tsv
var Syllables string

// Words is words.tsv: multi-syllable words and fixed phrases.
//
//go:embed words.tsv
var Words string

// AdminTerms is admin_terms.txt: administrative terms the project wrote
// itself, in their printed case.
//
//go:embed admin_terms.txt
var AdminTerms string
