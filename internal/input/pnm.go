package input

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
)

// pgmToTIFF rewraps the 8-bit grayscale PGM pdftoppm writes as an
// uncompressed single-strip TIFF holding the same pixel bytes. Leptonica,
// which decodes every page before OCR, reads a 300 dpi A4 page as this TIFF
// in about 20 ms and as PGM in about 500 ms (it parses PNM a pixel at a
// time); pdftoppm cannot write TIFF to a pipe.
func pgmToTIFF(pgm []byte) ([]byte, error) {
	w, h, pix, err := parsePGM(pgm)
	if err != nil {
		return nil, err
	}
	type entry struct {
		tag, typ uint16
		value    uint32
	}
	const (
		short = 3
		long  = 4
		hdr   = 8
	)
	entries := []entry{
		{256, long, uint32(w)}, // ImageWidth
		{257, long, uint32(h)}, // ImageLength
		{258, short, 8},        // BitsPerSample
		{259, short, 1},        // Compression: none
		{262, short, 1},        // PhotometricInterpretation: black is zero
		{273, long, 0},         // StripOffsets, filled in below
		{277, short, 1},        // SamplesPerPixel
		{278, long, uint32(h)}, // RowsPerStrip: one strip
		{279, long, uint32(len(pix))},
	}
	ifdSize := 2 + 12*len(entries) + 4
	entries[5].value = uint32(hdr + ifdSize)
	out := make([]byte, hdr+ifdSize, hdr+ifdSize+len(pix))
	le := binary.LittleEndian
	copy(out, "II*\x00")
	le.PutUint32(out[4:], hdr)
	le.PutUint16(out[hdr:], uint16(len(entries)))
	for i, e := range entries {
		b := out[hdr+2+12*i:]
		le.PutUint16(b, e.tag)
		le.PutUint16(b[2:], e.typ)
		le.PutUint32(b[4:], 1)
		if e.typ == short {
			le.PutUint16(b[8:], uint16(e.value))
		} else {
			le.PutUint32(b[8:], e.value)
		}
	}
	// The next-IFD offset after the entries stays 0: one page.
	return append(out, pix...), nil
}

// parsePGM splits a binary 8-bit PGM (P5, maxval 255) into its size and
// pixel bytes, one per pixel, row by row.
func parsePGM(data []byte) (w, h int, pix []byte, err error) {
	bad := func(what string) (int, int, []byte, error) {
		return 0, 0, nil, fmt.Errorf("pdftoppm output is not an 8-bit PGM: %s", what)
	}
	if !bytes.HasPrefix(data, []byte("P5")) {
		return bad("no P5 signature")
	}
	rest := data[2:]
	var fields [3]int
	for i := range fields {
		// Whitespace and comments may separate the header's fields.
		for len(rest) > 0 && (isSpace(rest[0]) || rest[0] == '#') {
			if rest[0] == '#' {
				if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
					rest = rest[nl:]
				} else {
					rest = nil
				}
				continue
			}
			rest = rest[1:]
		}
		end := 0
		for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
			end++
		}
		n, err := strconv.Atoi(string(rest[:end]))
		if err != nil || n <= 0 {
			return bad("bad header")
		}
		fields[i], rest = n, rest[end:]
	}
	w, h = fields[0], fields[1]
	// One whitespace byte ends the header.
	if fields[2] != 255 || len(rest) == 0 || !isSpace(rest[0]) {
		return bad("not 8 bits per pixel")
	}
	rest = rest[1:]
	if int64(w)*int64(h) != int64(len(rest)) {
		return bad(fmt.Sprintf("%d bytes of pixels for %d × %d", len(rest), w, h))
	}
	if len(rest) > math.MaxUint32 {
		return bad("over 4 GB of pixels")
	}
	return w, h, rest, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
