//go:build cgo

package ocr

/*
#cgo pkg-config: lept tesseract
#include <stdlib.h>
#include <string.h>
#include <leptonica/allheaders.h>
#include <tesseract/capi.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

// vidoc_heap_in_use is the C heap's bytes in use (glibc), -1 elsewhere.
static long long vidoc_heap_in_use(void) {
#ifdef __GLIBC__
	struct mallinfo2 mi = mallinfo2();
	return (long long)mi.uordblks;
#else
	return -1;
#endif
}

// One page read with per-glyph choices, as flat arrays: texts are spans of
// blob, words point at their glyphs, glyphs at their choices. Everything
// is malloc'ed and freed by vidoc_page_free.
typedef struct {
	int text_off, text_len;
	float conf;
	int x0, y0, x1, y1;
	int block, par, line;
	int first_glyph, glyphs;
} vidoc_word;

typedef struct { int first_choice, choices; } vidoc_glyph;

typedef struct { int text_off, text_len; float conf; } vidoc_choice;

typedef struct {
	vidoc_word *words;     int nwords, capwords;
	vidoc_glyph *glyphs;   int nglyphs, capglyphs;
	vidoc_choice *choices; int nchoices, capchoices;
	char *blob;            int nblob, capblob;
} vidoc_page;

// vidoc_grow makes room for one more element of size sz in *arr.
static int vidoc_grow(void **arr, int n, int *cap, size_t sz, int more) {
	if (n + more <= *cap) return 1;
	int c = *cap ? *cap : 256;
	while (c < n + more) c *= 2;
	void *p = realloc(*arr, (size_t)c * sz);
	if (p == NULL) return 0;
	*arr = p;
	*cap = c;
	return 1;
}

// vidoc_put appends s to the blob; returns its offset or -1.
static int vidoc_put(vidoc_page *pg, const char *s, int *len) {
	*len = s == NULL ? 0 : (int)strlen(s);
	if (!vidoc_grow((void **)&pg->blob, pg->nblob, &pg->capblob, 1, *len)) return -1;
	int off = pg->nblob;
	if (*len > 0) memcpy(pg->blob + off, s, (size_t)*len);
	pg->nblob += *len;
	return off;
}

static void vidoc_page_free(vidoc_page *pg) {
	free(pg->words);
	free(pg->glyphs);
	free(pg->choices);
	free(pg->blob);
	memset(pg, 0, sizeof *pg);
}

// vidoc_word_glyphs walks the glyphs of the word under it, ending on its
// last glyph, and records each one's choices. Returns 0 when out of memory.
static int vidoc_word_glyphs(TessResultIterator *it, vidoc_page *pg, vidoc_word *w) {
	const TessPageIterator *pi = TessResultIteratorGetPageIteratorConst(it);
	w->first_glyph = pg->nglyphs;
	for (;;) {
		if (!vidoc_grow((void **)&pg->glyphs, pg->nglyphs, &pg->capglyphs, sizeof(vidoc_glyph), 1)) return 0;
		vidoc_glyph *g = &pg->glyphs[pg->nglyphs++];
		g->first_choice = pg->nchoices;
		g->choices = 0;
		TessChoiceIterator *ci = TessResultIteratorGetChoiceIterator(it);
		if (ci != NULL) {
			do {
				const char *s = TessChoiceIteratorGetUTF8Text(ci);
				if (s == NULL) break;
				if (!vidoc_grow((void **)&pg->choices, pg->nchoices, &pg->capchoices, sizeof(vidoc_choice), 1)) {
					TessChoiceIteratorDelete(ci);
					return 0;
				}
				vidoc_choice *c = &pg->choices[pg->nchoices];
				c->text_off = vidoc_put(pg, s, &c->text_len);
				if (c->text_off < 0) {
					TessChoiceIteratorDelete(ci);
					return 0;
				}
				c->conf = TessChoiceIteratorConfidence(ci);
				pg->nchoices++;
				g->choices++;
			} while (TessChoiceIteratorNext(ci));
			TessChoiceIteratorDelete(ci);
		}
		if (TessPageIteratorIsAtFinalElement(pi, RIL_WORD, RIL_SYMBOL)) break;
		if (!TessResultIteratorNext(it, RIL_SYMBOL)) break;
	}
	w->glyphs = pg->nglyphs - w->first_glyph;
	return 1;
}

// vidoc_recognize recognises a page and fills pg with its words (text,
// box, confidence, block/paragraph/line numbers the way Tesseract's TSV
// output and gosseract's GetBoundingBoxesVerbose count them) and, when
// choices is set, every glyph's choices: one crossing per page. Every
// string and iterator Tesseract hands out is freed here. Returns 0, 2 when
// recognition fails, 3 when out of memory.
static int vidoc_recognize(TessBaseAPI *api, PIX *pix, int choices, vidoc_page *pg) {
	TessBaseAPISetImage2(api, pix);
	if (TessBaseAPIGetSourceYResolution(api) < 70) TessBaseAPISetSourceResolution(api, 70);
	int rc = 0;
	if (TessBaseAPIRecognize(api, NULL) != 0) rc = 2;
	TessResultIterator *it = rc == 0 ? TessBaseAPIGetIterator(api) : NULL;
	if (it != NULL) {
		const TessPageIterator *pi = TessResultIteratorGetPageIteratorConst(it);
		int block = 0, par = 0, line = 0;
		int x0, y0, x1, y1;
		while (rc == 0 && TessPageIteratorBoundingBox(pi, RIL_BLOCK, &x0, &y0, &x1, &y1)) {
			if (!TessPageIteratorBoundingBox(pi, RIL_WORD, &x0, &y0, &x1, &y1)) {
				// A block without words (an image): go on to the next one.
				if (!TessResultIteratorNext(it, RIL_WORD)) break;
				continue;
			}
			if (TessPageIteratorIsAtBeginningOf(pi, RIL_BLOCK)) block++, par = 0, line = 0;
			if (TessPageIteratorIsAtBeginningOf(pi, RIL_PARA)) par++, line = 0;
			if (TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE)) line++;
			if (!vidoc_grow((void **)&pg->words, pg->nwords, &pg->capwords, sizeof(vidoc_word), 1)) {
				rc = 3;
				break;
			}
			vidoc_word *w = &pg->words[pg->nwords];
			char *text = TessResultIteratorGetUTF8Text(it, RIL_WORD);
			w->text_off = vidoc_put(pg, text, &w->text_len);
			TessDeleteText(text);
			w->conf = TessResultIteratorConfidence(it, RIL_WORD);
			w->x0 = x0, w->y0 = y0, w->x1 = x1, w->y1 = y1;
			w->block = block, w->par = par, w->line = line;
			w->first_glyph = pg->nglyphs, w->glyphs = 0;
			if (w->text_off < 0 || (choices && !vidoc_word_glyphs(it, pg, w))) {
				rc = 3;
				break;
			}
			pg->nwords++;
			if (!TessResultIteratorNext(it, RIL_WORD)) break;
		}
		TessResultIteratorDelete(it);
	}
	TessBaseAPIClear(api);
	return rc;
}
*/
import "C"

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"github.com/otiai10/gosseract/v2"
)

