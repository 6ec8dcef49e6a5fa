// Package ordered is vidoc's one ordered worker pool: items produced in
// sequence are worked on by a fixed number of workers at once, and their
// results handed on in the order the items were produced, with a bounded
// number in flight. `vidoc ocr` (pages), repair's Stream (blocks of lines)
// and the scan runner's readers use it instead of keeping pools of their own.
//
// It is a small helper on golang.org/x/sync/errgroup, already a dependency,
// rather than a library: what the callers need beyond errgroup (input order
// kept, a window bounding memory, a worker index to own per-worker state such
// as an OCR engine) is some forty lines.
package ordered
