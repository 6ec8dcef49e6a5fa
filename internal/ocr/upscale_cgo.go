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

// vidoc_glyph_heights fills heights (room for max) with the heights of
// the page's marks that may be letters: the dark connected components
// (luma under 128, 8-connected) that are neither specks (under 3 pixels
// tall), rules or frames (over 6 times wider than tall) nor pictures
// (over a tenth of the page's height). With halved set the marks are
// found on a copy of half the size (a pixel of it dark when any of its
// four is), four times fewer pixels to label, and their heights doubled.
// Returns how many, or -1 when leptonica fails.
static int vidoc_glyph_heights(PIX *pix, int halved, int *heights, int max) {
	PIX *bin = pixConvertTo1(pix, 128);
	if (bin == NULL) return -1;
	// A page under 2 pixels on a side has no half (and no print).
	if (pixGetWidth(bin) < 2 || pixGetHeight(bin) < 2) halved = 0;
	if (halved) {
		PIX *half = pixReduceRankBinary2(bin, 1, NULL);
		pixDestroy(&bin);
		if (half == NULL) return -1;
		bin = half;
	}
	BOXA *boxa = pixConnCompBB(bin, 8);
	int ph = pixGetHeight(bin);
	pixDestroy(&bin);
	if (boxa == NULL) return -1;
	int n = boxaGetCount(boxa), k = 0, m = halved ? 2 : 1;
	for (int i = 0; i < n && k < max; i++) {
		l_int32 x, y, w, h;
		if (boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h) != 0) continue;
		h *= m, w *= m;
		if (h < 3 || w > 6 * h || h * 10 > ph * m) continue;
		heights[k++] = h;
	}
	boxaDestroy(&boxa);
	return k;
}
*/
import "C"

import (
	"errors"
	"unsafe"
)

// upscaled is a copy of the page enlarged by f, to be freed.
func (p *pixImage) upscaled(f float64) (*pixImage, error) {
	out := C.vidoc_upscale(p.pix, C.float(f))
	if out == nil {
		return nil, errors.New("out of memory enlarging the page")
	}
	return &pixImage{pix: out}, nil
}

// maxGlyphs bounds the marks glyphHeights measures: a page of print has
// a few thousand letters, and a noisy scan's specks are filtered anyway.
const maxGlyphs = 1 << 16

// glyphHeights is the heights in pixels of the marks of the page that may
// be letters (vidoc_glyph_heights), in no particular order; with halved
// measured on a copy of half the size, coarser and four times cheaper.
func (p *pixImage) glyphHeights(halved bool) ([]int, error) {
	h := C.int(0)
	if halved {
		h = 1
	}
	buf := make([]C.int, maxGlyphs)
	n := C.vidoc_glyph_heights(p.pix, h, (*C.int)(unsafe.Pointer(&buf[0])), C.int(len(buf)))
	if n < 0 {
		return nil, errors.New("leptonica cannot find the marks of the page")
	}
	out := make([]int, n)
	for i := range out {
		out[i] = int(buf[i])
	}
	return out, nil
}

// size is the page's width and height in pixels.
func (p *pixImage) size() (int, int) {
	return int(C.pixGetWidth(p.pix)), int(C.pixGetHeight(p.pix))
}
