// Package viet owns Vietnamese orthography: it parses a written syllable into
// initial consonant, medial glide, nucleus, final and tone, composes it back
// in either tone-placement style (old "hòa, ủy", new "hoà, uỷ"), checks it
// against the phonotactic rules, and provides the text helpers the rest of
// vidoc needs around that: NFC/NFD and lowercase, stripping diacritics or
// tones (whole strings, or a letter at a time: BaseLetter, WithoutTone,
// SplitLetter), the alphabet itself (Letters, IsLetter, Marked), and the
// case of a word: reading it (CaseOf, CleanCaseOf, which takes OCR's random
// capitals for noise) and writing it (ApplyCase, RaiseCase, CarryCase).
// ShapeOf counts a word's letters, capitals and digits, the evidence layout
// and structure each weigh to tell print from OCR noise. One document label
// lives here too, NumberLabel (the "Số:" of a number line as OCR reads it),
// because layout and structure both match it.
// Other packages ask viet rather than keep letter tables of their own.
//
// Lookups work on precomputed rune tables with ASCII fast paths; Parse, the
// Append* helpers and the rune helpers do not allocate for NFC input.
package viet
