package textlayer

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"github.com/vidoc/vidoc/internal/textenc"
	"github.com/vidoc/vidoc/internal/viet"
)

// legacyFontRe matches the font families of the legacy Vietnamese
// encodings: TCVN3's .VnTime, .VnArial, .VnTimeH… (PDF writers drop or
// keep the dot) and VNI's VNI-Times, VNI-Helve…
var legacyFontRe = regexp.MustCompile(`(?i)^(\.?vn[a-z]|vni[-_ ])`)

// legacyFonts returns the names of the fonts named for TCVN3 or VNI.
func legacyFonts(fonts []Font) []string {
	var names []string
	for _, f := range fonts {
		if legacyFontRe.MatchString(f.Name) {
			names = append(names, f.Name)
		}
	}
	return names
}

// legacyBytes turns extracted text back into the bytes the PDF drew. A
// .VnTime or VNI-Times font is a Windows font whose glyphs sit at the
// codes of TCVN3 or VNI; PDF writers declare it WinAnsi, so poppler
// extracts "KÕ ho¹ch" for Kế hoạch, each character the Windows-1252
// reading of one byte. Encoding with Windows-1252 gives the bytes back;
// text holding characters outside it is not such text (ok is false).
func legacyBytes(text string) (b []byte, ok bool) {
	out, err := charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	if err != nil {
		return nil, false
	}
	return out, true
}

// detectLegacy returns the legacy encoding textenc detects in text, or ""
// when the text is not the Windows-1252 reading of a legacy encoding.
func detectLegacy(text string) string {
	b, ok := legacyBytes(text)
	if !ok {
		return ""
	}
	enc := ""
	r, err := textenc.NewReader(bytes.NewReader(b), textenc.Auto, func(e string) { enc = e })
	if err != nil {
		return ""
	}
	if _, err := io.Copy(io.Discard, r); err != nil {
		return ""
	}
	return enc
}

// decodeLegacy decodes text from enc, or returns ok false when it cannot.
func decodeLegacy(text, enc string) (string, bool) {
	b, ok := legacyBytes(text)
	if !ok {
		return "", false
	}
	if enc == textenc.TCVN3 {
		b = restoreTCVN3U(b)
	}
	return decodeBytes(b, enc)
}

// restoreTCVN3U gives back the ư that extraction turned into hyphens.
// TCVN3 puts ư at 0xAD, the soft hyphen of Windows-1252, which poppler
// extracts as "-": "ch-¬ng" is chương, "nh-" is như. A hyphen after a
// letter becomes 0xAD again where that makes the word valid syllables;
// "QĐ-UBND" and "2021-2022" keep theirs.
func restoreTCVN3U(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		end := bytes.IndexAny(b, " \t\n")
		if end < 0 {
			end = len(b)
		}
		word := b[:end]
		out = append(out, bestHyphens(word)...)
		if end < len(b) {
			out = append(out, b[end])
			end++
		}
		b = b[end:]
	}
	return out
}

// bestHyphens returns word with its hyphens after letters read as ư when
// every part of the word then decodes to a valid syllable and not every
// part did before; otherwise word itself.
func bestHyphens(word []byte) []byte {
	alt := make([]byte, len(word))
	changed := false
	for i, c := range word {
		alt[i] = c
		if c == '-' && i > 0 && (word[i-1] >= 0x80 || unicode.IsLetter(rune(word[i-1]))) {
			alt[i], changed = 0xAD, true
		}
	}
	if !changed || allValid(word) || !allValid(alt) {
		return word
	}
	return alt
}

// allValid reports whether every hyphen-separated part of a TCVN3 word
// decodes to a valid syllable.
func allValid(word []byte) bool {
	text, ok := decodeBytes(word, textenc.TCVN3)
	if !ok {
		return false
	}
	for _, part := range strings.Split(text, "-") {
		part = strings.TrimFunc(part, func(r rune) bool { return !unicode.IsLetter(r) })
		if !viet.Valid(part) {
			return false
		}
	}
	return true
}

// decodeBytes decodes legacy bytes b from enc.
func decodeBytes(b []byte, enc string) (string, bool) {
	r, err := textenc.NewReader(bytes.NewReader(b), enc, nil)
	if err != nil {
		return "", false
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// decodeBlocks decodes every word of blocks from enc. The page is decoded
// as one text, a line per line, so that the decoder sees sentences (TCVN3
// restores the capitals of all-capital words from them); a line whose
// word count changes keeps its words' boxes by becoming one word over the
// line's box.
func decodeBlocks(blocks []Block, enc string) ([]Block, bool) {
	text, ok := decodeLegacy(linesText(blocks, false), enc)
	if !ok {
		return nil, false
	}
	lines := strings.Split(text, "\n")
	out := make([]Block, len(blocks))
	n := 0
	for i, blk := range blocks {
		out[i] = Block{Box: blk.Box, Lines: make([]Line, len(blk.Lines))}
		for j, l := range blk.Lines {
			if n >= len(lines) {
				return nil, false
			}
			fields := strings.Fields(lines[n])
			n++
			nl := Line{Box: l.Box, Words: make([]Word, 0, len(l.Words))}
			if len(fields) == len(l.Words) {
				for k, w := range l.Words {
					nl.Words = append(nl.Words, Word{Text: fields[k], Box: w.Box})
				}
			} else if len(fields) > 0 {
				nl.Words = append(nl.Words, Word{Text: strings.Join(fields, " "), Box: l.Box})
			}
			out[i].Lines[j] = nl
		}
	}
	return out, true
}
