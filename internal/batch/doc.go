// Package batch owns the batch runner behind `vidoc scan`: it finds the
// documents under the inputs, picks this shard's share, skips what an earlier
// run finished (the manifest), spreads pages over OCR workers, reassembles
// them in order, repairs and structures each document, writes its outputs
// atomically, and reports progress and a summary.
//
// The stages themselves (page reading, OCR, repair, structure) are small
// interfaces declared here, generic over the page type the reader hands to
// the recognizer, and supplied by the command, so the runner can be tested
// on its own and no engine package depends on the runner. Pages are
// recognised on internal/ordered's pool.
package batch
