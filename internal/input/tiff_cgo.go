//go:build cgo

package input

/*
#cgo pkg-config: lept
#include <stdlib.h>
#include <leptonica/allheaders.h>

// vidoc_tiff_page reads page n (0-based) of a TIFF file through leptonica,
// which decodes every TIFF compression libtiff knows (JPEG included), and
// re-encodes it as an uncompressed single-page TIFF that keeps the
// resolution. One crossing per page; the caller frees *data with lept_free.
static int vidoc_tiff_page(const char *path, int n, l_uint8 **data, size_t *size) {
	PIX *pix = pixReadTiff(path, n);
	if (pix == NULL) return 1;
	int rc = pixWriteMem(data, size, pix, IFF_TIFF);
	pixDestroy(&pix);
	return rc == 0 ? 0 : 2;
}
*/
import "C"

import (
	"errors"
	"unsafe"
)

// readTIFFPage returns page index (0-based) of a TIFF as a single-page TIFF.
func readTIFFPage(path string, index int) ([]byte, error) {
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var data *C.l_uint8
	var size C.size_t
	switch C.vidoc_tiff_page(cpath, C.int(index), &data, &size) {
	case 0:
		defer C.lept_free(unsafe.Pointer(data))
		return C.GoBytes(unsafe.Pointer(data), C.int(size)), nil
	case 1:
		return nil, errors.New("leptonica cannot decode this TIFF page")
	default:
		return nil, errors.New("leptonica cannot re-encode this TIFF page")
	}
}
