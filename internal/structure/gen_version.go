//go:build ignore

// gen_version writes parser_version.go: ParserVersion, a hash of this
// package's Go sources, so that every change to the parser changes the
// version the scan manifest keys finished documents by. Run by `go generate`
// (doc.go); version_test.go fails while parser_version.go is stale.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/vidoc/vidoc/internal/contentversion"
)

func main() {
	out := flag.String("out", "parser_version.go", "file to write")
	flag.Parse()
	v, err := contentversion.GoSources("parser", ".")
	if err == nil {
		err = contentversion.WriteGoFile(*out, "structure", "gen_version.go", []contentversion.Const{{
			Name:  "ParserVersion",
			Value: v,
			Doc: "ParserVersion identifies the parser's code: a hash of this package's Go\n" +
				"sources (tests and generated files aside). Unlike SchemaVersion, it\n" +
				"changes with every change to what the parser finds.",
		}})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen_version:", err)
		os.Exit(1)
	}
}
