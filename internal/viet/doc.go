// Package viet owns Vietnamese orthography: it parses a written syllable into
// initial consonant, medial glide, nucleus, final and tone, composes it back
// in either tone-placement style (old "hòa, ủy", new "hoà, uỷ"), checks it
// against the phonotactic rules, and provides the text helpers the rest of
// vidoc needs around that: NFC/NFD, stripping diacritics or tones, and
// carrying a case pattern from one spelling to another.
//
// Lookups work on precomputed rune tables with ASCII fast paths; Parse and
// the Append* helpers do not allocate for NFC input.
package viet
