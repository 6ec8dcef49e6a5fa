// Package dictionaries holds the data vidoc ships inside its binary: the
// Vietnamese syllable inventory and word list, the syllable n-gram language
// model and the learned OCR error model. Each file here is derived from the
// sources listed in SOURCES.md and is rebuilt by the code named there; the
// source texts themselves are never committed.
package dictionaries

// The data versions (versions.go) are hashes of the files here, regenerated
// by `go generate ./...`; `go generate -tags rebuild ./dictionaries` first
// rebuilds the data itself from its sources (build_data.go, SOURCES.md).
//go:generate go run gen_versions.go
