package layout

import (
	"testing"

	"github.com/vidoc/vidoc/internal/ocr"
)

// renderedPageEngine is the engine for the tests that read pages drawn for
// them already upright: no orientation detection, the page image kept for
// layout. It is closed with the test or benchmark.
func renderedPageEngine(tb testing.TB) *ocr.Engine {
	tb.Helper()
	e, err := ocr.NewEngine(ocr.Options{NoUpright: true, KeepImage: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { e.Close() })
	return e
}
