package pagegen

import (
	"math/rand/v2"
	"os"
)

// Fonts are the typefaces pages are set in, when installed: the serif and
// sans faces of Debian's fonts-liberation2 and fonts-dejavu-core, which have
// every precomposed Vietnamese letter (the 1.07 fonts of fonts-liberation do
// not; a font missing a letter of a document is passed over for it).
var Fonts = []string{
	"/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
	"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
	"/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
	"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
	"/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
}

// Resolutions are the scan resolutions drawn from, in dots per inch.
var Resolutions = []int{150, 200, 300}

// Style is the typesetting of one page.
type Style struct {
	Font   string  `json:"font"`
	SizePt float64 `json:"size_pt"`
	DPI    int     `json:"dpi"`
}

// InstalledFonts returns the fonts of the list that exist on this machine.
func InstalledFonts(fonts []string) []string {
	var ok []string
	for _, f := range fonts {
		if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
			ok = append(ok, f)
		}
	}
	return ok
}

// RandomStyle draws a font, a size between 11 and 14 pt (Vietnamese
// directives use 13–14 pt, tables and footers less) and a resolution.
func RandomStyle(rng *rand.Rand, fonts []string, dpis []int) Style {
	return Style{
		Font:   fonts[rng.IntN(len(fonts))],
		SizePt: 11 + float64(rng.IntN(7))*0.5,
		DPI:    dpis[rng.IntN(len(dpis))],
	}
}
