package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scripts/fetch_realscans.sh lays out the real-scan sets from a local copy
// (--from) with every file's sha256 checked against the manifest: the files
// land where the manifest says, with the PDFs' text layers and a
// SHA256SUMS beside them, and a second run keeps what is in place; a file
// whose bytes differ from the pinned sha256, or that the copy lacks, is an
// error naming it and is not laid out. Files and manifest are made here.
func TestFetchRealScansFrom(t *testing.T) {
	for _, tool := range []string{"bash", "pdftotext", "sha256sum"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed", tool)
		}
	}
	script, err := filepath.Abs(filepath.Join("..", "..", "scripts", "fetch_realscans.sh"))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := os.ReadFile(filepath.Join("..", "..", "testdata", "pages", "doc3.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	from := filepath.Join(dir, "copy")
	files := map[string][]byte{
		"tune/scans/a__page.pdf":  pdf,
		"held/scans/b__photo.jpg": []byte("not really a JPEG, bytes to pin"),
	}
	// The held file sits in the copy's raw/ folder, as /work/extra keeps
	// every download: the script looks there too.
	write := func(rel string, b []byte) {
		p := filepath.Join(from, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("tune/scans/a__page.pdf", pdf)
	write("raw/b__photo.jpg", files["held/scans/b__photo.jpg"])
	sum := func(b []byte) string { h := sha256.Sum256(b); return hex.EncodeToString(h[:]) }
	manifest := func(name string, rows ...string) string {
		p := filepath.Join(dir, name)
		text := "# test manifest\n" + strings.Join(rows, "\n") + "\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	row := func(dest, sha string) string {
		return strings.Join([]string{dest, "owner/repo", strings.Repeat("0", 40), "data/" + filepath.Base(dest), sha}, "\t")
	}
	run := func(m, out string) (string, error) {
		cmd := exec.Command("bash", script, "--from", from, "--manifest", m, out)
		b, err := cmd.CombinedOutput()
		return string(b), err
	}

	good := manifest("good.tsv", row("tune/scans/a__page.pdf", sum(pdf)), row("held/scans/b__photo.jpg", sum(files["held/scans/b__photo.jpg"])))
	out := filepath.Join(dir, "out")
	if msg, err := run(good, out); err != nil {
		t.Fatalf("fetch from a good copy: %v\n%s", err, msg)
	}
	for rel, want := range files {
		got, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Fatalf("%s not laid out: %v", rel, err)
		}
		if sum(got) != sum(want) {
			t.Errorf("%s: bytes differ from the copy's", rel)
		}
	}
	for _, rel := range []string{"tune/given/a__page.layer.txt", "tune/truth", "held/truth", "SHA256SUMS"} {
		if _, err := os.Stat(filepath.Join(out, rel)); err != nil {
			t.Errorf("%s missing: %v", rel, err)
		}
	}
	sums, err := os.ReadFile(filepath.Join(out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("%s  held/scans/b__photo.jpg\n", sum(files["held/scans/b__photo.jpg"])); !strings.Contains(string(sums), want) {
		t.Errorf("SHA256SUMS lacks %q:\n%s", want, sums)
	}
	if msg, err := run(good, out); err != nil || !strings.Contains(msg, "2 already in place") {
		t.Errorf("second run: %v, want both files kept in place:\n%s", err, msg)
	}

	// A pinned sha256 the copy does not match, and a file the copy lacks.
	bad := manifest("bad.tsv", row("tune/scans/a__page.pdf", strings.Repeat("ab", 32)), row("held/scans/c__missing.jpg", sum([]byte("x"))))
	out2 := filepath.Join(dir, "out2")
	msg, err := run(bad, out2)
	if err == nil {
		t.Fatalf("fetch with a wrong sha256 and a missing file succeeded:\n%s", msg)
	}
	for _, want := range []string{"tune/scans/a__page.pdf: sha256 " + sum(pdf), "held/scans/c__missing.jpg: not in"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error output lacks %q:\n%s", want, msg)
		}
	}
	for _, rel := range []string{"tune/scans/a__page.pdf", "tune/scans/a__page.pdf.part", "held/scans/c__missing.jpg"} {
		if _, err := os.Stat(filepath.Join(out2, rel)); err == nil {
			t.Errorf("%s laid out though it failed its check", rel)
		}
	}
}
