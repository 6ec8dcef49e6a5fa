// Package editdist is vidoc's one plain edit distance: the Levenshtein
// distance between two texts counted in code points (insertions, deletions
// and substitutions of one rune cost one each), as Python counts string
// length. Scoring pages, matching header phrases and mending document codes
// all use it; alignments that need the edit script itself (eval's token
// alignment, the error model's word alignment) keep their own tables.
package editdist
