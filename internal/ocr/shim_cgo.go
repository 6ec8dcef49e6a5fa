//go:build cgo

package ocr

/*
#cgo pkg-config: lept tesseract
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

typedef struct {
	l_uint8 *data;    // the prepared page, uncompressed TIFF; free with lept_free
	size_t size;
	int width, height;
	int rotation;     // degrees turned clockwise
	float orient_conf;
	float skew;       // degrees corrected
} vidoc_prepared;

// vidoc_osd_copy returns an 8-bit copy of pix scaled to about 150 dpi, or
// NULL when pix is small enough as it is.
static PIX *vidoc_osd_copy(PIX *pix, int dpi) {
	if (dpi <= 0) dpi = pixGetXRes(pix);
	if (dpi < 70) {
		// Unknown resolution: guess from the width of an A4 page.
		dpi = (int)(pixGetWidth(pix) / 8.27);
	}
	if (dpi < 225) return NULL;
	float f = 150.0f / (float)dpi;
	PIX *gray = pixConvertTo8(pix, 0);
	if (gray == NULL) return NULL;
	PIX *small = pixScale(gray, f, f);
	pixDestroy(&gray);
	if (small != NULL) pixSetResolution(small, 150, 150);
	return small;
}

// vidoc_prepare decodes an encoded page, sets its resolution, turns it
// upright with Tesseract's orientation detection (osd may be NULL), removes
// small skew with leptonica, and re-encodes it: one crossing per page.
// A page wider or taller than max_side is shrunk to fit first: Tesseract
// crashes on it. Returns 0, or 1 when the image cannot be decoded, 2 when
// it cannot be re-encoded, 3 when it cannot be shrunk.
static int vidoc_prepare(TessBaseAPI *osd, float min_conf, int deskew, int max_side,
                         const l_uint8 *in, size_t in_size, int dpi, vidoc_prepared *out) {
	PIX *pix = pixReadMem(in, in_size);
	if (pix == NULL) return 1;
	int longest = pixGetWidth(pix) > pixGetHeight(pix) ? pixGetWidth(pix) : pixGetHeight(pix);
	if (longest > max_side) {
		float f = (float)max_side / (float)longest;
		PIX *small = pixScale(pix, f, f);
		pixDestroy(&pix);
		if (small == NULL) return 3;
		pix = small;
	}
	if (dpi > 0) pixSetResolution(pix, dpi, dpi);
	if (osd != NULL) {
		int deg = 0;
		float conf = 0, script_conf = 0;
		const char *script = NULL;
		// Orientation needs far fewer pixels than reading: detect it on
		// an 8-bit copy at about 150 dpi (x-height still ~10 px), which
		// is several times faster than at a scan's 300 dpi.
		PIX *small = vidoc_osd_copy(pix, dpi);
		TessBaseAPISetImage2(osd, small != NULL ? small : pix);
		int found = TessBaseAPIDetectOrientationScript(osd, &deg, &conf, &script, &script_conf);
		TessBaseAPIClear(osd);
		if (small != NULL) pixDestroy(&small);
		if (found) {
			out->orient_conf = conf;
			// deg is how far the text is turned clockwise (a page
			// scanned a quarter turn clockwise gives 90); turning it
			// counter-clockwise by as much makes it upright.
			int quads = (4 - (deg / 90) % 4) % 4;
			if (conf >= min_conf && quads != 0) {
				PIX *turned = pixRotateOrth(pix, quads);
				if (turned != NULL) {
					pixDestroy(&pix);
					pix = turned;
					out->rotation = quads * 90;
				}
			}
		}
	}
	if (deskew) {
		float angle = 0, conf = 0;
		PIX *straight = pixFindSkewAndDeskew(pix, 2, &angle, &conf);
		if (straight != NULL) {
			if (straight != pix) out->skew = angle;
			pixDestroy(&pix);
			pix = straight;
		}
	}
	out->width = pixGetWidth(pix);
	out->height = pixGetHeight(pix);
	int rc = pixWriteMem(&out->data, &out->size, pix, IFF_TIFF);
	pixDestroy(&pix);
	return rc == 0 ? 0 : 2;
}

// vidoc_osd_new makes a Tesseract handle loaded with the orientation and
// script model; NULL when osd.traineddata is missing.
static TessBaseAPI *vidoc_osd_new(void) {
	TessBaseAPI *api = TessBaseAPICreate();
	if (TessBaseAPIInit3(api, NULL, "osd") != 0) {
		TessBaseAPIDelete(api);
		return NULL;
	}
	// Classifying 20 characters in each orientation instead of 50 makes
	// detection about four times faster; on the 11 pages of dev/scans and
	// testdata, each turned 0/90/180/270 degrees, all 44 answers stayed right.
	TessBaseAPISetVariable(api, "min_characters_to_try", "20");
	return api;
}

static void vidoc_osd_free(TessBaseAPI *api) {
	TessBaseAPIEnd(api);
	TessBaseAPIDelete(api);
}

// vidoc_release_memory hands memory freed by a closed Tesseract client back
// to the system; glibc would otherwise keep much of a language model's
// pages mapped, and RSS would creep up with every recycled client.
static void vidoc_release_memory(void) {
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}
*/
import "C"

