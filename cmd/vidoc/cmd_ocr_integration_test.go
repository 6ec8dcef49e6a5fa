package main

import (
	"errors"
	"image"
	"image/color"
	"image/gif"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
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
