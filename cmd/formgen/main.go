// Command formgen writes header test pages vidoc has never seen (see
// internal/formgen): for each seed in [-from, -to), OUT/form-sNNNNN.png (a
// 1-bit scan) or .jpg (a colour scan), OUT/form-sNNNNN.truth.txt, the lines
// it prints (for scripts/lost_lines.py), and OUT/form-sNNNNN.fields.json, the
// header fields the page shows, for ../shared/tools/fields.py. With -last,
// the documents' last pages, form-sNNNNN-last.*, which show no fields. With
// -topcut S, first pages cut at the top through the motto or the Party
// title, S of its height down, form-sNNNNN-cut.*, which show no fields.
//
// Usage:
//
//	formgen -out DIR -from 1 -to 21 [-last | -topcut 0.4]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/vidoc/vidoc/internal/formgen"
)

func main() {
	fs := flag.NewFlagSet("formgen", flag.ContinueOnError)
	out := fs.String("out", "", "output `folder` (required; created when missing)")
	from := fs.Uint64("from", 1, "first seed")
	to := fs.Uint64("to", 21, "seed after the last")
	last := fs.Bool("last", false, "write the documents' last pages (closing, long Nơi nhận list, seal) instead of their first")
	topCut := fs.Float64("topcut", 0, "cut each first page's top through its motto or Party title, this `share` of its height down (negative: above it); the pages are named NAME-cut and show no fields")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if *out == "" {
		fs.Usage()
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "formgen:", err)
		os.Exit(1)
	}
	if err := formgen.Write(*out, *from, *to, *last, *topCut); err != nil {
		fmt.Fprintln(os.Stderr, "formgen:", err)
		os.Exit(1)
	}
}
