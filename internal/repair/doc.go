// Package repair restores broken Vietnamese in OCR output: diacritics lost or
// turned into look-alike glyphs ("thirc hin" for "thực hiện", "K8 hoach" for
// "Kế hoạch"), tokens split or merged, random capitals, damaged document codes.
//
// It is a noisy-channel decoder. For each observed token, and for merges of two
// adjacent tokens and splits of one, a search over the syllable inventory under
// a learned OCR error model (the channel, P(observed | intended)) proposes the
// syllables the writer may have meant; a Viterbi search over the lattice picks
// the sequence maximising channel log-probability plus language-model
// log-probability. Where a token is cut is part of that choice: a word and a
// number run together ("hoc2021-2022") may be read as the two, and a mark
// glued between letters ("thu)ctap") as a damaged mark inside the letters
// rather than punctuation, each against the slotter's own cut. A word no
// row of the channel explains, or a foreign word ("teen" for trên), between
// words that read as Vietnamese gets a deeper search that reads one
// character as any letter (deep.go), and the language model weighs that
// reading against keeping the word. Numbers, dates, URLs, e-mail addresses, abbreviations and
// words that are not Vietnamese are kept; the case pattern of each token is
// carried over to its replacement.
//
// The error model is internal/errmodel's: learned from (truth, OCR) pairs
// by its Learn (internal/errmodel/gen_errmodel.go) and shipped in
// dictionaries/errmodel.tsv; the repairer decodes with it.
package repair
