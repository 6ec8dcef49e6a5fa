package layout

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"

	"golang.org/x/image/tiff"
)

// DecodeImage decodes ocr.Result.Image, the uncompressed TIFF the OCR
// engine read, for Analyze.
func DecodeImage(data []byte) (image.Image, error) {
	if img, ok := decodePlainTIFF(data); ok {
		return img, nil
	}
	img, err := tiff.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("layout: decoding the page image: %w", err)
	}
	return img, nil
}

// decodePlainTIFF decodes the TIFFs leptonica writes for the engine
// (uncompressed, 8-bit grey or RGB, contiguous samples) by copying their
// strips: x/image/tiff reads such a grey page a pixel at a time through
// its bit reader, 60 to 90 ms of CPU for an A4 page at 300 dpi, more than
// the rest of layout. It gives the image tiff.Decode gives (*image.Gray,
// or *image.RGBA with opaque alpha); ok is false for any other TIFF, which
// tiff.Decode then reads.
func decodePlainTIFF(data []byte) (img image.Image, ok bool) {
	if len(data) < 8 {
		return nil, false
	}
	var bo binary.ByteOrder
	switch string(data[:4]) {
	case "II*\x00":
		bo = binary.LittleEndian
	case "MM\x00*":
		bo = binary.BigEndian
	default:
		return nil, false
	}
	ifd := int64(bo.Uint32(data[4:]))
	if ifd+2 > int64(len(data)) {
		return nil, false
	}
	n := int64(bo.Uint16(data[ifd:]))
	if ifd+2+12*n > int64(len(data)) {
		return nil, false
	}
	// values reads a SHORT or LONG field's values.
	values := func(e []byte) ([]int64, bool) {
		typ, count := bo.Uint16(e[2:]), int64(bo.Uint32(e[4:]))
		size := map[uint16]int64{3: 2, 4: 4}[typ]
		if size == 0 || count <= 0 || count > int64(len(data)) {
			return nil, false
		}
		raw := e[8:12]
		if size*count > 4 {
			off := int64(bo.Uint32(e[8:]))
			if off < 0 || off+size*count > int64(len(data)) {
				return nil, false
			}
			raw = data[off : off+size*count]
		}
		out := make([]int64, count)
		for i := range out {
			if size == 2 {
				out[i] = int64(bo.Uint16(raw[2*i:]))
			} else {
				out[i] = int64(bo.Uint32(raw[4*i:]))
			}
		}
		return out, true
	}
	tags := map[uint16][]int64{}
	for i := range n {
		e := data[ifd+2+12*i : ifd+14+12*i]
		tag := bo.Uint16(e)
		switch tag {
		case 256, 257, 258, 259, 262, 273, 277, 278, 279, 284, 317, 338:
			v, ok := values(e)
			if !ok {
				return nil, false
			}
			tags[tag] = v
		}
	}
	one := func(tag uint16, def int64) int64 {
		if v, ok := tags[tag]; ok {
			return v[0]
		}
		return def
	}
	w, h := one(256, 0), one(257, 0)
	spp := one(277, 1)
	if w <= 0 || h <= 0 || w*h > 1<<31 || one(259, 1) != 1 || one(284, 1) != 1 || one(317, 1) != 1 || tags[338] != nil {
		return nil, false
	}
	for _, b := range tags[258] {
		if b != 8 {
			return nil, false
		}
	}
	photometric := one(262, -1)
	switch {
	case spp == 1 && photometric == 1 && len(tags[258]) == 1:
	case spp == 3 && photometric == 2 && len(tags[258]) == 3:
	default:
		return nil, false
	}
	// The strips, top to bottom, hold the rows in order.
	offsets, counts := tags[273], tags[279]
	rowBytes := w * spp
	perStrip := min(one(278, h), h)
	if len(offsets) == 0 || len(offsets) != len(counts) || perStrip <= 0 || int64(len(offsets)) != (h+perStrip-1)/perStrip {
		return nil, false
	}
	strips := make([][]byte, len(offsets))
	for i, off := range offsets {
		want := min(perStrip, h-int64(i)*perStrip) * rowBytes
		if counts[i] < want || off+want > int64(len(data)) {
			return nil, false
		}
		strips[i] = data[off : off+want]
	}
	r := image.Rect(0, 0, int(w), int(h))
	if spp == 1 {
		g := &image.Gray{Pix: make([]byte, 0, rowBytes*h), Stride: int(w), Rect: r}
		for _, s := range strips {
			g.Pix = append(g.Pix, s...)
		}
		return g, true
	}
	rgba := image.NewRGBA(r)
	j := 0
	for _, s := range strips {
		for i := 0; i+3 <= len(s); i, j = i+3, j+4 {
			binary.LittleEndian.PutUint32(rgba.Pix[j:], uint32(s[i])|uint32(s[i+1])<<8|uint32(s[i+2])<<16|0xff<<24)
		}
	}
	return rgba, true
}
