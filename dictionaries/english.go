package dictionaries

import _ "embed"

// English is english.txt: English words an OCR engine's dictionary may snap
// a Vietnamese syllable to ("throng" for trường), one a line after #
// comments, sorted; internal/repair reads them as snapped syllables in
// legacy damage. Rebuilt by gen_english.go from Tesseract's eng word list
// (SOURCES.md, "English words").
//
//go:embed english.txt
var English string