import (
	"errors"
	"fmt"
	"unsafe"

	"github.com/vidoc/vidoc/internal/input"
)

// osdDetector holds a Tesseract handle with the osd model.
type osdDetector struct{ api *C.TessBaseAPI }

// newOSD loads the orientation model; callers hold initMu.
func newOSD() (*osdDetector, error) {
	api := C.vidoc_osd_new()
	if api == nil {
		return nil, &MissingModelError{Model: "osd", Package: "tesseract-ocr-osd"}
	}
	return &osdDetector{api: api}, nil
}

func (o *osdDetector) close() {
	if o != nil && o.api != nil {
		C.vidoc_osd_free(o.api)
		o.api = nil
	}
}

// releaseMemory returns freed C heap to the system (glibc's malloc_trim).
func releaseMemory() { C.vidoc_release_memory() }

// prepared is a page ready for recognition.
type prepared struct {
	image          []byte // uncompressed TIFF
	width, height  int
	rotation       int
	orientationCnf float64
	skew           float64
}

// minOrientationConfidence is the OSD confidence below which a page is left
// as it is: turning an upright page by mistake ruins it, leaving a turned
// page unturned only loses that page.
const minOrientationConfidence = 2.0

// prepare runs vidoc_prepare on an encoded page; osd may be nil.
func prepare(osd *osdDetector, deskew bool, image []byte, dpi int) (prepared, error) {
	if len(image) == 0 {
		return prepared{}, errors.New("empty image")
	}
	var api *C.TessBaseAPI
	if osd != nil {
		api = osd.api
	}
	in := C.CBytes(image)
	defer C.free(in)
	var out C.vidoc_prepared
	d := C.int(0)
	if deskew {
		d = 1
	}
	switch C.vidoc_prepare(api, C.float(minOrientationConfidence), d, C.int(input.MaxSide), (*C.l_uint8)(in), C.size_t(len(image)), C.int(dpi), &out) {
	case 1:
		return prepared{}, errors.New("the image cannot be decoded (corrupt or truncated)")
	case 2:
		return prepared{}, errors.New("the image cannot be re-encoded for Tesseract")
	case 3:
		return prepared{}, fmt.Errorf("the image is over %d pixels on a side and cannot be shrunk to fit Tesseract", input.MaxSide)
	}
	defer C.lept_free(unsafe.Pointer(out.data))
	return prepared{
		image:          C.GoBytes(unsafe.Pointer(out.data), C.int(out.size)),
		width:          int(out.width),
		height:         int(out.height),
		rotation:       int(out.rotation),
		orientationCnf: float64(out.orient_conf),
		skew:           float64(out.skew),
	}, nil
}
