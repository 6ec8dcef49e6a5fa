// Package lm is vidoc's syllable n-gram language model: it builds an
// interpolated modified Kneser–Ney model (Chen & Goodman) from running text,
// prunes it, stores it in a compact binary trie (sorted 16-bit word IDs per
// context, 16-bit quantized log-probabilities and backoffs), loads it without
// copying from the bytes embedded in the binary, and scores syllable
// sequences for the repair decoder without allocating.
//
// Units are what package token produces: lowercase NFC syllables with the
// tone in old-style place, and classes such as <num>, <code>, <punct-,>.
// Each line of text is one sentence, between <s> and </s>.
// Log-probabilities are natural logarithms.
package lm