// tessClient is one gosseract client, created, given its languages and
// variables, initialised and closed by gosseract. Pages are read through
// the shim on gosseract's own TessBaseAPI (tessHandle), which sets the
// page the shim decoded (gosseract takes only encoded bytes, which it
// would decode again) and frees every string and iterator Tesseract hands
// out (gosseract's GetBoundingBoxesVerbose frees neither the words'
// strings nor the result iterator: about 50 bytes a word, every page).
// With choices it keeps each glyph's choices too, which gosseract cannot
// reach at all.
type tessClient struct {
	c       *gosseract.Client
	api     *C.TessBaseAPI // c's handle, valid until c is closed
	choices bool
}

// blankPage is a tiny white image (PGM) that makes gosseract initialise
// while initMu is held, instead of during the first real page.
var blankPage = []byte("P5\n8 8\n255\n" + strings.Repeat("\xff", 64))

// newTessClient loads lang ("vie", "vie+eng"); with choices Tesseract
// records the LSTM's choices for every glyph (lstm_choice_mode 2), looking
// for more with choiceIterations further beam searches that each leave the
// choices found so far out. Without tessLog, Tesseract's own messages are
// discarded (see Options.TesseractLog). Callers hold no lock.
func newTessClient(lang string, choices, tessLog bool) (*tessClient, error) {
	if handleCheck != nil {
		return nil, handleCheck
	}
	c := gosseract.NewClient()
	if err := c.SetLanguage(strings.Split(lang, "+")...); err != nil {
		c.Close()
		return nil, err
	}
	if !tessLog {
		// Tesseract prints through tprintf, to debug_file when it is
		// set (one setting for the whole process, the OSD handle's
		// messages included).
		c.SetVariable("debug_file", os.DevNull)
		// Leptonica, decoding the pages, prints its own notes on
		// stderr ("Info in pixReadMemPng: converting (gray + alpha)
		// ==> RGBA" for every grey PNG with alpha); its infos and
		// warnings go with Tesseract's messages. Its errors stay: they
		// come with a page that fails, which vidoc names.
		C.setMsgSeverity(C.L_SEVERITY_ERROR)
	}
	if choices {
		// gosseract sets them on the handle once Init has run.
		c.SetVariable("lstm_choice_mode", "2")
		c.SetVariable("lstm_choice_iterations", strconv.Itoa(choiceIterations))
	}
	if err := c.SetImageFromBytes(blankPage); err != nil {
		c.Close()
		return nil, err
	}
	// Text is what makes gosseract initialise (it exports no Init); on
	// the blank page it costs a millisecond and leaks the page's few bytes
	// of text, which gosseract does not free, once per client.
	initMu.Lock()
	_, err := c.Text()
	initMu.Unlock()
	if err != nil {
		c.Close()
		return nil, err
	}
	h, err := tessHandle(c)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &tessClient{c: c, api: (*C.TessBaseAPI)(h), choices: choices}, nil
}

