// Package atomicfile writes files so that they appear under their final name
// only complete and durable: a temporary file in the same folder, fsync, a
// rename over the final name and an fsync of the folder. Every package that
// writes a file a reader or a rerun relies on (scan outputs, dictionaries,
// rendered pages) writes it through here.
package atomicfile
