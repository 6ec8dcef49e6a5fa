// Package lexicon builds vidoc's inventory of which Vietnamese syllables and
// words exist, from the corpus and hunspell-vi (`vidoc dict build`): the
// syllable inventory (every valid syllable attested, with counts, loanword
// syllables flagged) and the word list (collocations mined from the corpus
// plus administrative terms), written to dictionaries/ as syllables.tsv and
// words.tsv; Load reads them back. The repair engine's syllables are the
// language model's vocabulary (internal/lm, built from the same corpus), so
// these tables are not embedded in the binary.
package lexicon