func (c *tessClient) recognize(img *pixImage) ([]wordBox, error) {
	if img == nil || img.pix == nil {
		return nil, errors.New("no page image")
	}
	if c.api == nil {
		return nil, errors.New("the Tesseract client is closed")
	}
	var pg C.vidoc_page
	defer C.vidoc_page_free(&pg)
	choices := C.int(0)
	if c.choices {
		choices = 1
	}
	switch C.vidoc_recognize(c.api, img.pix, choices, &pg) {
	case 2:
		return nil, errors.New("tesseract could not recognise the page")
	case 3:
		return nil, errors.New("out of memory reading the page's words")
	}
	blob := C.GoBytes(unsafe.Pointer(pg.blob), pg.nblob)
	words := unsafe.Slice(pg.words, int(pg.nwords))
	glyphs := unsafe.Slice(pg.glyphs, int(pg.nglyphs))
	choiceList := unsafe.Slice(pg.choices, int(pg.nchoices))
	str := func(off, n C.int) string { return string(blob[off : off+n]) }
	out := make([]wordBox, len(words))
	var texts []string
	var confs []float32
	for i, w := range words {
		var chars []Char
		if c.choices {
			chars = make([]Char, 0, w.glyphs)
		}
		for _, g := range glyphs[w.first_glyph : w.first_glyph+w.glyphs] {
			texts, confs = texts[:0], confs[:0]
			for _, ch := range choiceList[g.first_choice : g.first_choice+g.choices] {
				texts = append(texts, str(ch.text_off, ch.text_len))
				confs = append(confs, float32(ch.conf))
			}
			chars = append(chars, Char{Alts: glyphChoices(texts, confs)})
		}
		out[i] = wordBox{
			Word:       str(w.text_off, w.text_len),
			Box:        Box{int(w.x0), int(w.y0), int(w.x1), int(w.y1)},
			Confidence: float64(w.conf),
			BlockNum:   int(w.block), ParNum: int(w.par), LineNum: int(w.line),
			Chars: chars,
		}
	}
	return out, nil
}

// close frees the client once: gosseract's Close frees the Tesseract handle
// again on every call, so a second call would be a double free.
func (c *tessClient) close() {
	if c == nil || c.c == nil {
		return
	}
	c.api = nil
	c.c.Close()
	c.c = nil
	releaseMemory()
}

// cHeapInUse is the bytes the C heap has handed out and not had back (-1
// when the C library cannot say): the leak test's measure, which the Go
// heap and the page cache do not blur as they do RSS.
func cHeapInUse() int64 { return int64(C.vidoc_heap_in_use()) }

// intVariable reads an integer parameter of a Tesseract handle.
func intVariable(api *C.TessBaseAPI, name string) (int, bool) {
	n := C.CString(name)
	defer C.free(unsafe.Pointer(n))
	var v C.int
	ok := C.TessBaseAPIGetIntVariable(api, n, &v) != 0
	return int(v), ok
}
