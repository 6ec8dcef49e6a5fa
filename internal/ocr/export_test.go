package ocr

// CHeapInUse lets the pipeline tests (package ocr_test, which may import
// layout) measure the C heap.
var CHeapInUse = cHeapInUse
