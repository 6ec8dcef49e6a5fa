package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vidoc/vidoc/internal/render"
)

// exitCodeOf returns the exit code of a finished command, failing the test
// when it died of a signal (a crash) or could not be run.
func exitCodeOf(t *testing.T, err error, out []byte) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var xe *exec.ExitError
	if !errors.As(err, &xe) {
		t.Fatalf("vidoc did not run: %v", err)
	}
	if xe.ExitCode() < 0 {
		t.Fatalf("vidoc crashed (%v):\n%s", err, out)
	}
	return xe.ExitCode()
}

// inputDir makes an empty input folder with a Vietnamese name.
func inputDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "vào")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// encryptedPDF writes a copy of a committed PDF that opens only with a
// user password, made by qpdf.
func encryptedPDF(t *testing.T, dir string) string {
	t.Helper()
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf is not installed (Debian package qpdf)")
	}
	path := filepath.Join(dir, "mật khẩu.pdf")
	cmd := exec.Command("qpdf", "--encrypt", "người đọc", "chủ sở hữu", "256", "--", filepath.Join(ocrPagesDir, "doc3.pdf"), path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("qpdf: %v\n%s", err, out)
	}
	return path
}

// TestOCRNoInputOpens is issue 15 case 3: when none of the files opens (a
// mistyped name, a folder, a GIF, an encrypted PDF) vidoc ocr used to close
// its first engine from two goroutines and die of a double free. Each file
// must get its own error line and the exit code must be 3, run after run.
func TestOCRNoInputOpens(t *testing.T) {
	bin := buildVidoc(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "khong-co.png")
	folder := filepath.Join(dir, "thư mục")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	gifPath := filepath.Join(dir, "ảnh.gif")
	f, err := os.Create(gifPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := gif.Encode(f, image.NewPaletted(image.Rect(0, 0, 40, 20), color.Palette{color.White}), nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	encrypted := encryptedPDF(t, dir)

	for run := range 4 {
		for _, jobs := range []string{"1", "2"} {
			out, err := vidocCommand(bin, "ocr", "-j", jobs, missing, folder, gifPath, encrypted).CombinedOutput()
			if code := exitCodeOf(t, err, out); code != ExitPartial {
				t.Fatalf("run %d, -j %s: exit code %d, want %d\n%s", run, jobs, code, ExitPartial, out)
			}
			for _, bad := range []string{missing, folder, gifPath, encrypted} {
				if strings.Count(string(out), bad) != 1 {
					t.Errorf("run %d, -j %s: %s is not named on exactly one line:\n%s", run, jobs, bad, out)
				}
			}
		}
	}
}

// TestEveryErrorLineReachesStderr is issue 15 case 7: gosseract points
// descriptor 2 at /dev/null while a worker loads its language model, and
// log lines and progress events written by the other goroutines meanwhile
// were lost. With -j 2, reading one short page among many broken files,
// every broken file must be named on stderr, run after run: by `vidoc ocr`
// in its log and by `vidoc scan` in its JSON progress.
func TestEveryErrorLineReachesStderr(t *testing.T) {
	if testing.Short() {
		t.Skip("runs vidoc several times")
	}
	bin := buildVidoc(t)
	dir := inputDir(t)
	good := stripPages(t, filepath.Join(ocrPagesDir, "page1.png"), 4)[0]
	if err := render.WritePNG(filepath.Join(dir, "a-tốt.png"), good, 300); err != nil {
		t.Fatal(err)
	}
	whole, err := os.ReadFile(filepath.Join(dir, "a-tốt.png"))
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	for i := range 12 {
		// Truncated PNGs fail when a worker reads them, plain text when
		// the file is opened: both while the other worker loads Tesseract.
		path := filepath.Join(dir, fmt.Sprintf("hỏng-%02d.png", i))
		data := whole[:len(whole)/2]
		if i%2 == 1 {
			data = []byte("không phải ảnh")
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		bad = append(bad, path)
	}
	args := append([]string{"ocr", "-j", "2", "--no-upright", filepath.Join(dir, "a-tốt.png")}, bad...)

	for run := range 3 {
		var stderr bytes.Buffer
		cmd := vidocCommand(bin, args...)
		cmd.Stderr = &stderr
		err := cmd.Run()
		if code := exitCodeOf(t, err, stderr.Bytes()); code != ExitPartial {
			t.Fatalf("ocr run %d: exit code %d, want %d\n%s", run, code, ExitPartial, &stderr)
		}
		for _, b := range bad {
			if !strings.Contains(stderr.String(), b) {
				t.Errorf("ocr run %d: no error line names %s:\n%s", run, b, &stderr)
			}
		}

		out := filepath.Join(t.TempDir(), "ra")
		stderr.Reset()
		cmd = vidocCommand(bin, "scan", dir, "-o", out, "-j", "2", "--no-repair", "--progress", "json")
		cmd.Stderr = &stderr
		err = cmd.Run()
		if code := exitCodeOf(t, err, stderr.Bytes()); code != ExitPartial {
			t.Fatalf("scan run %d: exit code %d, want %d\n%s", run, code, ExitPartial, &stderr)
		}
		failed := map[string]bool{}
		for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
			var ev struct{ Event, Input, Status string }
			if json.Unmarshal([]byte(line), &ev) == nil && ev.Event == "document" && ev.Status == "failed" {
				failed[ev.Input] = true
			}
		}
		for _, b := range bad {
			if !failed[b] {
				t.Errorf("scan run %d: no failed-document event for %s:\n%s", run, b, &stderr)
			}
		}
	}
}

// TestPDFWithoutPopplerIsFatal is issue 15 case 16: with poppler-utils
// missing from PATH, ocr and scan stop with a set-up error naming the
// package (exit 1) instead of calling every PDF corrupt.
func TestPDFWithoutPopplerIsFatal(t *testing.T) {
	bin := buildVidoc(t)
	pdf := filepath.Join(ocrPagesDir, "doc3.pdf")
	in := inputDir(t)
	copyFile(t, pdf, filepath.Join(in, "công văn.pdf"))
	out := filepath.Join(t.TempDir(), "ra")
	for _, args := range [][]string{
		{"ocr", filepath.Join(ocrPagesDir, "page1.png"), pdf},
		{"scan", in, "-o", out, "--progress", "none"},
	} {
		cmd := vidocCommand(bin, args...)
		cmd.Env = append(cmd.Env, "PATH="+t.TempDir())
		msg, err := cmd.CombinedOutput()
		if code := exitCodeOf(t, err, msg); code != ExitFatal {
			t.Errorf("%s: exit code %d, want %d\n%s", args[0], code, ExitFatal, msg)
		}
		if !strings.Contains(string(msg), "poppler-utils") || strings.Contains(string(msg), "corrupt") {
			t.Errorf("%s: the message does not name poppler-utils, or calls the PDF corrupt:\n%s", args[0], msg)
		}
	}
	// Images need no PDF reader: an archive of them is read without one.
	images := inputDir(t)
	copyFile(t, filepath.Join(ocrPagesDir, "page1.png"), filepath.Join(images, "trang.png"))
	cmd := vidocCommand(bin, "scan", images, "-o", filepath.Join(t.TempDir(), "ra"), "--progress", "none", "--no-repair")
	cmd.Env = append(cmd.Env, "PATH="+t.TempDir())
	msg, err := cmd.CombinedOutput()
	if code := exitCodeOf(t, err, msg); code != ExitOK {
		t.Errorf("scan of images without poppler: exit code %d, want %d\n%s", code, ExitOK, msg)
	}
}

// TestMaxPixelsOneCheck is issue 15 case 18: scan accepted --max-pixels -1
// that ocr refused. Both now refuse a negative limit as a usage error
// (exit 2) before any work, and apply a positive one alike.
func TestMaxPixelsOneCheck(t *testing.T) {
	bin := buildVidoc(t)
	page := filepath.Join(ocrPagesDir, "page1.png")
	in := inputDir(t)
	copyFile(t, page, filepath.Join(in, "trang.png"))
	out := filepath.Join(t.TempDir(), "ra")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"ocr", "--max-pixels", "-1", page}, ExitUsage, "max pixels -1"},
		{[]string{"scan", "--max-pixels", "-1", in, "-o", out, "--progress", "none"}, ExitUsage, "max pixels -1"},
		// page1.png is far over a 1000-pixel limit: the only file fails.
		{[]string{"ocr", "--max-pixels", "1000", page}, ExitPartial, "over the limit of 1000"},
		{[]string{"scan", "--max-pixels", "1000", in, "-o", out, "--progress", "none"}, ExitFatal, "over the limit of 1000"},
	} {
		msg, err := vidocCommand(bin, tc.args...).CombinedOutput()
		if code := exitCodeOf(t, err, msg); code != tc.code || !strings.Contains(string(msg), tc.want) {
			t.Errorf("%v: exit code %d, want %d with %q:\n%s", tc.args, code, tc.code, tc.want, msg)
		}
		if tc.code == ExitUsage {
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%v: a usage error left %s behind", tc.args, out)
			}
		}
	}
}

