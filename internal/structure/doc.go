// Package structure turns clean (or repaired) Vietnamese administrative text
// into a structured directive: header fields, the body's outline, the
// documents it cites and its closing, each field tied to the input lines it
// came from. It follows the layout conventions of Nghị định 30/2020/NĐ-CP
// (state documents) and Hướng dẫn 36-HD/VPTW (Party documents), never the
// wording of particular documents.
package structure

// ParserVersion (parser_version.go) is a hash of this package's sources;
// regenerate it with `go generate ./...` after any change here.
//go:generate go run gen_version.go
