package dictionaries

import _ "embed"

// LanguageModel is lm.bin: the pruned syllable 4-gram model in internal/lm's
// binary format, loaded without copying by lm.Default.
//
//go:embed lm.bin
var LanguageModel string
