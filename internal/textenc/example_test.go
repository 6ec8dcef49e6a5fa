package textenc_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vidoc/vidoc/internal/textenc"
)

// A TCVN3 file (.VnTime fonts) as bytes: "Céng hßa x· héi chñ nghÜa ViÖt
// Nam" in a Windows-1252 viewer.
func ExampleNewReader() {
	in := "C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\n"
	r, err := textenc.NewReader(strings.NewReader(in), textenc.Auto, func(enc string) {
		fmt.Println("detected", textenc.Name(enc))
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	io.Copy(os.Stdout, r)
	// Output:
	// detected TCVN3 (ABC)
	// Cộng hòa xã hội chủ nghĩa Việt Nam
}
