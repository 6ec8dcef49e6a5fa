package main

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// Tesseract's own messages ("Invalid resolution 0 dpi", "Too few
// characters. Skipping this page") came two a page for every page without
// a resolution or with little print, breaking the progress bar and the
// JSON events of a scan on stderr. They are kept out of stderr unless -v
// asks for detail.
func TestTesseractMessagesOnlyWithVerbose(t *testing.T) {
	blank := filepath.Join(t.TempDir(), "trang trắng.png")
	if err := render.WritePNG(blank, render.Blank(600, 400), 0); err != nil {
		t.Fatal(err)
	}
	shownOnlyWithVerbose(t, blank, "Tesseract", "Too few characters", "Invalid resolution")
}

// Leptonica, which decodes the pages for Tesseract, has its own messages:
// "Info in pixReadMemPng: converting (gray + alpha) ==> RGBA" for every
// grey PNG with an alpha channel, as scanning apps save them. They went to
// stderr whatever -v said, between the progress events of a scan.
func TestLeptonicaMessagesOnlyWithVerbose(t *testing.T) {
	page := filepath.Join(t.TempDir(), "trang xám.png")
	if err := os.WriteFile(page, grayAlphaPNG(t, 600, 400), 0o644); err != nil {
		t.Fatal(err)
	}
	shownOnlyWithVerbose(t, page, "Leptonica", "pixReadMemPng")
}

// shownOnlyWithVerbose runs vidoc ocr on page with and without -v and
// checks that stderr has one of marks (who's messages) only with -v.
func shownOnlyWithVerbose(t *testing.T, page, who string, marks ...string) {
	t.Helper()
	bin := buildVidoc(t)
	for _, verbose := range []bool{false, true} {
		args := []string{"ocr", page}
		if verbose {
			args = append([]string{"-v"}, args...)
		}
		cmd := vidocCommand(bin, args...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if _, err := cmd.Output(); err != nil {
			t.Fatalf("vidoc %v: %v\n%s", args, err, &stderr)
		}
		said := slices.ContainsFunc(marks, func(m string) bool { return strings.Contains(stderr.String(), m) })
		if said != verbose {
			t.Errorf("vidoc %v: %s's messages shown %v, want %v; stderr:\n%s", args, who, said, verbose, &stderr)
		}
	}
}

// grayAlphaPNG is a white, opaque w×h PNG of colour type 4 (grey and
// alpha), which Go's encoder never writes.
func grayAlphaPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	var raw bytes.Buffer
	zw := zlib.NewWriter(&raw)
	row := append([]byte{0}, bytes.Repeat([]byte{0xff, 0xff}, w)...) // filter none, then grey and alpha
	for range h {
		zw.Write(row)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, data []byte) {
		binary.Write(&out, binary.BigEndian, uint32(len(data)))
		body := append([]byte(typ), data...)
		out.Write(body)
		binary.Write(&out, binary.BigEndian, crc32.ChecksumIEEE(body))
	}
	ihdr := binary.BigEndian.AppendUint32(nil, uint32(w))
	ihdr = binary.BigEndian.AppendUint32(ihdr, uint32(h))
	chunk("IHDR", append(ihdr, 8, 4, 0, 0, 0)) // 8 bits, grey and alpha
	chunk("IDAT", raw.Bytes())
	chunk("IEND", nil)
	return out.Bytes()
}
