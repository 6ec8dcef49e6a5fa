// Package ocr reads the text of page images with Tesseract through
// gosseract, the project's binding: a gosseract client per worker, given
// its languages and variables, initialised and closed by gosseract. A small
// leptonica/Tesseract shim adds, on that client's own handle, what
// gosseract lacks: it decodes each page once, turns it upright and
// straightens small skew on the decoded pixels, has Tesseract recognise
// those same pixels (gosseract takes only encoded images, which it decodes
// again), reads the words back freeing every string and iterator
// (gosseract's word boxes leak them) and keeps each glyph's choices when
// asked (Options.Alternatives). It also works around the engine's known
// faults (one client per worker, serialized initialisation).
//
// Between preparing a page and reading it, a page of small print (its
// letters measured on the pixels, upscale.go) is enlarged once, and the
// caller's Options.Clean (layout's search for ruled tables) may paint parts
// of it white, listed in Result.Cleaned; every box is given back in the page's own pixels
// (Result.Unscale), so that outputs placed over the original image match it.
package ocr
