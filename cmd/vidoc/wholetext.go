package main

import (
	"fmt"
	"io"
	"os"

	"github.com/vidoc/vidoc/internal/textenc"
)

// maxWholeInput bounds what parse and eval read whole, so a wrong file
// cannot exhaust memory.
const maxWholeInput = 64 << 20

// readWholeText reads the whole text of file name (stdin for "-") as
// UTF-8, through textenc.ReadAll (UTF-16 and the legacy encodings decoded,
// onDecode told which; binary data refused, with scanHint's word when the
// file is a scan); errors name the file.
func readWholeText(name string, stdin io.Reader, onDecode func(enc string)) ([]byte, error) {
	in := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		in = f
	}
	data, err := textenc.ReadAll(in, maxWholeInput, onDecode)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), scanHint(err, name))
	}
	return data, nil
}

// displayName is how messages name file name: stdin for "-".
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}
