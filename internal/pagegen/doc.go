// Package pagegen makes (truth, OCR) text pairs the way scanned archives
// produce them: it lays Vietnamese text out on pages with internal/render in
// several fonts, sizes and resolutions, degrades the images like a scanner or
// photocopier would (skew, blur, noise, uneven ink, binarisation, JPEG
// artefacts; deterministic by seed), runs the tesseract command with several
// models and writes, page by page, the text drawn and the text read.
//
// Tesseract's vie model gives near-correct text, eng drops the diacritics,
// and fra, deu, por and script/Latin mangle them the way old OCR text layers
// do. The repair engine learns its error model from these pairs and the
// benchmark scores it on them.
package pagegen
