//go:build cgo

package ocr

/*
#cgo pkg-config: lept
#include <leptonica/allheaders.h>

// vidoc_upscale returns a copy of pix enlarged by f, interpolated: a 1-bit
// or colour-mapped page is made 8-bit grey first, so that its enlarged
// edges are smooth, not blocks of repeated pixels. Its resolution is
// scaled with it.
static PIX *vidoc_upscale(PIX *pix, float f) {
	PIX *src = pix;
	if (pixGetDepth(pix) < 8 || pixGetColormap(pix) != NULL) {
		src = pixConvertTo8(pix, 0);
		if (src == NULL) return NULL;
	}
	PIX *out = pixScale(src, f, f);
	if (src != pix) pixDestroy(&src);
	return out;
}
*/
import "C"

import "errors"

// upscaled is a copy of the page enlarged by f, to be freed.
func (p *pixImage) upscaled(f float64) (*pixImage, error) {
	out := C.vidoc_upscale(p.pix, C.float(f))
	if out == nil {
		return nil, errors.New("out of memory enlarging the page")
	}
	return &pixImage{pix: out}, nil
}

// ratio is how many times wider and taller p is than of.
func (p *pixImage) ratio(of *pixImage) (float64, float64) {
	return float64(C.pixGetWidth(p.pix)) / float64(C.pixGetWidth(of.pix)),
		float64(C.pixGetHeight(p.pix)) / float64(C.pixGetHeight(of.pix))
}
