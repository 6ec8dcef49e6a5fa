package searchpdf

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/vidoc/vidoc/internal/extcmd"
	"github.com/vidoc/vidoc/internal/scratch"
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
// qpdf does the PDF work. It joins each page's content streams into one;
// it hands out those streams decoded (as JSON), where the old layer is
// cut out; it takes the edited streams back (--update-from-json) and lays
// the new layer over the pages (--overlay) in the same run. Nothing else
// in the file is decoded: image streams are copied as they are.
func Graft(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	return naming(in)(graft(ctx, in, pages, w, opts))
}

// naming returns a function that puts path before an error's text.
func naming(path string) func(GraftStats, error) (GraftStats, error) {
	return func(st GraftStats, err error) (GraftStats, error) {
		if err != nil {
			return st, fmt.Errorf("%s: %w", path, err)
		}
		return st, nil
	}
}

func graft(ctx context.Context, in string, pages []Page, w io.Writer, opts Options) (GraftStats, error) {
	var st GraftStats
	if err := checkUnturned(ctx, in, len(pages)); err != nil {
		return st, err
	}
	// A scratch folder, not a bare temporary one: a run killed here
	// leaves it behind, and the next run removes it.
	dir, err := scratch.New("vidoc-searchpdf-")
	if err != nil {
		return st, err
	}
	defer dir.Remove()
	tmp := dir.Path()
	joined := filepath.Join(tmp, "joined.pdf")
	// Every step's /ID is derived from the content: an input without one
	// would otherwise get a random one here that the output's carries on,
	// and a rerun would not give the same bytes. A PDF with an owner
	// password only (an empty user password: signed copies often carry
	// one) is read as any other, and written decrypted: qpdf cannot derive
	// an /ID while it encrypts, and the restrictions forbid changing the
	// file, which adding a text layer does anyway.
	if _, err := runQPDF(ctx, "--deterministic-id", "--decrypt", "--coalesce-contents", "--", in, joined); err != nil {
		return st, err
	}
	contents, objects, err := pageContents(ctx, joined)
	if err != nil {
		return st, err
	}
	if len(contents) != len(pages) {
		return st, fmt.Errorf("PDF has %d pages, text layers were given for %d", len(contents), len(pages))
	}
	st.Pages = len(pages)
	update, removed, err := stripLayers(ctx, joined, contents)
	if err != nil {
		return st, err
	}
	st.RemovedStrings = removed
	sized, err := sizePages(ctx, joined, objects, pages)
	if err != nil {
		return st, err
	}
	if update, err = mergeUpdates(update, sized); err != nil {
		return st, err
	}
	layerPath := filepath.Join(tmp, "layer.pdf")
	outPath := filepath.Join(tmp, "out.pdf")
	var layer bytes.Buffer
	if err := writeLayer(&layer, pages, opts); err != nil {
		return st, err
	}
	if err := os.WriteFile(layerPath, layer.Bytes(), 0o600); err != nil {
		return st, err
	}
	// Object streams pack the new layer's many small objects (the font's
	// widths, each page's dictionaries): on a small 1-bit scan they are a
	// third of the growth. Streams, page images among them, are copied as
	// they are.
	args := []string{"--deterministic-id", "--object-streams=generate", joined}
	if update != nil {
		updatePath := filepath.Join(tmp, "update.json")
		if err := os.WriteFile(updatePath, update, 0o600); err != nil {
			return st, err
		}
		args = append(args, "--update-from-json="+updatePath)
	}
	if _, err := runQPDF(ctx, append(args, "--overlay", layerPath, "--", outPath)...); err != nil {
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

// pageContents asks qpdf for each page's content streams ("6 0 R") and
// its page object ("3 0 R"), in page order.
func pageContents(ctx context.Context, pdf string) ([][]string, []string, error) {
	out, err := runQPDF(ctx, pdf, "--json=2", "--json-key=pages")
	if err != nil {
		return nil, nil, err
	}
	var doc struct {
		Pages []struct {
			Contents []string `json:"contents"`
			Object   string   `json:"object"`
		} `json:"pages"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, nil, fmt.Errorf("qpdf --json pages: %w", err)
	}
	contents := make([][]string, len(doc.Pages))
	objects := make([]string, len(doc.Pages))
	for i, p := range doc.Pages {
		contents[i], objects[i] = p.Contents, p.Object
	}
	return contents, objects, nil
}

// qpdfStream is a stream object in qpdf's JSON v2.
type qpdfStream struct {
	Stream struct {
		Dict map[string]json.RawMessage `json:"dict"`
		Data *string                    `json:"data"` // base64; absent when qpdf could not decode it
	} `json:"stream"`
}

// stripLayers reads the pages' content streams decoded and removes their
// invisible text. It returns the qpdf JSON that puts the changed streams
// back (nil when nothing changed) and the number of showing operators
// removed.
func stripLayers(ctx context.Context, pdf string, contents [][]string) ([]byte, int, error) {
	args := []string{pdf, "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized"}
	n := len(args)
	for _, c := range contents {
		for _, ref := range c {
			id, _, ok := strings.Cut(ref, " ")
			if !ok {
				return nil, 0, fmt.Errorf("qpdf names a content stream %q", ref)
			}
			args = append(args, "--json-object="+id)
		}
	}
	if len(args) == n {
		return nil, 0, nil // no page draws anything
	}
	out, err := runQPDF(ctx, args...)
	if err != nil {
		return nil, 0, err
	}
	var doc struct {
		QPDF [2]json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, 0, fmt.Errorf("qpdf --json objects: %w", err)
	}
	var objects map[string]qpdfStream
	if err := json.Unmarshal(doc.QPDF[1], &objects); err != nil {
		return nil, 0, fmt.Errorf("qpdf --json objects: %w", err)
	}
	changed := map[string]qpdfStream{}
	removed := 0
	for ref, obj := range objects {
		// A stream qpdf could not decode is left alone: its bytes are
		// not content syntax.
		if _, filtered := obj.Stream.Dict["/Filter"]; filtered || obj.Stream.Data == nil {
			continue
		}
		data, err := base64.StdEncoding.DecodeString(*obj.Stream.Data)
		if err != nil {
			return nil, 0, fmt.Errorf("qpdf --json %s: %w", ref, err)
		}
		stripped, n := stripInvisible(data)
		if n == 0 {
			continue
		}
		removed += n
		enc := base64.StdEncoding.EncodeToString(stripped)
		obj.Stream.Data = &enc
		changed[ref] = obj
	}
	if len(changed) == 0 {
		return nil, 0, nil
	}
	body, err := json.Marshal(changed)
	if err != nil {
		return nil, 0, err
	}
	update, err := json.Marshal(map[string]any{"qpdf": []json.RawMessage{doc.QPDF[0], body}})
	return update, removed, err
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

// runQPDF runs qpdf and returns its stdout. Exit code 3 means it
// succeeded with warnings (a repaired cross-reference table…): they are
// logged, not fatal.
func runQPDF(ctx context.Context, args ...string) ([]byte, error) {
	return extcmd.Run(ctx, extcmd.Cmd{Name: "qpdf", Package: "qpdf", Args: args, WarnCodes: []int{3}})
}
