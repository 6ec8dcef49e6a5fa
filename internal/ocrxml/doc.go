// Package ocrxml writes recognised pages in the XML formats that library
// and archive systems and OCR tools exchange: ALTO 4.4 (METS/ALTO, the
// Library of Congress standard) and hOCR (XHTML with word boxes). Both
// hold the same tree: pages of text blocks of lines of words, each with
// its box in page pixels and its confidence.
package ocrxml
