package input

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
)

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
	// By division: a header of 2³² × 2³² pixels overflows the product
	// to 0, which an empty raster would match.
	if len(rest)%w != 0 || len(rest)/w != h {
		return bad(fmt.Sprintf("%d bytes of pixels for %d × %d", len(rest), w, h))
	}
	if len(rest) > math.MaxUint32 {
		return bad("over 4 GB of pixels")
	}
	return w, h, rest, nil
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
