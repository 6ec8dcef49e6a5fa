// Package eval scores a hypothesis text against a Vietnamese ground truth:
// syllable accuracy (case-sensitive and not), word error rate and character
// error rate, with the exact definitions of ../shared/tools/vscore.py so that
// vidoc's figures and the reviewers' agree to the last digit.
//
// Both texts are NFC-normalised and split on whitespace; leading and trailing
// punctuation is split off into tokens of its own. The token sequences are
// aligned by Levenshtein distance, and a truth token may list alternatives
// separated by '|' (hằng|hàng), any of which counts as correct.
//
// PairFiles pairs truth and hypothesis files, or the files of two folders
// by name, for `vidoc eval`.
package eval
