// Package token splits Vietnamese text into tokens (words, numbers, dates,
// document codes, abbreviations, URLs, e-mail addresses, punctuation and line
// breaks) with byte offsets, and maps each token to the unit the syllable
// language model counts: a lowercase NFC syllable for words, a class such as
// <num> or <code> for everything else, so that "ngày 18 tháng 3 năm 2022"
// teaches the model "năm <num>".
//
// The scanner returns offsets into the caller's text and reuses its own
// buffers, so tokenizing allocates nothing per token.
package token
