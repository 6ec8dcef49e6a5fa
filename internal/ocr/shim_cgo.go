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
	PIX *pix;         // the prepared page; free with vidoc_pix_free
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

// vidoc_pages counts the pages the shim has decoded: encoded pages
// decoded, TIFF pages read from their file, grey pages taken as they are.
// One per page read when nothing decodes a page twice; crops read again
// (made from pixels already decoded) are not counted.
static long long vidoc_pages;

static void vidoc_count_page(void) { __atomic_add_fetch(&vidoc_pages, 1, __ATOMIC_RELAXED); }

static long long vidoc_pages_decoded(void) { return __atomic_load_n(&vidoc_pages, __ATOMIC_RELAXED); }

// vidoc_decode decodes an encoded page (PNG, JPEG, TIFF...).
static PIX *vidoc_decode(const l_uint8 *in, size_t in_size) {
	vidoc_count_page();
	return pixReadMem(in, in_size);
}

// vidoc_read_tiff decodes page index (0-based) of a TIFF file, in every
// compression libtiff knows (G4 and JPEG included).
static PIX *vidoc_read_tiff(const char *path, int index) {
	vidoc_count_page();
	return pixReadTiff(path, index);
}

// vidoc_from_grey makes an 8-bit image of w × h grey bytes, row by row;
// a page when page is set (counted), else a crop.
static PIX *vidoc_from_grey(const l_uint8 *grey, int w, int h, int page) {
	if (page) vidoc_count_page();
	PIX *pix = pixCreate(w, h, 8);
	if (pix == NULL) return NULL;
	l_uint32 *data = pixGetData(pix);
	int wpl = pixGetWpl(pix);
	for (int y = 0; y < h; y++) {
		l_uint32 *line = data + (size_t)y * wpl;
		const l_uint8 *row = grey + (size_t)y * w;
		for (int x = 0; x < w; x++) SET_DATA_BYTE(line, x, row[x]);
	}
	return pix;
}

static void vidoc_pix_free(PIX *pix) { pixDestroy(&pix); }

// vidoc_prepare sets a decoded page's resolution, turns it upright with
// Tesseract's orientation detection (osd may be NULL) and removes small
// skew with leptonica, without encoding it again: out->pix is the page
// to recognise. It takes pix. A page wider or taller than max_side is
// shrunk to fit first: Tesseract crashes on it. Returns 0, or 3 when the
// page cannot be shrunk.
static int vidoc_prepare(TessBaseAPI *osd, float min_conf, int deskew, int max_side,
                         PIX *pix, int dpi, vidoc_prepared *out) {
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
	out->pix = pix;
	return 0;
}

// vidoc_export returns pix as layout reads it, a new PIX: 32-bit RGB when
// it holds colour (*rgb set), 8-bit grey otherwise, as Go's TIFF decoder
// gave the same page written as TIFF (bilevel black 0 and white 255).
static PIX *vidoc_export(PIX *pix, int *rgb) {
	PIXCMAP *cmap = pixGetColormap(pix);
	int colour = 0;
	if (cmap != NULL) pixcmapHasColor(cmap, &colour);
	*rgb = pixGetDepth(pix) == 32 || colour;
	return *rgb ? pixConvertTo32(pix) : pixConvertTo8(pix, 0);
}

// vidoc_copy writes the pixels of pix, from vidoc_export, into out: one
// byte a pixel when grey, four (R, G, B, opaque A) when rgb.
static void vidoc_copy(PIX *pix, int rgb, l_uint8 *out) {
	int w = pixGetWidth(pix), h = pixGetHeight(pix), wpl = pixGetWpl(pix);
	l_uint32 *data = pixGetData(pix);
	for (int y = 0; y < h; y++) {
		l_uint32 *line = data + (size_t)y * wpl;
		if (!rgb) {
			for (int x = 0; x < w; x++) *out++ = GET_DATA_BYTE(line, x);
			continue;
		}
		for (int x = 0; x < w; x++) {
			l_uint32 v = line[x];
			*out++ = (v >> L_RED_SHIFT) & 0xff;
			*out++ = (v >> L_GREEN_SHIFT) & 0xff;
			*out++ = (v >> L_BLUE_SHIFT) & 0xff;
			*out++ = 0xff;
		}
	}
}



