// Package legacygen damages correct Vietnamese text the way old scanner OCR
// engines wrote their text layers, so that the repair of such layers can be
// measured on much more text than the few real layers with transcriptions.
//
// The damage follows how glyph-level OCR of the 1990s and 2000s, trained on
// Latin-1 letters, fails on Vietnamese print (issue 12, and the failures the
// real layers in ../shared/dev/scans show), never the words of any
// document: a marked vowel loses its marks, or becomes a placeholder symbol
// (~ ` ' ^ " . , ?), a digit or a capital of like shape ("6" for ố, "Q" for
// ọ), or its base letter followed by a symbol for the mark ("o^"); a
// placeholder may swallow the consonant after it ("lu~" for luận); đ reads as
// d and Đ as B or D; ư as "ir", "U" or "v", "tr" before ư as "tnr"; m as
// "rn" and l as "I" or "1"; a letter is lost now and then; and two tokens
// run together, most often after punctuation or a digit. Damage is drawn
// from a seeded generator: the same seed and text give the same output.
package legacygen
