// Package textlayer reads the text a PDF already carries and decides, page
// by page, what vidoc should do with it: use correct Unicode text as it is,
// decode text drawn in legacy Vietnamese fonts (TCVN3 .VnTime, VNI-Times)
// with internal/textenc, weigh a scanner's garbled OCR layer against OCR of
// the page image, or OCR a page that has no text. Each decision comes with
// its evidence (valid syllables, fonts, image coverage), ready for JSON.
//
// The PDF is read by poppler's command-line programs (pdftotext
// -bbox-layout, pdffonts, pdfimages -list), run as processes like the
// rest of vidoc's PDF handling: a malformed file can crash a process, not
// vidoc.
package textlayer
