// Package lexicon owns vidoc's knowledge of which Vietnamese syllables and
// words exist: the syllable inventory (every valid syllable attested in the
// corpus or in hunspell-vi, with counts, loanword syllables flagged), the
// word list (collocations mined from the corpus plus administrative terms),
// and the candidate index the repair engine queries for the syllables a
// damaged token could be: its accent variants and its near neighbours under a
// weighted edit distance.
//
// Build derives the data files from the corpus (`vidoc dict build`); Default
// loads the copy embedded in package dictionaries.
package lexicon
