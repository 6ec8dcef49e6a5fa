// Package formgen makes header test pages vidoc has never seen: first pages
// of state documents laid out by Nghị định 30/2020/NĐ-CP (Phụ lục I) and of
// Party documents laid out by Hướng dẫn 36-HD/VPTW, with bodies, places,
// numbers, dates, types and abstracts drawn by seed from lists written from
// the decrees' appendices and general geography. Each page is drawn with
// internal/render's FormPage and damaged as archives damage them — a red
// seal over the signer, the number and the day filled in by hand or left
// empty, a receiving office's stamp over the date line, an e-signature
// banner on top, specks and short strokes in and around the
// header columns, a 1-bit scan or a 150–200 dpi colour JPEG —
// and written with the header fields it shows (NAME.fields.json, the
// format ../shared/tools/fields.py scores), so the parser is measured on
// pages whose truth is known exactly. MakeLast draws the same document's
// last page (long Nơi nhận list, archive line, seal stamped as hands stamp
// it), and every page is written with the lines it prints
// (NAME.truth.txt), so that lost lines are counted too
// (scripts/bench_lostlines.sh).
package formgen
