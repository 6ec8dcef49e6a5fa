// Package editdist is vidoc's one plain edit distance: the Levenshtein
// distance between two texts counted in code points (insertions, deletions
// and substitutions of one rune cost one each), as Python counts string
// length. Scoring pages, matching header phrases and mending document codes
// all use it. Align keeps the edit script of a token alignment: eval scores
// with it and wordmap places repaired words on OCR boxes with it.
package editdist
