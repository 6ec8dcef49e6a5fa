package input

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"image/jpeg"
	"io"
)

// pageInfo is what a page's header tells before any pixel is decoded.
type pageInfo struct {
	Width, Height int
	DPI           int // 0 when unknown
}

// pngInfo reads the size from IHDR and the resolution from pHYs, which
// must come before the image data.
func pngInfo(head []byte) (pageInfo, error) {
	if len(head) < 33 || string(head[12:16]) != "IHDR" {
		return pageInfo{}, fmt.Errorf("%w: PNG without a header chunk", ErrCorrupt)
	}
	be := binary.BigEndian
	info := pageInfo{Width: int(be.Uint32(head[16:])), Height: int(be.Uint32(head[20:]))}
	for off := 8; off+12 <= len(head); {
		n := int(be.Uint32(head[off:]))
		typ := string(head[off+4 : off+8])
		if typ == "IDAT" || n < 0 || off+12+n > len(head) {
			break
		}
		if typ == "pHYs" && n == 9 && head[off+16] == 1 {
			info.DPI = int(float64(be.Uint32(head[off+8:]))*0.0254 + 0.5)
		}
		off += 12 + n
	}
	return info, nil
}

// jpegInfo reads the size from the frame header (image/jpeg.DecodeConfig)
// and the resolution from the JFIF segment.
func jpegInfo(head []byte) (pageInfo, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(head))
	if err != nil {
		return pageInfo{}, fmt.Errorf("%w: JPEG header: %v", ErrCorrupt, err)
	}
	info := pageInfo{Width: cfg.Width, Height: cfg.Height}
	// SOI, then APP0 "JFIF\0" version(2) units(1) Xdensity(2) Ydensity(2).
	if len(head) >= 18 && head[2] == 0xFF && head[3] == 0xE0 && string(head[6:11]) == "JFIF\x00" {
		density := int(binary.BigEndian.Uint16(head[14:]))
		switch head[13] {
		case 1:
			info.DPI = density
		case 2:
			info.DPI = int(float64(density)*2.54 + 0.5)
		}
	}
	return info, nil
}

// jpegComplete reports whether a JPEG file holds its whole image; a scan
// cut short in transfer does not. A file ending with the end-of-image marker
// is taken as whole; any other (some cameras append data after the marker)
// is decoded once to find out. Its size is already checked by then.
func jpegComplete(data []byte) bool {
	tail := bytes.TrimRight(data, "\x00\r\n \t")
	if bytes.HasSuffix(tail, []byte{0xFF, 0xD9}) {
		return true
	}
	_, err := jpeg.Decode(bytes.NewReader(data))
	return err == nil
}

// pngComplete reports whether a PNG file holds its final IEND chunk.
func pngComplete(data []byte) bool {
	tail := data[max(0, len(data)-4096):]
	return bytes.Contains(tail, []byte("IEND"))
}

// tiffInfo walks the chain of image directories of a classic TIFF and reads
// each page's size and resolution. It reads only the directories, never the
// image data, so a TIFF of any size is never held whole.
//
// A broken directory after good ones (a file cut short in a copy, a scanner
// that died mid-batch) ends the chain: the pages before it are returned
// with the error, which is page len(pages)+1's, so that they are still
// read rather than lost with the file.
func tiffInfo(r io.ReaderAt, size int64) ([]pageInfo, error) {
	corrupt := func(what string) error { return fmt.Errorf("%w: TIFF %s", ErrCorrupt, what) }
	read := func(off int64, n int) ([]byte, error) {
		if off < 0 || off+int64(n) > size {
			return nil, corrupt("points past the end of the file")
		}
		buf := make([]byte, n)
		if _, err := r.ReadAt(buf, off); err != nil {
			return nil, err
		}
		return buf, nil
	}
	hdr, err := read(0, 8)
	if err != nil {
		return nil, corrupt("header cut short")
	}
	var bo binary.ByteOrder
	switch {
	case bytes.HasPrefix(hdr, []byte("II*\x00")):
		bo = binary.LittleEndian
	case bytes.HasPrefix(hdr, []byte("MM\x00*")):
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%w: not a classic TIFF (BigTIFF is not supported)", ErrUnsupported)
	}
	var pages []pageInfo
	seen := map[uint32]bool{}
	for off := bo.Uint32(hdr[4:]); off != 0; {
		if seen[off] || len(pages) > 100000 {
			return pages, corrupt("directories loop")
		}
		seen[off] = true
		cnt, err := read(int64(off), 2)
		if err != nil {
			return pages, fmt.Errorf("directory %d: %w", len(pages)+1, err)
		}
		n := int(bo.Uint16(cnt))
		dir, err := read(int64(off)+2, 12*n+4)
		if err != nil {
			return pages, fmt.Errorf("directory %d: %w", len(pages)+1, err)
		}
		var info pageInfo
		var xres float64
		unit := uint16(2)
		for i := 0; i < n; i++ {
			e := dir[12*i:]
			tag, typ := bo.Uint16(e), bo.Uint16(e[2:])
			value := func() int {
				if typ == 3 {
					return int(bo.Uint16(e[8:]))
				}
				return int(bo.Uint32(e[8:]))
			}
			switch tag {
			case 256:
				info.Width = value()
			case 257:
				info.Height = value()
			case 282:
				if typ != 5 {
					break
				}
				if rat, err := read(int64(bo.Uint32(e[8:])), 8); err == nil {
					if den := bo.Uint32(rat[4:]); den != 0 {
						xres = float64(bo.Uint32(rat)) / float64(den)
					}
				}
			case 296:
				unit = uint16(value())
			}
		}
		switch unit {
		case 2:
			info.DPI = int(xres + 0.5)
		case 3:
			info.DPI = int(xres*2.54 + 0.5)
		}
		if info.Width <= 0 || info.Height <= 0 {
			return pages, corrupt(fmt.Sprintf("page %d has no size", len(pages)+1))
		}
		pages = append(pages, info)
		off = bo.Uint32(dir[12*n:])
	}
	if len(pages) == 0 {
		return nil, errors.New("TIFF holds no pages")
	}
	return pages, nil
}

// a4ShortSideInches is the width of the paper almost every Vietnamese
// administrative document is printed on.
const a4ShortSideInches = 210 / 25.4

// plausibleDPI returns the resolution to OCR a page at. Many scans state
// 72 dpi or none at all (a JFIF aspect ratio); a page-sized image is then
// taken to be A4 wide, and a small
// image is left to Tesseract's own estimate (0).
func plausibleDPI(info pageInfo) (dpi int, estimated bool) {
	if info.DPI >= 100 && info.DPI <= 1200 {
		return info.DPI, false
	}
	short := min(info.Width, info.Height)
	if short < 1000 {
		return 0, true
	}
	return max(100, min(1200, int(float64(short)/a4ShortSideInches+0.5))), true
}
