// Package output owns how vidoc puts results on disk: files appear under
// their final names only complete (through internal/atomicfile), output
// paths mirror input paths under an output folder, and nothing a user gave
// as input is ever overwritten.
package output
