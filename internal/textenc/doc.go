// Package textenc reads Vietnamese text in whatever encoding it came in,
// before anything else looks at it: it refuses binary data, checks UTF-8,
// decodes UTF-16 (from its byte-order mark, or from its first bytes when it
// has none), and detects and decodes
// the 8-bit encodings of the 1990s and 2000s that archives are still full
// of: TCVN3 (ABC, the .VnTime fonts), VNI (VNI-Times) and Windows-1258.
// The legacy encoding is chosen by decoding the text with each and counting
// valid Vietnamese syllables (internal/viet).
package textenc
