package render

import (
	"image"
	"image/color"
	"slices"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

var (
	printInk  = color.RGBA{A: 255}
	bannerInk = color.RGBA{R: 30, G: 60, B: 170, A: 255}
)

type faceKey struct {
	path  string
	scale float64
}

// formFaces opens the faces a form needs once each, every one checked
// against all the form's text.
type formFaces struct {
	opts   Options
	text   string
	loaded map[faceKey]font.Face
}

func (fs *formFaces) get(path string, scale float64) (font.Face, error) {
	k := faceKey{path, scale}
	if f, ok := fs.loaded[k]; ok {
		return f, nil
	}
	o := fs.opts
	o.FontPath = path
	o.SizePt *= scale
	f, err := loadFace(o, fs.text)
	if err != nil {
		return nil, err
	}
	fs.loaded[k] = f
	return f, nil
}

func (fs *formFaces) close() {
	for _, f := range fs.loaded {
		f.Close()
	}
}

// segment is a run of a line drawn in one face and ink; rise moves it off
// the baseline, in hundredths of the line pitch.
type segment struct {
	text string
	face font.Face
	ink  color.RGBA
	rise int
}

// segments splits a form line into its printed and handwritten runs, the
// printed ones in the line's style.
func (fs *formFaces) segments(f Form, line string, scale float64) ([]segment, error) {
	path := fs.opts.FontPath
	plain := FormText(line)
	switch {
	case f.BoldFont != "" && slices.Contains(f.Bold, plain):
		path = f.BoldFont
	case f.ItalicFont != "" && slices.Contains(f.Italic, plain):
		path = f.ItalicFont
	}
	var segs []segment
	for i, part := range strings.Split(line, HandOpen) {
		hand, printed := "", part
		if i > 0 {
			hand, printed, _ = strings.Cut(part, HandClose)
		}
		if hand != "" {
			hp := f.HandFont
			if hp == "" {
				hp = path
			}
			face, err := fs.get(hp, scale*1.15)
			if err != nil {
				return nil, err
			}
			// A little space either side and the figures a little above
			// the printed line, as a pen fills a blank.
			segs = append(segs, segment{text: " " + hand + " ", face: face, ink: penInk, rise: -12})
		}
		if printed != "" {
			face, err := fs.get(path, scale)
			if err != nil {
				return nil, err
			}
			segs = append(segs, segment{text: printed, face: face, ink: printInk})
		}
	}
	return segs, nil
}

// banner draws an e-signature or received stamp: small lines in a box
// whose top right corner is at (right, top) (with right negative, whose
// top left corner is at (-right, top)), in ink laid over the page. The
// parts of a line between HandOpen and HandClose are a clerk's
// handwriting, drawn larger in f.HandFont and pen ink.
func banner(img *image.RGBA, fs *formFaces, f Form, lines []string, right, top, lineHeight int, ink color.RGBA) error {
	face, err := fs.get(fs.opts.FontPath, 0.6)
	if err != nil {
		return err
	}
	hp := f.HandFont
	if hp == "" {
		hp = fs.opts.FontPath
	}
	hand, err := fs.get(hp, 0.8)
	if err != nil {
		return err
	}
	pitch := lineHeight * 6 / 10
	if strings.Contains(strings.Join(lines, ""), HandOpen) {
		pitch = lineHeight * 8 / 10 // room for the pen's larger figures
	}
	runs := make([][]segment, len(lines))
	w := 0
	for i, l := range lines {
		lw := 0
		for k, part := range strings.Split(l, HandOpen) {
			written, printed := "", part
			if k > 0 {
				written, printed, _ = strings.Cut(part, HandClose)
			}
			if written != "" {
				runs[i] = append(runs[i], segment{text: " " + written + " ", face: hand, ink: penInk})
				lw += font.MeasureString(hand, " "+written+" ").Ceil()
			}
			if printed != "" {
				runs[i] = append(runs[i], segment{text: printed, face: face, ink: ink})
				lw += font.MeasureString(face, printed).Ceil()
			}
		}
		w = max(w, lw)
	}
	pad := pitch / 3
	box := image.Rect(right-w-2*pad, top, right, top+len(lines)*pitch+2*pad)
	if right < 0 {
		box = image.Rect(-right, top, -right+w+2*pad, top+len(lines)*pitch+2*pad)
	}
	layer := image.NewAlpha(img.Rect)
	// The clerk's pen is drawn after the stamp, over it.
	var pen []segment
	var penAt []fixed.Point26_6
	d := &font.Drawer{Dst: layer, Src: image.Opaque}
	for i, run := range runs {
		d.Dot = fixed.P(box.Min.X+pad, box.Min.Y+pad+(i+1)*pitch-pitch/4)
		for _, sg := range run {
			if sg.ink == penInk {
				pen = append(pen, sg)
				penAt = append(penAt, d.Dot)
				d.Dot.X += font.MeasureString(sg.face, sg.text)
				continue
			}
			d.Face = sg.face
			d.DrawString(sg.text)
		}
	}
	stroke := max(1, fs.opts.DPI/150)
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			edge := x-box.Min.X < stroke || box.Max.X-1-x < stroke || y-box.Min.Y < stroke || box.Max.Y-1-y < stroke
			if a := layer.AlphaAt(x, y).A; a > 0 || edge {
				k := int(a)
				if edge {
					k = 255
				}
				c := ink
				c.R = uint8(255 - (255-int(c.R))*k/255)
				c.G = uint8(255 - (255-int(c.G))*k/255)
				c.B = uint8(255 - (255-int(c.B))*k/255)
				multiply(img, x, y, c)
			}
		}
	}
	for k, sg := range pen {
		d := &font.Drawer{Dst: img, Src: image.NewUniform(sg.ink), Face: sg.face, Dot: penAt[k]}
		d.DrawString(sg.text)
	}
	return nil
}
