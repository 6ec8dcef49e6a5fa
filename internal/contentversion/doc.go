// Package contentversion derives version strings from content: the first 12
// hex digits of a SHA-256 over the embedded data files or over a package's
// Go sources. vidoc's data and parser versions (the scan manifest's resume
// key, `vidoc version`) are made this way, so they change whenever the
// content does and never by someone remembering to bump them. Generators
// (`go generate`) write them into small Go files; stale tests recompute them.
package contentversion
