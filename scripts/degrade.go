//go:build ignore

// degrade makes the copies of a scanned page that archives hold besides
// good 300 dpi scans, for scripts/bench_degraded.sh: each is written as
// OUT.KIND.EXT.
//
//	j150  colour (or grey) JPEG at 150 dpi, quality 60
//	j100  the same at 100 dpi
//	bw    a 1-bit photocopy: grey at 200 dpi, thresholded at mid-grey (PNG)
//	blur  the page at its own resolution blurred (Gaussian, sd 1.2 px),
//	      JPEG quality 75, as a scan slightly out of focus
//
// The page's resolution is taken from its width, an A4 page's (8.27 in),
// as file metadata is often missing or wrong; a page is never enlarged.
//
//	go run scripts/degrade.go -out DIR/NAME PAGE.{jpg,png}
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"log/slog"
	"math"
	"os"

	"golang.org/x/image/draw"

	"github.com/vidoc/vidoc/internal/atomicfile"
)

const a4Width = 8.27 // inches

func main() {
	out := flag.String("out", "", "path prefix of the copies (DIR/NAME)")
	flag.Parse()
	if *out == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run scripts/degrade.go -out DIR/NAME PAGE")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out); err != nil {
		slog.Error("degrade", "page", flag.Arg(0), "err", err)
		os.Exit(1)
	}
}

func run(path, out string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	src, _, err := image.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	dpi := float64(src.Bounds().Dx()) / a4Width
	_, isGrey := src.(*image.Gray)
	for _, c := range []struct {
		kind string
		dpi  float64
	}{{"j150", 150}, {"j100", 100}} {
		img := scaled(src, c.dpi/dpi, isGrey)
		if err := writeJPEG(out+"."+c.kind+".jpg", img, 60); err != nil {
			return err
		}
	}
	// Two colours: PNG writes the page 1 bit a pixel, as a bilevel
	// scanner's file is.
	grey := scaled(src, 200/dpi, true).(*image.Gray)
	bw := image.NewPaletted(grey.Bounds(), color.Palette{color.Black, color.White})
	for i, v := range grey.Pix {
		if v >= 128 {
			bw.Pix[i] = 1
		}
	}
	if err := writePNG(out+".bw.png", bw); err != nil {
		return err
	}
	return writeJPEG(out+".blur.jpg", blurred(scaled(src, 1, isGrey), 1.2), 75)
}

// scaled is src shrunk by f (never enlarged), grey or RGBA.
func scaled(src image.Image, f float64, grey bool) draw.Image {
	f = min(f, 1)
	b := src.Bounds()
	r := image.Rect(0, 0, int(math.Round(float64(b.Dx())*f)), int(math.Round(float64(b.Dy())*f)))
	var dst draw.Image = image.NewRGBA(r)
	if grey {
		dst = image.NewGray(r)
	}
	draw.CatmullRom.Scale(dst, r, src, b, draw.Src, nil)
	return dst
}

// blurred is img convolved with a Gaussian of standard deviation sd
// pixels, one direction then the other, on its RGBA bytes.
func blurred(img draw.Image, sd float64) draw.Image {
	rad := int(math.Ceil(3 * sd))
	k := make([]float64, 2*rad+1)
	var sum float64
	for i := range k {
		d := float64(i - rad)
		k[i] = math.Exp(-d * d / (2 * sd * sd))
		sum += k[i]
	}
	for i := range k {
		k[i] /= sum
	}
	b := img.Bounds()
	src := image.NewRGBA(b)
	draw.Draw(src, b, img, b.Min, draw.Src)
	// pass convolves along x (dx 1) or y (dx 0), each channel.
	pass := func(in *image.RGBA, dx int) *image.RGBA {
		out := image.NewRGBA(b)
		w, h := b.Dx(), b.Dy()
		for y := range h {
			for x := range w {
				for c := range 4 {
					var v float64
					for i, wt := range k {
						sx, sy := x, y
						if dx == 1 {
							sx = min(max(x+i-rad, 0), w-1)
						} else {
							sy = min(max(y+i-rad, 0), h-1)
						}
						v += wt * float64(in.Pix[sy*in.Stride+4*sx+c])
					}
					out.Pix[y*out.Stride+4*x+c] = uint8(min(255, math.Round(v)))
				}
			}
		}
		return out
	}
	out := pass(pass(src, 1), 0)
	if _, ok := img.(*image.Gray); ok {
		g := image.NewGray(b)
		draw.Draw(g, b, out, b.Min, draw.Src)
		return g
	}
	return out
}

func writeJPEG(path string, img image.Image, quality int) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return jpeg.Encode(w, img, &jpeg.Options{Quality: quality}) })
}

func writePNG(path string, img image.Image) error {
	return atomicfile.Write(path, 0o644, func(w io.Writer) error { return png.Encode(w, img) })
}
