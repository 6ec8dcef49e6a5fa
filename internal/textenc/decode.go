package textenc

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/vidoc/vidoc/internal/viet"
)

// Names of the input encodings NewReader knows, as `vidoc fix --from`
// spells them.
const (
	Auto   = "auto"   // UTF-8 as is; otherwise detect a legacy encoding
	UTF8   = "utf8"   // UTF-8 only: anything else is an error
	TCVN3  = "tcvn3"  // TCVN 5712:1993 VN3 ("ABC", .VnTime fonts)
	VNI    = "vni"    // VNI-Windows (VNI-Times fonts)
	CP1258 = "cp1258" // Windows-1258
)

// Encodings lists the values NewReader accepts, for help texts.
var Encodings = []string{Auto, UTF8, TCVN3, VNI, CP1258}

// legacyCandidates are the encodings detection chooses among, in the
// order that wins a tie: TCVN3 first, the national standard that state
// agencies typed their documents in.
var legacyCandidates = []string{TCVN3, VNI, CP1258}

// Name is the name people know an encoding by ("TCVN3 (ABC)"), the
// one NotUTF8Error.Guess uses.
func Name(enc string) string {
	switch enc {
	case TCVN3:
		return "TCVN3 (ABC)"
	case VNI:
		return "VNI"
	case CP1258:
		return "Windows-1258"
	case UTF8:
		return "UTF-8"
	case UTF16LE:
		return "UTF-16LE"
	case UTF16BE:
		return "UTF-16BE"
	}
	return enc
}

// UnknownEncodingError reports a --from value NewReader does not know.
type UnknownEncodingError struct{ Name string }

func (e *UnknownEncodingError) Error() string {
	return fmt.Sprintf("unknown encoding %q: want one of %v", e.Name, Encodings)
}

// legacyWindow is how much text detection looks at, and the largest piece
// decoded at once: memory stays bounded whatever the input.
const legacyWindow = 64 << 10

// NewReader returns a reader of r's text as UTF-8 (NFC for decoded
// text). from is one of Encodings ("" means auto):
//   - utf8 returns r itself, so invalid UTF-8 is reported downstream;
//   - tcvn3, vni, cp1258 decode the whole input from that encoding;
//   - auto decodes UTF-16 that starts with a byte-order mark (detected is
//     called with UTF16LE or UTF16BE). Otherwise it passes ASCII lines
//     through and, at the first line holding a byte above 0x7F, looks at
//     up to 64 KB from there: valid UTF-8 (or binary data) passes through
//     unchanged for Check to judge;
//     otherwise the legacy encoding whose decoding yields the most valid
//     Vietnamese syllables decodes the rest of the input, and detected is
//     called once with its name (TCVN3, …). When no legacy encoding
//     yields Vietnamese, the input passes through unchanged and is
//     reported downstream as not UTF-8.
//
// Detection waits for the window to fill (or the input to end) once;
// after that the reader streams line by line.
func NewReader(r io.Reader, from string, detected func(enc string)) (io.Reader, error) {
	switch from {
	case UTF8:
		return r, nil
	case "", Auto:
		from = ""
	case TCVN3, VNI, CP1258:
	default:
		return nil, &UnknownEncodingError{Name: from}
	}
	br := bufio.NewReaderSize(r, legacyWindow)
	if from == "" {
		// Eight bytes, or fewer at the end of the input: a mark, or four
		// UTF-16 characters, one of them ASCII (with a NUL byte) unless
		// the text starts with four marked letters, which no Vietnamese
		// word does. Only such input waits for the larger sniff.
		head, _ := br.Peek(8)
		enc := utf16BOM(head)
		if enc == "" && bytes.IndexByte(head, 0) >= 0 {
			head, _ = br.Peek(utf16Sniff)
			enc = utf16Unmarked(head)
		}
		if enc != "" {
			if detected != nil {
				detected(enc)
			}
			return newUTF16Reader(br, enc), nil
		}
	}
	return &legacyReader{br: br, mode: from, detected: detected, ended: true}, nil
}

// modeRaw passes bytes through undecoded.
const modeRaw = "raw"

// legacyReader decodes a stream piece by piece: a piece is a line, or at
// most legacyWindow bytes cut at a space, so a letter's bytes (VNI writes a
// vowel and its marks as separate bytes) never straddle two pieces.
type legacyReader struct {
	br       *bufio.Reader
	mode     string // "" while undecided, modeRaw, or an Enc constant
	detected func(string)
	out      []byte // decoded piece not yet read
	pos      int
	err      error
	scratch  []byte // decoded piece before NFC
	runes    []legacyRune
	words    []caseWord
	ended    bool // TCVN3: the text so far ended a sentence
	bad      int  // byte sequences the encoding cannot hold, for detection
}

