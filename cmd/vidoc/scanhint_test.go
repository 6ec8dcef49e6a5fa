package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextCommandsPointScansToOCR: fix, parse and eval given a page image
// or a PDF say it is a scan and which commands read one, beyond "binary
// data, not text".
func TestTextCommandsPointScansToOCR(t *testing.T) {
	png := filepath.Join("..", "..", "testdata", "pages", "page1.png")
	pdf := filepath.Join("..", "..", "testdata", "pages", "doc3.pdf")
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"truth.txt": "Một dòng chữ.\n"})
	truth := filepath.Join(dir, "truth.txt")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"fix", png}, "a PNG scan: read it with vidoc ocr or vidoc scan"},
		{[]string{"parse", pdf}, "a PDF scan: read it with vidoc ocr or vidoc scan"},
		{[]string{"eval", "--truth", truth, png}, "a PNG scan: read it with vidoc ocr or vidoc scan"},
	} {
		root := newRootCommand(&GlobalOptions{})
		root.SetArgs(c.args)
		var out bytes.Buffer
		root.SetOut(&out)
		root.SetErr(&out)
		err := root.Execute()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("vidoc %s: err = %v, want it to say %q", strings.Join(c.args, " "), err, c.want)
		}
	}
}
