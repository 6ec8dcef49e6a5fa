package ocr

// CHeapInUse lets the pipeline tests (package ocr_test, which may import
// layout) measure the C heap.
var CHeapInUse = cHeapInUse

// CPUTime lets the pipeline benchmarks report CPU time per page.
var CPUTime = cpuTime
