// Package render draws Vietnamese text onto scan-like page images and writes
// them as PNG, multi-page TIFF and image-only PDF, deterministically and in
// pure Go, so that tests and benchmarks have page images whose text is known.
package render
