package input

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/extcmd"
)

// damagedPDF writes doc3.pdf with page 2's image dictionary changed by
// edit (qpdf's QDF form keeps the dictionary as text; fix-qdf mends the
// offsets after), the shape of a PDF broken in its middle.
func damagedPDF(t *testing.T, name string, edit func(dict []byte) []byte) string {
	t.Helper()
	for _, tool := range []string{"qpdf", "fix-qdf", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	dir := t.TempDir()
	qdf := filepath.Join(dir, "qdf.pdf")
	if b, err := exec.Command("qpdf", "--qdf", "--object-streams=disable", filepath.Join(pagesDir, "doc3.pdf"), qdf).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v %s", err, b)
	}
	data, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	// Page 2's image is the second image object; its dictionary runs from
	// the "obj" before it to "stream".
	first := bytes.Index(data, []byte("/Subtype /Image"))
	second := first + 1 + bytes.Index(data[first+1:], []byte("/Subtype /Image"))
	start := bytes.LastIndex(data[:second], []byte(" obj"))
	end := second + bytes.Index(data[second:], []byte("stream"))
	if first < 0 || second <= first || start < 0 || end <= second {
		t.Fatal("no second image in doc3.pdf")
	}
	edited := append(append(bytes.Clone(data[:start]), edit(data[start:end])...), data[end:]...)
	cmd := exec.Command("fix-qdf")
	cmd.Stdin = bytes.NewReader(edited)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("fix-qdf: %v", err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// healthyPageBound is a raster timeout that page 1 of path, a healthy
// page, meets many times over on this machine as loaded as it is now: ten
// times what rendering it took here, at least 3 s. A fixed bound failed
// healthy pages on a shared machine under load; the damaged page needs
// over a minute even on an idle one.
func healthyPageBound(t *testing.T, path string) time.Duration {
	t.Helper()
	ctx := context.Background()
	doc, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	start := time.Now()
	if _, err := doc.Page(ctx, 1); err != nil {
		t.Fatalf("%s page 1: %v", path, err)
	}
	return max(3*time.Second, 10*time.Since(start))
}

// readPages reads every page of path one by one, going on after a bad
// page as the batch runner does, and returns each page's error.
func readPages(t *testing.T, path string) []error {
	t.Helper()
	ctx := context.Background()
	doc, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	errs := make([]error, doc.Count)
	for n := 1; n <= doc.Count; n++ {
		p, err := doc.Page(ctx, n)
		if err == nil && len(p.Image) == 0 {
			err = errors.New("no pixels")
		}
		errs[n-1] = err
	}
	return errs
}

// A page whose image claims 10⁸ rows kept pdftoppm busy past a minute (it was stopped there): it is
// stopped, the error names the file and the page, and the pages around it
// are read.
func TestPDFPageThatNeverRendersIsStopped(t *testing.T) {
	if testing.Short() {
		t.Skip("rasterizes three pages")
	}
	path := damagedPDF(t, "huge-image.pdf", func(d []byte) []byte {
		return bytes.Replace(d, []byte("/Height 3508"), []byte("/Height 99999999"), 1)
	})
	defer func(d time.Duration) { rasterTimeout = d }(rasterTimeout)
	rasterTimeout = healthyPageBound(t, path)
	errs := readPages(t, path)
	if len(errs) != 3 || errs[0] != nil || errs[2] != nil {
		t.Fatalf("pages 1 and 3 not read: %v", errs)
	}
	var ie *Error
	if !errors.As(errs[1], &ie) || ie.Path != path || ie.Page != 2 || !errors.Is(errs[1], extcmd.ErrTimeout) ||
		!strings.Contains(errs[1].Error(), path+" page 2") {
		t.Errorf("page 2: %v; want a timeout naming the file and page 2", errs[1])
	}
}

// A page whose image poppler cannot decode renders without it, exit 0: it
// is read, and the complaint is logged naming the file and the page.
func TestPDFPageRenderedWithErrorsIsLogged(t *testing.T) {
	if testing.Short() {
		t.Skip("rasterizes three pages")
	}
	path := damagedPDF(t, "bad-image.pdf", func(d []byte) []byte {
		return bytes.Replace(d, []byte("/Subtype /Image"), []byte("/Filter /DCTDecode /Subtype /Image"), 1)
	})
	var log bytes.Buffer
	defer func(l *slog.Logger) { slog.SetDefault(l) }(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(&log, nil)))
	for i, err := range readPages(t, path) {
		if err != nil {
			t.Errorf("page %d: %v", i+1, err)
		}
	}
	got := log.String()
	if !strings.Contains(got, "may be incomplete") || !strings.Contains(got, "page=2") || !strings.Contains(got, path) ||
		strings.Contains(got, "page=1") || strings.Contains(got, "page=3") {
		t.Errorf("log does not name page 2 alone of %s:\n%s", path, got)
	}
}

// A PDF of no pages fails when opened, saying so in one line.
func TestPDFWithNoPages(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed")
	}
	path := filepath.Join(t.TempDir(), "empty.pdf")
	if b, err := exec.Command("qpdf", "--empty", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v %s", err, b)
	}
	_, err := Open(context.Background(), path, Options{})
	if !errors.Is(err, ErrCorrupt) || !strings.HasSuffix(err.Error(), "PDF has no pages") || !strings.Contains(err.Error(), path) {
		t.Errorf("got %v, want the file named and 'PDF has no pages'", err)
	}
}

// A named pipe given as a page is refused from its type, never opened, with
// its kind named as `vidoc scan` names it.
func TestPipeIsNotRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "p.png")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	_, err := Open(context.Background(), p, Options{})
	if want := p + ": not a regular file (named pipe): not read"; err == nil || err.Error() != want || !errors.Is(err, ErrNotRegular) {
		t.Errorf("got %v, want %q", err, want)
	}
	if _, err := Open(context.Background(), "/dev/null", Options{}); err == nil || !strings.Contains(err.Error(), "(character device)") {
		t.Errorf("/dev/null: got %v, want it named a character device", err)
	}
}

// A multi-page TIFF cut short in its last directory (a copy interrupted,
// a scanner that died mid-batch) keeps the pages before it: they open and
// are handed to OCR, and only the broken page fails, named with the file.
// The whole document used to fail, losing the good pages with it.
func TestTruncatedTIFFKeepsItsGoodPages(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(pagesDir, "doc3.tiff"))
	if err != nil {
		t.Fatal(err)
	}
	// doc3.tiff holds each page's pixels before its directory, the last
	// directory at the end of the file: cutting into it breaks page 3
	// alone.
	path := filepath.Join(t.TempDir(), "cut.tiff")
	if err := os.WriteFile(path, data[:len(data)-100], 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	doc, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open: %v; want the two good pages kept", err)
	}
	if doc.Count != 3 {
		t.Fatalf("%d pages, want 3 (two good, the broken one)", doc.Count)
	}
	for n := 1; n <= 2; n++ {
		p, err := doc.Page(ctx, n)
		if err != nil || p.Encoding != "tiff" || p.Index != n-1 || p.Width != 1654 {
			t.Errorf("page %d: %+v, %v; want TIFF page %d for OCR", n, p, err, n-1)
		}
	}
	_, err = doc.Page(ctx, 3)
	var ie *Error
	if !errors.Is(err, ErrCorrupt) || !errors.As(err, &ie) || ie.Page != 3 || !strings.HasPrefix(err.Error(), path+" page 3: ") {
		t.Errorf("page 3: %v; want ErrCorrupt naming the file and page 3", err)
	}
}
