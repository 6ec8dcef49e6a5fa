module github.com/vidoc/vidoc

go 1.26.8

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/otiai10/gosseract/v2 v2.4.1 // pinned: internal/ocr/handle_cgo.go reads Client's unexported first field, api (its Tesseract handle), checked at start-up
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	github.com/schollz/progressbar/v3 v3.19.1
	github.com/spf13/cobra v1.10.2
	github.com/spf13/pflag v1.0.9
	golang.org/x/image v0.48.0
	golang.org/x/sync v0.25.0
	golang.org/x/term v0.48.0
	golang.org/x/text v0.44.0
)

require (
	github.com/inconshreveable/mousetrap v1.1.0 // indirect
	github.com/mitchellh/colorstring v0.0.0-20190213212951-d06e56a500db // indirect
	github.com/rivo/uniseg v0.4.7 // indirect
	golang.org/x/sys v0.50.0 // indirect
)
