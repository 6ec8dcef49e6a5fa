package searchpdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"

	"github.com/vidoc/vidoc/internal/extcmd"
)

// GraftStats says what Graft did.
type GraftStats struct {
	Pages          int // pages given a text layer
	RemovedStrings int // text-showing operators of old invisible layers removed
}

// Graft writes to w the PDF at in with a new invisible text layer: every
// page kept as it is (its images and drawings byte for byte), its old
// invisible text removed, then pages[i]'s words laid over page i+1.
// pages[i] gives the size of the page as rasterized for OCR (pixels at
// DPI), which must be its crop box.
//
// qpdf does the PDF work: it rewrites the file in QDF form (content
// streams uncompressed, one per page), where the old layer is cut out of
// each page's content stream; fix-qdf mends the lengths; qpdf --overlay
// grafts the new layer. Streams in CCITT, JPEG, JBIG2 or JPX pass through
// untouched; Flate-compressed images are decompressed and compressed again
// losslessly.
func Graft(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	st, err := graft(ctx, in, pages, w, opts)
	if err != nil {
		return st, fmt.Errorf("%s: %w", in, err)
	}
	return st, nil
}

func graft(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	var st GraftStats
	tmp, err := os.MkdirTemp("", "vidoc-searchpdf-")
	if err != nil {
		return st, err
	}
	defer os.RemoveAll(tmp)
	if err := checkUnturned(ctx, in, len(pages)); err != nil {
		return st, err
	}
	qdf := filepath.Join(tmp, "in.qdf")
	if _, err := runQPDF(ctx, nil, "qpdf", "--qdf", "--object-streams=disable", "--coalesce-contents", "--", in, qdf); err != nil {
		return st, err
	}
	raw, err := os.ReadFile(qdf)
	if err != nil {
		return st, err
	}
	stripped, count, removed, err := stripQDF(raw)
	if err != nil {
		return st, err
	}
	if count != len(pages) {
		return st, fmt.Errorf("PDF has %d pages, text layers were given for %d", count, len(pages))
	}
	st.Pages, st.RemovedStrings = count, removed
	fixed, err := runQPDF(ctx, stripped, "fix-qdf")
	if err != nil {
		return st, err
	}
	strippedPath := filepath.Join(tmp, "stripped.pdf")
	layerPath := filepath.Join(tmp, "layer.pdf")
	outPath := filepath.Join(tmp, "out.pdf")
	if err := os.WriteFile(strippedPath, fixed, 0o600); err != nil {
		return st, err
	}
	var layer bytes.Buffer
	if err := writeLayer(&layer, pages, opts); err != nil {
		return st, err
	}
	if err := os.WriteFile(layerPath, layer.Bytes(), 0o600); err != nil {
		return st, err
	}
	if _, err := runQPDF(ctx, nil, "qpdf", "--deterministic-id", strippedPath, "--overlay", layerPath, "--", outPath); err != nil {
		return st, err
	}
	f, err := os.Open(outPath)
	if err != nil {
		return st, err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return st, err
}

var pageRotRe = regexp.MustCompile(`(?m)^Page\s+(\d+) rot:\s+(\d+)`)

// checkUnturned refuses a PDF with a page turned by /Rotate: qpdf fits an
// overlay into a turned page differently from how poppler rasterized it
// for OCR, so the words would land off their boxes.
func checkUnturned(ctx context.Context, in string, pages int) error {
	if pages < 1 {
		return errors.New("no pages to write")
	}
	out, err := extcmd.Run(ctx, extcmd.Cmd{Name: "pdfinfo", Package: "poppler-utils",
		Args: []string{"-f", "1", "-l", strconv.Itoa(pages), in}})
	if err != nil {
		return err
	}
	for _, m := range pageRotRe.FindAllSubmatch(out, -1) {
		if string(m[2]) != "0" {
			return fmt.Errorf("page %s is turned %s degrees by /Rotate: a text layer cannot be grafted onto turned pages yet", m[1], m[2])
		}
	}
	return nil
}

// QDF marks each page's content stream with a comment before its object.
var contentsMark = []byte("%% Contents for page ")

// stripQDF removes the invisible text of every page content stream of a
// QDF file. It returns the new file, the number of pages and the number of
// text-showing operators removed.
func stripQDF(qdf []byte) (out []byte, pages, removed int, err error) {
	pages = bytes.Count(qdf, []byte("\n%% Page "))
	out = make([]byte, 0, len(qdf))
	rest := qdf
	for {
		i := bytes.Index(rest, contentsMark)
		if i < 0 {
			break
		}
		s := bytes.Index(rest[i:], []byte("\nstream\n"))
		if s < 0 {
			return nil, 0, 0, errors.New("QDF content stream without data")
		}
		s += i + len("\nstream\n")
		// QDF ends stream data with a newline before endstream.
		e := bytes.Index(rest[s:], []byte("\nendstream"))
		if e < 0 {
			return nil, 0, 0, errors.New("QDF content stream without end")
		}
		e += s + 1
		content, n := stripInvisible(rest[s:e])
		removed += n
		out = append(out, rest[:s]...)
		out = append(out, content...)
		rest = rest[e:]
	}
	return append(out, rest...), pages, removed, nil
}

// runQPDF runs a program of qpdf's (qpdf, fix-qdf) and returns its
// stdout. qpdf's exit code 3 means it succeeded with warnings (a repaired
// cross-reference table…): they are logged, not fatal.
func runQPDF(ctx context.Context, stdin []byte, name string, args ...string) ([]byte, error) {
	return extcmd.Run(ctx, extcmd.Cmd{Name: name, Package: "qpdf", Args: args, Stdin: stdin, WarnCodes: []int{3}})
}
