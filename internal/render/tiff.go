package render

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"io"
)

// TIFFCompression is the compression of the pages of a TIFF file.
type TIFFCompression int

const (
	TIFFDeflate TIFFCompression = iota // lossless, Adobe Deflate (zlib)
	TIFFJPEG                           // lossy, the JPEG-in-TIFF of many office scanners
	TIFFNone                           // uncompressed
)

// JPEGQuality is the quality of JPEG-compressed TIFF pages, about what
// office scanners use.
const JPEGQuality = 85

// WriteTIFF writes pages as one multi-page 8-bit grayscale TIFF whose
// XResolution and YResolution record dpi.
func WriteTIFF(path string, pages []*image.Gray, dpi int, compression TIFFCompression) error {
	return write(path, func(w io.Writer) error { return EncodeTIFF(w, pages, dpi, compression) })
}

// TIFF tag numbers and field types used below (TIFF 6.0).
const (
	tagNewSubfileType  = 254
	tagImageWidth      = 256
	tagImageLength     = 257
	tagBitsPerSample   = 258
	tagCompression     = 259
	tagPhotometric     = 262
	tagStripOffsets    = 273
	tagSamplesPerPixel = 277
	tagRowsPerStrip    = 278
	tagStripByteCounts = 279
	tagXResolution     = 282
	tagYResolution     = 283
	tagResolutionUnit  = 296
	tagPageNumber      = 297

	typeShort    = 3
	typeLong     = 4
	typeRational = 5
)

// EncodeTIFF is WriteTIFF to a writer. Each page is one strip; a JPEG page's
// strip is a complete JPEG stream, which libtiff reads without JPEGTables.
func EncodeTIFF(w io.Writer, pages []*image.Gray, dpi int, compression TIFFCompression) error {
	if len(pages) == 0 {
		return errors.New("render: no pages to write")
	}
	if dpi <= 0 {
		return fmt.Errorf("render: bad resolution %d dpi", dpi)
	}
	le := binary.LittleEndian
	var out bytes.Buffer
	out.WriteString("II*\x00")
	binary.Write(&out, le, uint32(0)) // patched with the first IFD's offset
	nextPtr := 4                      // where the offset of the next IFD goes

	for n, page := range pages {
		strip, code, err := encodeStrip(page, compression)
		if err != nil {
			return fmt.Errorf("render: page %d: %w", n+1, err)
		}
		stripOffset := out.Len()
		out.Write(strip)
		if out.Len()%2 == 1 {
			out.WriteByte(0) // IFDs and values start on a word boundary
		}
		resOffset := out.Len()
		binary.Write(&out, le, [2]uint32{uint32(dpi), 1})

		ifdOffset := out.Len()
		le.PutUint32(out.Bytes()[nextPtr:], uint32(ifdOffset))
		b := page.Bounds()
		type entry struct {
			tag, typ uint16
			count    uint32
			value    uint32
		}
		entries := []entry{
			{tagNewSubfileType, typeLong, 1, 2}, // one page of a multi-page file
			{tagImageWidth, typeLong, 1, uint32(b.Dx())},
			{tagImageLength, typeLong, 1, uint32(b.Dy())},
			{tagBitsPerSample, typeShort, 1, 8},
			{tagCompression, typeShort, 1, code},
			{tagPhotometric, typeShort, 1, 1}, // black is zero
			{tagStripOffsets, typeLong, 1, uint32(stripOffset)},
			{tagSamplesPerPixel, typeShort, 1, 1},
			{tagRowsPerStrip, typeLong, 1, uint32(b.Dy())},
			{tagStripByteCounts, typeLong, 1, uint32(len(strip))},
			{tagXResolution, typeRational, 1, uint32(resOffset)},
			{tagYResolution, typeRational, 1, uint32(resOffset)},
			{tagResolutionUnit, typeShort, 1, 2}, // inch
			// Two SHORTs packed in the value field: page number, page count.
			{tagPageNumber, typeShort, 2, uint32(n) | uint32(len(pages))<<16},
		}
		binary.Write(&out, le, uint16(len(entries)))
		for _, e := range entries {
			binary.Write(&out, le, e.tag)
			binary.Write(&out, le, e.typ)
			binary.Write(&out, le, e.count)
			binary.Write(&out, le, e.value)
		}
		nextPtr = out.Len()
		binary.Write(&out, le, uint32(0))
	}
	if out.Len() > 1<<32-1 {
		return errors.New("render: TIFF over 4 GB")
	}
	_, err := w.Write(out.Bytes())
	return err
}

// encodeStrip compresses a page and returns the TIFF compression code.
func encodeStrip(page *image.Gray, compression TIFFCompression) ([]byte, uint32, error) {
	b := page.Bounds()
	raw := make([]byte, 0, b.Dx()*b.Dy())
	for y := 0; y < b.Dy(); y++ {
		raw = append(raw, page.Pix[y*page.Stride:y*page.Stride+b.Dx()]...)
	}
	switch compression {
	case TIFFNone:
		return raw, 1, nil
	case TIFFDeflate:
		var buf bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
		zw.Write(raw)
		if err := zw.Close(); err != nil {
			return nil, 0, err
		}
		return buf.Bytes(), 8, nil
	case TIFFJPEG:
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, page, &jpeg.Options{Quality: JPEGQuality}); err != nil {
			return nil, 0, err
		}
		return buf.Bytes(), 7, nil
	}
	return nil, 0, fmt.Errorf("unknown TIFF compression %d", compression)
}
