package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// A file whose name is not valid UTF-8 (a folder copied from an old
// Windows share, in its code page) is named exactly in `vidoc ocr --format
// json`: "file" can only hold the name with U+FFFD in place of the bytes,
// which opens nothing, so its bytes are kept in raw.file, base64-encoded,
// as the scan manifest keeps them. So for a page read and for a file that
// failed.
func TestOCRJSONKeepsRawFileNames(t *testing.T) {
	bin := buildVidoc(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "c\xf4ng v\xe3n.png") // Latin-1 bytes
	if err := render.WritePNG(page, render.Blank(400, 300), 0); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "h\xe0 n\xf4i.pdf")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := vidocCommand(bin, "ocr", "--format", "json", page, empty)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if code := exitCodeOf(t, err, []byte(stderr.String())); code != 3 {
		t.Fatalf("exit code %d (%v), want 3; stderr:\n%s", code, err, &stderr)
	}
	named := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var line struct {
			File string `json:"file"`
			Raw  *struct {
				File []byte `json:"file"`
			} `json:"raw"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %q: %v", sc.Bytes(), err)
		}
		if line.Raw == nil {
			t.Errorf("line of %q has no raw name", line.File)
			continue
		}
		named[string(line.Raw.File)] = true
	}
	for _, want := range []string{page, empty} {
		if !named[want] {
			t.Errorf("no line names %q exactly; got %v", want, named)
		}
	}
}
