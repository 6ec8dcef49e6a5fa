// Package ocr reads the text of page images with Tesseract: gosseract for
// recognition, a small leptonica/Tesseract shim to turn pages upright and
// straighten small skew first, a client of its own on Tesseract's C API
// when each glyph's choices are wanted (Options.Alternatives), and
// workarounds for the engine's known faults (one client per worker,
// serialized initialisation, leaked result strings).
package ocr
