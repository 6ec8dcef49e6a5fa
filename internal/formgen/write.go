package formgen

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"path/filepath"
	"strings"

	"github.com/vidoc/vidoc/internal/atomicfile"
	"github.com/vidoc/vidoc/internal/pagegen"
	"github.com/vidoc/vidoc/internal/render"
)

// Draw renders p and damages it, and returns the image file's bytes and
// its extension: a 1-bit PNG or a colour JPEG.
func Draw(p Page) ([]byte, string, error) {
	data, ext, _, err := DrawLines(p)
	return data, ext, err
}

// DrawLines is Draw that also returns the lines of print the page shows
// (render.FormMarks.Lines): its transcription, seal and banner left out.
func DrawLines(p Page) ([]byte, string, []string, error) {
	img, marks, err := render.FormPage(p.Form, p.Options)
	if err != nil {
		return nil, "", nil, fmt.Errorf("formgen: %s: %w", p.Name, err)
	}
	lines := marks.Lines
	if p.Damage.TopCut != 0 {
		img, lines = cutTop(img, marks, p.Damage.TopCut)
	}
	data, ext, err := damage(p, img)
	return data, ext, lines, err
}

// topCutKept is the share of a line's height that must be left under a
// cut for the line to count as printed: a line shaved of its marks and the
// tops of its capitals is still read, one cut through the middle is not.
const topCutKept = 0.6

// cutTop cuts the page's top at the header's fixed line, as a copy
// scanned or photographed a little low loses it (Damage.TopCut), and
// returns the page and the lines still printed on it.
func cutTop(img *image.RGBA, marks render.FormMarks, share float64) (*image.RGBA, []string) {
	fixed := marks.LineBoxes[0]
	for k, l := range marks.Lines {
		if l == mottoLine || l == partyTitle {
			fixed = marks.LineBoxes[k]
			break
		}
	}
	cut := fixed.Min.Y + int(share*float64(fixed.Dy()))
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()-cut))
	draw.Draw(out, out.Rect, img, image.Pt(0, cut), draw.Src)
	var lines []string
	for k, l := range marks.Lines {
		box := marks.LineBoxes[k]
		if float64(box.Max.Y-cut) >= topCutKept*float64(box.Dy()) {
			lines = append(lines, l)
		}
	}
	return out, lines
}

// damage spoils the drawn page as p.Damage says and encodes it.
func damage(p Page, img *image.RGBA) ([]byte, string, error) {
	var buf bytes.Buffer
	if p.Damage.Bilevel {
		grey := image.NewGray(img.Rect)
		for i := range grey.Pix {
			c := img.Pix[4*i : 4*i+3]
			grey.Pix[i] = uint8((299*int(c[0]) + 587*int(c[1]) + 114*int(c[2])) / 1000)
		}
		d := pagegen.Degrade{Paper: 240, Ink: 25, BlurSigma: p.Damage.Blur, SkewDeg: p.Damage.Skew,
			Noise: 3, Speckle: 0.0004, Threshold: p.Damage.Cutoff, NoiseSeed: p.Damage.NoiseSed}
		bw, err := d.Apply(grey)
		if err != nil {
			return nil, "", fmt.Errorf("formgen: %s: %w", p.Name, err)
		}
		if err := render.EncodePNG(&buf, bw, p.Damage.DPI); err != nil {
			return nil, "", fmt.Errorf("formgen: %s: %w", p.Name, err)
		}
		return buf.Bytes(), ".png", nil
	}
	// Colour: the paper a little yellowed, as a scanner sees it, then JPEG.
	paper := color.RGBA{R: 246, G: 242, B: 232, A: 255}
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i] = uint8(int(img.Pix[i]) * int(paper.R) / 255)
		img.Pix[i+1] = uint8(int(img.Pix[i+1]) * int(paper.G) / 255)
		img.Pix[i+2] = uint8(int(img.Pix[i+2]) * int(paper.B) / 255)
	}
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: p.Damage.Quality}); err != nil {
		return nil, "", fmt.Errorf("formgen: %s: %w", p.Name, err)
	}
	return withJFIF(buf.Bytes(), p.Damage.DPI), ".jpg", nil
}

// withJFIF puts a JFIF segment recording dpi after the JPEG's start marker
// (Go's encoder writes none), so OCR reads the page at its true scale.
func withJFIF(data []byte, dpi int) []byte {
	app0 := []byte{0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 1, 0, 0, 0, 0, 0, 0}
	binary.BigEndian.PutUint16(app0[12:], uint16(dpi))
	binary.BigEndian.PutUint16(app0[14:], uint16(dpi))
	out := make([]byte, 0, len(data)+len(app0))
	out = append(out, data[:2]...)
	out = append(out, app0...)
	return append(out, data[2:]...)
}

// Write makes the pages of seeds [from, to) in dir: NAME.png or NAME.jpg,
// NAME.truth.txt with the lines it prints, and NAME.fields.json with the
// fields the page shows. With last, the documents' last pages (MakeLast)
// instead, which show no fields. A topCut not 0 cuts each first page's
// top through its motto or Party title (Damage.TopCut), named NAME-cut,
// without fields: the issuing body's first line is cut away with the
// national title.
func Write(dir string, from, to uint64, last bool, topCut float64) error {
	if to <= from {
		return errNoPages
	}
	for s := from; s < to; s++ {
		mk := Make
		if last {
			mk = MakeLast
		}
		p, err := mk(s)
		if err != nil {
			return err
		}
		if topCut != 0 && !p.Last {
			p.Damage.TopCut = topCut
			p.Name += "-cut"
		}
		data, ext, lines, err := DrawLines(p)
		if err != nil {
			return err
		}
		if err := atomicfile.WriteFile(filepath.Join(dir, p.Name+ext), data, 0o644); err != nil {
			return fmt.Errorf("formgen: %w", err)
		}
		truth := strings.Join(lines, "\n") + "\n"
		if err := atomicfile.WriteFile(filepath.Join(dir, p.Name+".truth.txt"), []byte(truth), 0o644); err != nil {
			return fmt.Errorf("formgen: %w", err)
		}
		if p.Last || p.Damage.TopCut != 0 {
			continue
		}
		js, err := json.MarshalIndent(p.Fields, "", "  ")
		if err != nil {
			return fmt.Errorf("formgen: %s: %w", p.Name, err)
		}
		if err := atomicfile.WriteFile(filepath.Join(dir, p.Name+".fields.json"), append(js, '\n'), 0o644); err != nil {
			return fmt.Errorf("formgen: %w", err)
		}
	}
	return nil
}