func (lr *legacyReader) Read(p []byte) (int, error) {
	for lr.pos == len(lr.out) {
		if lr.mode == modeRaw {
			return lr.br.Read(p)
		}
		if lr.err != nil {
			return 0, lr.err
		}
		lr.fill()
	}
	n := copy(p, lr.out[lr.pos:])
	lr.pos += n
	return n, nil
}

// fill decodes the next piece into lr.out, or sets lr.err.
func (lr *legacyReader) fill() {
	lr.out, lr.pos = lr.out[:0], 0
	piece, err := lr.piece()
	if len(piece) == 0 {
		lr.err = err
		return
	}
	if lr.mode == "" {
		if isASCII(piece) {
			lr.out = append(lr.out, piece...)
			lr.ended = endsSentence(lr.ended, piece)
			lr.br.Discard(len(piece))
			return
		}
		window, _ := lr.br.Peek(legacyWindow)
		lr.mode = chooseEncoding(window)
		if lr.mode == modeRaw {
			return // Read now serves the buffered bytes as they are
		}
		if lr.detected != nil {
			lr.detected(lr.mode)
		}
		// The window peek may have moved the buffer: take the piece again.
		piece, _ = lr.br.Peek(len(piece))
	}
	lr.out = lr.decode(lr.out, piece)
	lr.br.Discard(len(piece))
}

// piece returns the next line (with its "\n") from the buffer, without
// consuming it; a line longer than the buffer is cut after its last space.
func (lr *legacyReader) piece() ([]byte, error) {
	var err error
	for {
		buf, _ := lr.br.Peek(lr.br.Buffered())
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			return buf[:i+1], nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == legacyWindow {
			if i := bytes.LastIndexAny(buf, " \t"); i > 0 {
				return buf[:i+1], nil
			}
			return buf, nil
		}
		// Ask for one byte more than buffered: one more read of the input.
		_, err = lr.br.Peek(len(buf) + 1)
	}
}

func (lr *legacyReader) decode(dst, piece []byte) []byte {
	switch lr.mode {
	case TCVN3:
		return lr.decodeTCVN3(dst, piece)
	case VNI:
		return lr.decodeVNI(dst, piece)
	default:
		return lr.decodeCP1258(dst, piece)
	}
}

// chooseEncoding decides, from the first window of input holding a byte
// above 0x7F, how to read the whole input: modeRaw for UTF-8, binary data
// and text no legacy encoding makes Vietnamese of; otherwise the legacy
// encoding that decodes it best.
func chooseEncoding(window []byte) string {
	full := window
	if len(window) == legacyWindow {
		full = trimPartialRune(window)
	}
	if looksBinary(window) || utf8.Valid(full) {
		return modeRaw
	}
	if enc, score := detectLegacy(window); score > 0 {
		return enc
	}
	return modeRaw
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b, where
// a full window may cut a letter in two (at the end of the input it is an
// error, or a legacy byte: "K\xd5" is TCVN3 Kế).
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// detectLegacy decodes b with each legacy encoding and returns the one whose
// text scores best as Vietnamese, with its score: valid syllables less
// invalid ones, less the byte sequences the encoding cannot hold (a VNI
// mark byte after a consonant).
func detectLegacy(b []byte) (string, int) {
	best, bestScore := "", 0
	var buf []byte
	lr := legacyReader{}
	for i, enc := range legacyCandidates {
		lr.mode = enc
		lr.bad = 0
		buf = lr.decode(buf[:0], b)
		if s := vietnameseScore(buf) - lr.bad; i == 0 || s > bestScore {
			best, bestScore = enc, s
		}
	}
	return best, bestScore
}

// vietnameseScore counts the words with letters beyond ASCII that are
// valid Vietnamese syllables, less those that are not (words without a
// vowel, abbreviations like "QĐ", do not count): the right decoding
// turns its non-ASCII bytes into letters of real syllables ("hoạch"), a
// wrong one into symbols and impossible words ("ho¹ch", "KÕ").
func vietnameseScore(text []byte) int {
	score := 0
	for len(text) > 0 {
		start := bytes.IndexFunc(text, isWordRune)
		if start < 0 {
			break
		}
		text = text[start:]
		end := bytes.IndexFunc(text, func(r rune) bool { return !isWordRune(r) })
		if end < 0 {
			end = len(text)
		}
		if word := text[:end]; !isASCII(word) && viet.HasVowel(string(word)) {
			if viet.Valid(string(word)) {
				score++
			} else {
				score--
			}
		}
		text = text[end:]
	}
	return score
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeCP1258 decodes Windows-1258, which writes tones as combining marks
// after the letter; NFC composes them.
func (lr *legacyReader) decodeCP1258(dst, piece []byte) []byte {
	raw := lr.scratch[:0]
	for _, c := range piece {
		raw = utf8.AppendRune(raw, charmap.Windows1258.DecodeByte(c))
	}
	lr.scratch = raw
	return norm.NFC.Append(dst, raw...)
}