// vidoc_whiten paints the box (x, y, w, h) of pix white, whatever its
// depth: clear on 1 bit (1 is black there), all bits set on grey, the
// lightest entry of a colour map. On 32 bits only the red, green and
// blue bytes are set and the fourth is left as it is: leptonica's "set"
// fills it too, and Tesseract, reading a page whose fourth bytes were 0
// with white boxes of 0xff in them, left a whole table unread. Returns 0,
// or 1 when leptonica fails.
static int vidoc_whiten(PIX *pix, int x, int y, int w, int h) {
	int pw = pixGetWidth(pix), ph = pixGetHeight(pix);
	if (x < 0) w += x, x = 0;
	if (y < 0) h += y, y = 0;
	if (x + w > pw) w = pw - x;
	if (y + h > ph) h = ph - y;
	if (w <= 0 || h <= 0) return 0;
	if (pixGetDepth(pix) == 32 && pixGetColormap(pix) == NULL) {
		l_uint32 *data = pixGetData(pix);
		int wpl = pixGetWpl(pix);
		for (int j = y; j < y + h; j++) {
			l_uint32 *line = data + (size_t)j * wpl;
			for (int i = x; i < x + w; i++) line[i] |= 0xffffff00;
		}
		return 0;
	}
	BOX *box = boxCreate(x, y, w, h);
	if (box == NULL) return 1;
	int rc;
	PIXCMAP *cmap = pixGetColormap(pix);
	if (cmap != NULL) {
		l_int32 white;
		rc = pixcmapGetRankIntensity(cmap, 1.0, &white);
		if (rc == 0) rc = pixSetInRectArbitrary(pix, box, white);
	} else if (pixGetDepth(pix) == 1) {
		rc = pixClearInRect(pix, box);
	} else {
		rc = pixSetInRect(pix, box);
	}
	boxDestroy(&box);
	return rc != 0;
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
	"image"
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

// pagesDecoded is how many pages the shim has decoded in this process.
func pagesDecoded() int64 { return int64(C.vidoc_pages_decoded()) }

// pixImage is a page in leptonica's memory, decoded once: orientation,
// deskew, recognition and the copy layout reads all work on it. Free it.
type pixImage struct{ pix *C.PIX }

func (p *pixImage) free() {
	if p != nil && p.pix != nil {
		C.vidoc_pix_free(p.pix)
		p.pix = nil
	}
}

// whiten paints r white (in the page's pixels, clipped to them).
func (p *pixImage) whiten(r image.Rectangle) error {
	r = r.Intersect(image.Rect(0, 0, int(C.pixGetWidth(p.pix)), int(C.pixGetHeight(p.pix))))
	if r.Empty() {
		return nil
	}
	if C.vidoc_whiten(p.pix, C.int(r.Min.X), C.int(r.Min.Y), C.int(r.Dx()), C.int(r.Dy())) != 0 {
		return fmt.Errorf("leptonica cannot paint %v white", r)
	}
	return nil
}

// decodePage makes an input page's pixels: the one decode of the page.
// Encoded bytes are decoded, a TIFF page handed over by reference
// (Image nil) is read from its file, and grey pixels are taken as they are.
func decodePage(page input.Page) (*pixImage, error) {
	var pix *C.PIX
	switch {
	case page.Image == nil && page.Encoding == "tiff":
		path := C.CString(page.Source)
		defer C.free(unsafe.Pointer(path))
		pix = C.vidoc_read_tiff(path, C.int(page.Index))
	case len(page.Image) == 0:
		return nil, errors.New("empty image")
	case page.Encoding == input.Grey:
		return greyPix(page.Image, page.Width, page.Height, true)
	default:
		in := C.CBytes(page.Image)
		defer C.free(in)
		pix = C.vidoc_decode((*C.l_uint8)(in), C.size_t(len(page.Image)))
	}
	if pix == nil {
		return nil, errors.New("the image cannot be decoded (corrupt or truncated)")
	}
	return &pixImage{pix: pix}, nil
}

// greyPix makes an image of w × h grey bytes: a page (counted as decoded)
// or a crop.
func greyPix(grey []byte, w, h int, page bool) (*pixImage, error) {
	// By division: w × h can overflow to the length of an empty slice,
	// whose first byte does not exist.
	if w <= 0 || h <= 0 || len(grey)%w != 0 || len(grey)/w != h {
		return nil, fmt.Errorf("%d bytes of grey pixels for %d × %d", len(grey), w, h)
	}
	// Go memory holding no Go pointer may be read by C during the call.
	p := C.int(0)
	if page {
		p = 1
	}
	pix := C.vidoc_from_grey((*C.l_uint8)(unsafe.Pointer(&grey[0])), C.int(w), C.int(h), p)
	if pix == nil {
		return nil, fmt.Errorf("no memory for a %d × %d page", w, h)
	}
	return &pixImage{pix: pix}, nil
}

// setResolution records the page's resolution, which Tesseract reads.
func (p *pixImage) setResolution(dpi int) { C.pixSetResolution(p.pix, C.l_int32(dpi), C.l_int32(dpi)) }

// goImage copies the page's pixels for layout: *image.Gray, or
// *image.RGBA when the page holds colour (the types and values Go's TIFF
// decoder gave for the same page written as TIFF).
func (p *pixImage) goImage() (image.Image, error) {
	var rgb C.int
	out := C.vidoc_export(p.pix, &rgb)
	if out == nil {
		return nil, errors.New("the page image cannot be converted for layout")
	}
	defer C.vidoc_pix_free(out)
	r := image.Rect(0, 0, int(C.pixGetWidth(out)), int(C.pixGetHeight(out)))
	if r.Empty() {
		return image.NewGray(r), nil
	}
	if rgb != 0 {
		img := image.NewRGBA(r)
		C.vidoc_copy(out, rgb, (*C.l_uint8)(unsafe.Pointer(&img.Pix[0])))
		return img, nil
	}
	img := image.NewGray(r)
	C.vidoc_copy(out, rgb, (*C.l_uint8)(unsafe.Pointer(&img.Pix[0])))
	return img, nil
}

// prepared is a page ready for recognition.
type prepared struct {
	image          *pixImage
	width, height  int
	rotation       int
	orientationCnf float64
	skew           float64
}

// minOrientationConfidence is the OSD confidence below which a page is left
// as it is: turning an upright page by mistake ruins it, leaving a turned
// page unturned only loses that page.
const minOrientationConfidence = 2.0

// prepare runs vidoc_prepare on a decoded page, which it takes: the
// prepared page's image replaces it (free that one). osd may be nil.
func prepare(osd *osdDetector, deskew bool, img *pixImage, dpi int) (prepared, error) {
	var api *C.TessBaseAPI
	if osd != nil {
		api = osd.api
	}
	var out C.vidoc_prepared
	d := C.int(0)
	if deskew {
		d = 1
	}
	pix := img.pix
	img.pix = nil
	if C.vidoc_prepare(api, C.float(minOrientationConfidence), d, C.int(input.MaxSide), pix, C.int(dpi), &out) != 0 {
		return prepared{}, fmt.Errorf("the image is over %d pixels on a side and cannot be shrunk to fit Tesseract", input.MaxSide)
	}
	return prepared{
		image:          &pixImage{pix: out.pix},
		width:          int(out.width),
		height:         int(out.height),
		rotation:       int(out.rotation),
		orientationCnf: float64(out.orient_conf),
		skew:           float64(out.skew),
	}, nil
}
