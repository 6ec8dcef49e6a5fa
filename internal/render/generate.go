package render

// The committed test pages are rendered by this package; regenerate them
// after editing testdata/text.
//go:generate go run ../../cmd/mkpages -text ../../testdata/text -out ../../testdata/pages
