package dictionaries

import _ "embed"

// Casing is casing.tsv: for syllables whose first letter's capital is the
// small letter drawn larger (c o s u v w x z, ô ơ ư), how often the corpus
// writes them small and how often capitalised in the middle of a sentence
// between words in small letters, and the pairs of syllables that overturn
// their first syllable's verdict. internal/repair reads it to write small a
// capital an old OCR engine made up. Rebuilt by gen_casing.go (SOURCES.md,
// "Capitals mid-sentence").
//
//go:embed casing.tsv
var Casing string
