package render

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"image"
	"io"
)

// WritePDF writes pages as an image-only PDF, one full-page grayscale image
// per page, like the output of a document scanner. Each page's size is the
// image's size at dpi, so `pdfimages -list` reports dpi for every image.
// Pages holding only black and white pixels are stored with one bit per pixel.
func WritePDF(path string, pages []*image.Gray, dpi int) error {
	return write(path, func(w io.Writer) error { return EncodePDF(w, pages, dpi) })
}

// EncodePDF is WritePDF to a writer.
func EncodePDF(w io.Writer, pages []*image.Gray, dpi int) error {
	if len(pages) == 0 {
		return errors.New("render: no pages to write")
	}
	if dpi <= 0 {
		return fmt.Errorf("render: bad resolution %d dpi", dpi)
	}
	var out bytes.Buffer
	var offsets []int // byte offset of object n+1
	object := func(body string, stream []byte) {
		offsets = append(offsets, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s", len(offsets), body)
		if stream != nil {
			out.WriteString("\nstream\n")
			out.Write(stream)
			out.WriteString("\nendstream")
		}
		out.WriteString("\nendobj\n")
	}
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

	// Objects: 1 catalog, 2 page tree, then per page: page, contents, image.
	object("<< /Type /Catalog /Pages 2 0 R >>", nil)
	kids := ""
	for i := range pages {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	object(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(pages)), nil)
	for i, page := range pages {
		b := page.Bounds()
		wPt := float64(b.Dx()) * 72 / float64(dpi)
		hPt := float64(b.Dy()) * 72 / float64(dpi)
		contentObj, imageObj := 4+3*i, 5+3*i
		object(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.4f %.4f] /Contents %d 0 R /Resources << /XObject << /Im0 %d 0 R >> >> >>",
			wPt, hPt, contentObj, imageObj), nil)
		content := fmt.Sprintf("q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q", wPt, hPt)
		object(fmt.Sprintf("<< /Length %d >>", len(content)), []byte(content))
		data, bits, err := pdfImageData(page)
		if err != nil {
			return fmt.Errorf("render: page %d: %w", i+1, err)
		}
		object(fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent %d /Filter /FlateDecode /Length %d >>",
			b.Dx(), b.Dy(), bits, len(data)), data)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	_, err := w.Write(out.Bytes())
	return err
}

// pdfImageData returns the Flate-compressed samples of a page and their bit
// depth: 1 for a black-and-white page, 8 otherwise.
func pdfImageData(page *image.Gray) ([]byte, int, error) {
	b := page.Bounds()
	bits := 8
	var raw []byte
	if isBilevel(page) {
		bits = 1
		rowBytes := (b.Dx() + 7) / 8
		raw = make([]byte, rowBytes*b.Dy())
		for y := 0; y < b.Dy(); y++ {
			row := page.Pix[y*page.Stride:]
			for x := 0; x < b.Dx(); x++ {
				if row[x] != 0 {
					raw[y*rowBytes+x/8] |= 0x80 >> (x % 8)
				}
			}
		}
	} else {
		raw = make([]byte, 0, b.Dx()*b.Dy())
		for y := 0; y < b.Dy(); y++ {
			raw = append(raw, page.Pix[y*page.Stride:y*page.Stride+b.Dx()]...)
		}
	}
	var buf bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), bits, nil
}
