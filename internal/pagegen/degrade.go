package pagegen

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"
)

// Degrade describes how one page is spoiled. The zero value leaves the page
// as rendered. Every field is drawn by RandomDegrade and recorded in the
// manifest, so any page can be made again.
type Degrade struct {
	Paper     uint8   `json:"paper"`        // grey of the paper (255 white)
	Ink       uint8   `json:"ink"`          // grey of the ink (0 black)
	BlurSigma float64 `json:"blur_sigma"`   // Gaussian blur in pixels at the page's resolution
	SkewDeg   float64 `json:"skew_deg"`     // rotation, degrees counter-clockwise
	Noise     float64 `json:"noise"`        // standard deviation of grey noise
	Speckle   float64 `json:"speckle"`      // share of pixels turned to dust (dark) or dropout (light)
	Threshold uint8   `json:"threshold"`    // binarise at this grey when non-zero (fax, photocopy)
	JPEGQual  int     `json:"jpeg_quality"` // re-encode as JPEG at this quality when non-zero
	NoiseSeed uint64  `json:"noise_seed"`   // seed of the noise and speckle
}

// RandomDegrade draws a degradation typical of scanned office documents:
// mostly light damage, sometimes heavy.
func RandomDegrade(rng *rand.Rand) Degrade {
	d := Degrade{
		Paper:     uint8(225 + rng.IntN(31)),
		Ink:       uint8(rng.IntN(70)),
		BlurSigma: 0.3 + rng.Float64()*0.9,
		SkewDeg:   (rng.Float64()*2 - 1) * 1.5,
		// Sensor noise, mostly faint: tesseract's global Otsu threshold
		// turns strong per-pixel noise (σ ≳ 15) into a page of specks and
		// reads nothing, which no archive scan does.
		Noise:     rng.Float64() * rng.Float64() * 12,
		Speckle:   rng.Float64() * 0.002,
		NoiseSeed: rng.Uint64(),
	}
	if rng.IntN(10) < 4 {
		// Binarised scans: a low threshold thins strokes, a high one fattens them.
		d.Threshold = uint8(100 + rng.IntN(80))
	}
	if rng.IntN(10) < 5 {
		d.JPEGQual = 25 + rng.IntN(56)
	}
	return d
}

// Apply returns a spoiled copy of page; page is not changed.
func (d Degrade) Apply(page *image.Gray) (*image.Gray, error) {
	img := cloneGray(page)
	if d.Paper != 0 || d.Ink != 0 {
		paper := d.Paper
		if paper == 0 {
			paper = 255
		}
		inkRange(img, d.Ink, paper)
	}
	if d.BlurSigma > 0 {
		img = gaussianBlur(img, d.BlurSigma)
	}
	if d.SkewDeg != 0 {
		img = rotate(img, d.SkewDeg, d.Paper)
	}
	rng := rand.New(rand.NewPCG(d.NoiseSeed, 0x9e3779b97f4a7c15))
	if d.Noise > 0 || d.Speckle > 0 {
		addNoise(img, d.Noise, d.Speckle, rng)
	}
	if d.Threshold != 0 {
		for i, v := range img.Pix {
			if v < d.Threshold {
				img.Pix[i] = 0
			} else {
				img.Pix[i] = 255
			}
		}
	}
	if d.JPEGQual != 0 {
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: d.JPEGQual}); err != nil {
			return nil, fmt.Errorf("pagegen: jpeg: %w", err)
		}
		dec, err := jpeg.Decode(&buf)
		if err != nil {
			return nil, fmt.Errorf("pagegen: jpeg: %w", err)
		}
		g, ok := dec.(*image.Gray)
		if !ok {
			return nil, fmt.Errorf("pagegen: jpeg decoded as %T, want grey", dec)
		}
		img = g
	}
	return img, nil
}

func cloneGray(src *image.Gray) *image.Gray {
	dst := image.NewGray(src.Rect)
	for y := src.Rect.Min.Y; y < src.Rect.Max.Y; y++ {
		copy(dst.Pix[(y-dst.Rect.Min.Y)*dst.Stride:][:dst.Rect.Dx()], src.Pix[(y-src.Rect.Min.Y)*src.Stride:][:src.Rect.Dx()])
	}
	return dst
}

// inkRange maps black to ink and white to paper, linearly.
func inkRange(img *image.Gray, ink, paper uint8) {
	var lut [256]uint8
	for v := range lut {
		lut[v] = uint8(int(ink) + (int(paper)-int(ink))*v/255)
	}
	for i, v := range img.Pix {
		img.Pix[i] = lut[v]
	}
}

// gaussianBlur blurs with a separable kernel of radius 3σ.
func gaussianBlur(src *image.Gray, sigma float64) *image.Gray {
	r := int(math.Ceil(3 * sigma))
	kernel := make([]float32, 2*r+1)
	var sum float32
	for i := range kernel {
		x := float64(i - r)
		kernel[i] = float32(math.Exp(-x * x / (2 * sigma * sigma)))
		sum += kernel[i]
	}
	for i := range kernel {
		kernel[i] /= sum
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	tmp := make([]float32, w*h)
	for y := range h {
		row := src.Pix[y*src.Stride:]
		for x := range w {
			var acc float32
			for k, kv := range kernel {
				xx := min(max(x+k-r, 0), w-1)
				acc += kv * float32(row[xx])
			}
			tmp[y*w+x] = acc
		}
	}
	dst := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var acc float32
			for k, kv := range kernel {
				yy := min(max(y+k-r, 0), h-1)
				acc += kv * tmp[yy*w+x]
			}
			dst.Pix[y*dst.Stride+x] = uint8(min(max(acc+0.5, 0), 255))
		}
	}
	return dst
}

// rotate turns the page about its centre by deg degrees with bilinear
// sampling; corners uncovered by the turned page take the paper grey.
func rotate(src *image.Gray, deg float64, paper uint8) *image.Gray {
	if paper == 0 {
		paper = 255
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	dst := image.NewGray(image.Rect(0, 0, w, h))
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w-1)/2, float64(h-1)/2
	at := func(x, y int) float64 {
		if x < 0 || y < 0 || x >= w || y >= h {
			return float64(paper)
		}
		return float64(src.Pix[y*src.Stride+x])
	}
	for y := range h {
		dy := float64(y) - cy
		for x := range w {
			dx := float64(x) - cx
			// Inverse mapping: where in the source does this pixel come from.
			sx := cos*dx - sin*dy + cx
			sy := sin*dx + cos*dy + cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			v := (at(x0, y0)*(1-fx)+at(x0+1, y0)*fx)*(1-fy) + (at(x0, y0+1)*(1-fx)+at(x0+1, y0+1)*fx)*fy
			dst.Pix[y*dst.Stride+x] = uint8(v + 0.5)
		}
	}
	return dst
}

// addNoise adds Gaussian grey noise and salt-and-pepper speckle.
func addNoise(img *image.Gray, sigma, speckle float64, rng *rand.Rand) {
	for i, v := range img.Pix {
		f := float64(v)
		if sigma > 0 {
			f += rng.NormFloat64() * sigma
		}
		if speckle > 0 && rng.Float64() < speckle {
			if rng.IntN(2) == 0 {
				f = 0
			} else {
				f = 255
			}
		}
		img.Pix[i] = uint8(min(max(f+0.5, 0), 255))
	}
}
