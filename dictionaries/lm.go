package dictionaries

import _ "embed"

// LMVersion identifies the language model's build recipe and data; `vidoc
// dict build` stores it in the model header. Bump it when internal/lm or its
// inputs change what the build writes.
const LMVersion = "lm-1"

// LanguageModel is lm.bin: the pruned syllable 4-gram model in internal/lm's
// binary format, loaded without copying by lm.Default.
//
//go:embed lm.bin
var LanguageModel string