// TestPagesOverTesseractsSideDoNotCrash is issue 15 case 1 with the real
// binary: a 40000 × 10 JPEG and a 33000 × 200 PNG of unknown resolution
// made Tesseract print "Image too large" and crash, killing the whole run
// and every rerun. Now each is a failed file named on stderr, a 14400 ×
// 100 pt PDF page is read shrunk to fit, the good page is read, and ocr
// and scan (twice, as a rerun) exit 3.
func TestPagesOverTesseractsSideDoNotCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on wide pages")
	}
	bin := buildVidoc(t)
	in := inputDir(t)
	// A JPEG without a resolution, as phones and cameras write them.
	var j bytes.Buffer
	if err := jpeg.Encode(&j, render.Blank(40000, 10), nil); err != nil {
		t.Fatal(err)
	}
	jpg := filepath.Join(in, "dải.jpg")
	if err := os.WriteFile(jpg, j.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	strip := filepath.Join(in, "băng.png")
	if err := render.WritePNG(strip, render.Blank(33000, 200), 0); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(in, "khổ lớn.pdf")
	if err := render.WritePDF(pdf, []*image.Gray{render.Blank(7200, 50)}, 36); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(in, "trang.png")
	if err := render.WritePNG(good, stripPages(t, filepath.Join(ocrPagesDir, "page1.png"), 4)[0], 300); err != nil {
		t.Fatal(err)
	}

	msg, err := vidocCommand(bin, "ocr", "-j", "2", "--format", "json", jpg, strip, pdf, good).CombinedOutput()
	if code := exitCodeOf(t, err, msg); code != ExitPartial {
		t.Fatalf("ocr: exit code %d, want %d\n%s", code, ExitPartial, msg)
	}
	for _, bad := range []string{jpg, strip} {
		if !strings.Contains(string(msg), bad+" page 1: page too wide or tall for Tesseract") {
			t.Errorf("ocr: %s is not named as too wide:\n%s", bad, msg)
		}
	}
	// Pages read carry their dpi; the two files that failed are listed
	// on JSON lines of their own with the error.
	if strings.Count(string(msg), `"dpi":`) != 2 || !strings.Contains(string(msg), `"dpi":163`) || strings.Count(string(msg), `"error":`) != 2 {
		t.Errorf("ocr: the PDF page (at 163 dpi) and the good page were not both read:\n%s", msg)
	}

	out := filepath.Join(t.TempDir(), "ra")
	for run := range 2 {
		msg, err := vidocCommand(bin, "scan", in, "-o", out, "-j", "2", "--no-repair", "--progress", "none").CombinedOutput()
		if code := exitCodeOf(t, err, msg); code != ExitPartial {
			t.Fatalf("scan run %d: exit code %d, want %d\n%s", run, code, ExitPartial, msg)
		}
		for _, name := range []string{"trang.txt", "khổ lớn.txt"} {
			if _, err := os.Stat(filepath.Join(out, name)); err != nil {
				t.Errorf("scan run %d: %v", run, err)
			}
		}
	}
}
