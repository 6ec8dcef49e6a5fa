package ocr

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/input"
)

// greyTIFF is a classic little-endian TIFF of 64 × 64 white 8-bit pages,
// one strip each, its directories first; a page listed in broken has its
// strip pointing past the end of the file. Input reads only directories,
// so such a page is OCR's to find broken when it decodes it.
func greyTIFF(pages int, broken map[int]bool) []byte {
	const side, entries = 64, 9
	const dirSize = 2 + entries*12 + 4
	bo := binary.LittleEndian
	out := []byte("II*\x00\x08\x00\x00\x00")
	dataAt := 8 + pages*dirSize
	for p := range pages {
		strip := uint32(dataAt + p*side*side)
		if broken[p+1] {
			strip = 1 << 24
		}
		out = bo.AppendUint16(out, entries)
		for _, e := range [][3]uint32{
			{256, 3, side}, {257, 3, side}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1},
			{273, 4, strip}, {277, 3, 1}, {278, 3, side}, {279, 4, side * side},
		} {
			out = bo.AppendUint16(out, uint16(e[0]))
			out = bo.AppendUint16(out, uint16(e[1]))
			out = bo.AppendUint32(out, 1)
			if e[1] == 3 {
				out = bo.AppendUint16(out, uint16(e[2]))
				out = bo.AppendUint16(out, 0)
			} else {
				out = bo.AppendUint32(out, e[2])
			}
		}
		next := uint32(0)
		if p+1 < pages {
			next = uint32(8 + (p+1)*dirSize)
		}
		out = bo.AppendUint32(out, next)
	}
	for range pages {
		out = append(out, []byte(strings.Repeat("\xff", side*side))...)
	}
	return out
}

// TestBrokenTIFFPageNamesFileAndPage: a TIFF whose directories are sound
// but whose second page's pixels are not in the file opens (input reads
// directories only), its first page reads, and its second fails with an
// error naming the file and the page, not a panic.
func TestBrokenTIFFPageNamesFileAndPage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.tiff")
	if err := os.WriteFile(path, greyTIFF(2, map[int]bool{2: true}), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc, err := input.Open(ctx, path, input.Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	if doc.Count != 2 {
		t.Fatalf("%d pages, want 2", doc.Count)
	}
	e := newEngine(t, Options{NoUpright: true})
	for n, wantErr := range map[int]bool{1: false, 2: true} {
		p, err := doc.Page(ctx, n)
		if err != nil {
			t.Fatalf("page %d: %v", n, err)
		}
		_, err = e.Recognize(ctx, p)
		switch {
		case !wantErr && err != nil:
			t.Errorf("page %d, sound: %v", n, err)
		case wantErr && err == nil:
			t.Errorf("page %d, its pixels past the end of the file: no error", n)
		case wantErr && (!strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "page 2")):
			t.Errorf("page %d: error %q does not name the file and the page", n, err)
		}
	}
}
