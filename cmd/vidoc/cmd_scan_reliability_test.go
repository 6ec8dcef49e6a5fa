package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/draw"
	"io"
	"maps"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vidoc/vidoc/internal/batch"
	"github.com/vidoc/vidoc/internal/render"
	"github.com/vidoc/vidoc/internal/testfs"
)

// Issue 15 (reliability) as a hostile archive and a careless user would
// try it, with the real binary, real pages and real Tesseract.

// Case 2: `cd s; vidoc scan scans -o .` must not write beside the user's
// files in s (it once left OCR text in their report.txt).
func TestScanRefusesOutputHoldingItsInputs(t *testing.T) {
	bin := buildVidoc(t)
	s := t.TempDir()
	copyFile(t, "../../testdata/pages/page1.png", filepath.Join(s, "scans", "report.png"))
	if err := os.WriteFile(filepath.Join(s, "report.txt"), []byte("NOTES\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := vidocCommand(bin, "scan", "scans", "-o", ".", "--progress", "none")
	cmd.Dir = s
	out, err := cmd.CombinedOutput()
	if exitCodeOf(t, err, out) != ExitUsage || !strings.Contains(string(out), "contains input folder") {
		t.Fatalf("exit %d, want %d with a clear refusal:\n%s", exitCodeOf(t, err, out), ExitUsage, out)
	}
	if got := readFile(t, filepath.Join(s, "report.txt")); got != "NOTES\n" {
		t.Fatalf("report.txt = %q", got)
	}
	if entries, _ := os.ReadDir(s); len(entries) != 2 {
		t.Errorf("%d entries in s, want only scans and report.txt", len(entries))
	}
}

// Cases 2, 8, 9, 10, 11 in one archive: a file name that is not UTF-8, a
// name with terminal escapes, two documents whose outputs clash, a user's
// file where an output would go, a link in the output folder into the
// inputs, and an input folder named like a manifest. Only the two
// documents that can be written are recognised; the rerun skips them.
func TestScanHostileArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on two pages")
	}
	bin := buildVidoc(t)
	base := t.TempDir()
	in, out := filepath.Join(base, "scans"), filepath.Join(base, "out")
	strip := stripPages(t, "../../testdata/pages/page1.png", 4)[0]
	page := filepath.Join(base, "page.png")
	if err := render.WritePNG(page, strip, 300); err != nil {
		t.Fatal(err)
	}
	latin1 := "b\xe1o c\xe1o.png"
	for _, rel := range []string{latin1, "vidoc-manifest.old.jsonl/c.png", "a.png", "a.json/b.png", "notes.png", "sub/x.png"} {
		copyFile(t, page, filepath.Join(in, rel))
	}
	writeText := func(p, s string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeText(filepath.Join(in, "\x1b[31mred\x1b]0;x\a.png"), "not a picture")
	writeText(filepath.Join(in, "sub", "x.txt"), "the user's x.txt\n")
	writeText(filepath.Join(out, "notes.txt"), "the user's notes\n")
	if err := os.Symlink(filepath.Join(in, "sub"), filepath.Join(out, "sub")); err != nil {
		t.Fatal(err)
	}

	run := func() (string, int) {
		out, err := vidocCommand(bin, "scan", in, "-o", out, "-j", "2", "--progress", "none").CombinedOutput()
		return string(out), exitCodeOf(t, err, out)
	}
	stderr, code := run()
	if code != ExitPartial {
		t.Fatalf("exit %d, want %d:\n%s", code, ExitPartial, stderr)
	}
	for _, want := range []string{
		"documents: 7 (2 done, 0 partial, 5 failed, 0 skipped",
		"pages: 2 recognised", // nothing recognised for a document that cannot be written
		`\x1b[31mred\x1b]0;x\a.png`,
		"a.png: outputs clash", "b.png: outputs clash",
		"notes.txt exists and was not written by vidoc",
		"symbolic link",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, stderr)
		}
	}
	if strings.ContainsAny(stderr, "\x1b\a") {
		t.Errorf("a raw terminal control reached stderr:\n%q", stderr)
	}
	if got := readFile(t, filepath.Join(out, "notes.txt")); got != "the user's notes\n" {
		t.Errorf("notes.txt = %q", got)
	}
	if got := readFile(t, filepath.Join(in, "sub", "x.txt")); got != "the user's x.txt\n" {
		t.Errorf("written through the link into the inputs: x.txt = %q", got)
	}
	for _, rel := range []string{"b\xe1o c\xe1o.txt", "vidoc-manifest.old.jsonl/c.md"} {
		if _, err := os.Stat(filepath.Join(out, rel)); err != nil {
			t.Errorf("output %q missing: %v", rel, err)
		}
	}

	stderr, code = run()
	if code != ExitPartial || !strings.Contains(stderr, "2 skipped") || !strings.Contains(stderr, "pages: 0 recognised") {
		t.Errorf("rerun (exit %d) did not skip the two finished documents:\n%s", code, stderr)
	}

	merged, err := vidocCommand(bin, "scan", "--merge-manifests", "-o", out).Output()
	if err != nil {
		t.Fatalf("--merge-manifests beside a folder named like a manifest: %v", err)
	}
	names := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(merged))
	for sc.Scan() {
		var rec struct {
			Name   string
			Status string
			Raw    *struct{ Name []byte }
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Raw != nil && rec.Raw.Name != nil {
			rec.Name = string(rec.Raw.Name)
		}
		names[rec.Name] = rec.Status
	}
	if len(names) != 7 || names["b\xe1o c\xe1o"] != "done" || names["vidoc-manifest.old.jsonl/c"] != "done" {
		t.Errorf("merged manifest: %q", names)
	}
}

// Case 5: a subfolder the user cannot read (lost+found on a disk scanned by
// a non-root user) is recorded as failed and the rest is done, exit 3. The
// tests run as root, for whom no folder is unreadable, so vidoc runs here as
// the unprivileged user nobody over a folder of mode 000.
func TestScanUnreadableSubfolder(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on one page")
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to start vidoc as the user nobody")
	}
	const nobody = 65534
	base := t.TempDir()
	// Everything nobody needs must be readable by it: the test binary (a
	// copy) and the folders on the way.
	for p := base; p != "/" && p != os.TempDir(); p = filepath.Dir(p) {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "vidoc")
	copyFile(t, exe, bin)
	if err := os.Chmod(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	in, out := filepath.Join(base, "disk"), filepath.Join(base, "out")
	strip := stripPages(t, "../../testdata/pages/page1.png", 4)[1]
	if err := os.MkdirAll(filepath.Join(in, "lost+found"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := render.WritePNG(filepath.Join(in, "a.png"), strip, 300); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(in, "a.png"), filepath.Join(in, "lost+found", "b.png"))
	if err := os.Chmod(filepath.Join(in, "lost+found"), 0o000); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(out, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(out, 0o777); err != nil {
		t.Fatal(err)
	}
	cmd := vidocCommand(bin, "scan", in, "-o", out, "-j", "1", "--progress", "none")
	cmd.Env = append(cmd.Env, "HOME="+base)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	stderr, err := cmd.CombinedOutput()
	if exitCodeOf(t, err, stderr) != ExitPartial {
		t.Fatalf("exit %d (%v), want %d:\n%s", exitCodeOf(t, err, stderr), err, ExitPartial, stderr)
	}
	if !strings.Contains(string(stderr), "lost+found: folder cannot be read: permission denied") ||
		!strings.Contains(string(stderr), "1 done, 0 partial, 1 failed") {
		t.Errorf("summary:\n%s", stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "a.txt")); err != nil {
		t.Errorf("the readable document was not done: %v", err)
	}
}

// Case 12: when the output folder's disk is full vidoc stops with a clear
// message (exit 1) instead of recognising pages it cannot write. The output
// folder is a small tmpfs, filled up before the run.
func TestScanStopsWhenDiskFull(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on one page")
	}
	out := testfs.SmallTmpfs(t, "64k")
	f, err := os.Create(filepath.Join(out, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	for chunk := make([]byte, 4096); ; {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	f.Close()
	in := t.TempDir()
	for i, strip := range stripPages(t, "../../testdata/pages/page1.png", 4)[:3] {
		if err := render.WritePNG(filepath.Join(in, string(rune('a'+i))+".png"), strip, 300); err != nil {
			t.Fatal(err)
		}
	}
	cmd := vidocCommand(buildVidoc(t), "scan", in, "-o", out, "-j", "1", "--progress", "json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(stderr)
	err = cmd.Wait()
	if exitCodeOf(t, err, b) != ExitFatal || !strings.Contains(string(b), "no space left") {
		t.Fatalf("exit %d, want %d with a disk-full message:\n%s", exitCodeOf(t, err, b), ExitFatal, b)
	}
	if n := strings.Count(string(b), `"event":"page"`); n > 1 {
		t.Errorf("%d pages recognised after the disk was full", n)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if e.Name() != "filler" && !strings.HasPrefix(e.Name(), "vidoc-manifest") {
			t.Errorf("%s left in the full output folder", e.Name())
		}
	}
}

// Odd files and a read-only output folder in one run: a zero-byte file, a
// 1×1 image, a page 20 000 px high, a named pipe (which would block a
// reader for ever), and a document whose output subfolder cannot be
// written. The empty file and the unwritable document fail, each named with
// its reason; the rest is done and recorded; the exit code says some
// failed (3); a rerun redoes only what failed.
func TestScanOddFilesAndReadOnlyOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on four pages")
	}
	bin := buildVidoc(t)
	in, out := t.TempDir(), t.TempDir()
	strips := stripPages(t, "../../testdata/pages/page1.png", 4)
	if err := os.MkdirAll(filepath.Join(in, "ro"), 0o755); err != nil {
		t.Fatal(err)
	}
	white := func(w, h int) *image.Gray {
		g := image.NewGray(image.Rect(0, 0, w, h))
		for i := range g.Pix {
			g.Pix[i] = 0xff
		}
		return g
	}
	tall := white(strips[2].Bounds().Dx(), 20000)
	draw.Draw(tall, strips[2].Bounds().Sub(strips[2].Bounds().Min), strips[2], strips[2].Bounds().Min, draw.Src)
	for name, img := range map[string]image.Image{"good.png": strips[0], "ro/b.png": strips[1], "one.png": white(1, 1), "tall.png": tall} {
		if err := render.WritePNG(filepath.Join(in, name), img, 300); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(in, "zero.png"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.png"), 0o644); err != nil {
		t.Fatal(err)
	}
	ro := filepath.Join(out, "ro")
	if err := os.Mkdir(ro, 0o755); err != nil {
		t.Fatal(err)
	}
	// Root writes through permissions: it needs a read-only file system.
	if os.Geteuid() == 0 {
		if b, err := exec.Command("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro).CombinedOutput(); err != nil {
			t.Skipf("cannot mount a read-only tmpfs here: %v %s", err, b)
		}
		t.Cleanup(func() { exec.Command("umount", ro).Run() })
	} else if err := os.Chmod(ro, 0o555); err != nil {
		t.Fatal(err)
	}

	run := func() string {
		t.Helper()
		b, err := vidocCommand(bin, "scan", in, "-o", out, "-j", "1", "--progress", "none").CombinedOutput()
		if code := exitCodeOf(t, err, b); code != ExitPartial {
			t.Fatalf("exit %d, want %d:\n%s", code, ExitPartial, b)
		}
		return string(b)
	}
	log := run()
	for _, want := range []string{"3 done, 0 partial, 3 failed", "zero.png: corrupt or truncated file: empty file", "ro/b.png: write ",
		"pipe.png: not a regular file (named pipe): skipped"} {
		if !strings.Contains(log, want) {
			t.Errorf("summary lacks %q:\n%s", want, log)
		}
	}
	files, temps := outputTree(t, out)
	if temps != 0 {
		t.Errorf("%d temporary files left", temps)
	}
	for _, name := range []string{"good.txt", "one.txt", "tall.txt"} {
		if _, ok := files[name]; !ok {
			t.Errorf("%s missing; outputs %v", name, slices.Sorted(maps.Keys(files)))
		}
	}
	if len(strings.Fields(files["tall.txt"])) < 5 {
		t.Errorf("the tall page's text was not read: %q", files["tall.txt"])
	}
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]batch.Status{"good": batch.StatusDone, "one": batch.StatusDone, "tall": batch.StatusDone, "zero": batch.StatusFailed, "ro/b": batch.StatusFailed, "pipe": batch.StatusFailed} {
		if got := recs[name].Status; got != want {
			t.Errorf("%s recorded %q, want %q", name, got, want)
		}
	}
	if log := run(); !strings.Contains(log, "3 skipped") {
		t.Errorf("rerun did not skip the three done documents:\n%s", log)
	}
}

// An input deleted while the run goes on (a user tidying the folder): the
// documents still there are done, the deleted one fails named with the
// reason, the run ends with exit 3 and what was done stays recorded.
func TestScanInputDeletedMidRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Tesseract on three pages")
	}
	bin := buildVidoc(t)
	in, out := t.TempDir(), t.TempDir()
	strips := stripPages(t, "../../testdata/pages/page1.png", 4)
	for i, s := range strips {
		if err := render.WritePNG(filepath.Join(in, fmt.Sprintf("%d.png", i+1)), s, 300); err != nil {
			t.Fatal(err)
		}
	}
	// The last document goes as soon as the first is done: with one
	// worker, its page is read long after.
	cmd := vidocCommand(bin, "scan", in, "-o", out, "-j", "1", "--progress", "json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var log strings.Builder
	sc := bufio.NewScanner(stderr)
	deleted := false
	for sc.Scan() {
		log.WriteString(sc.Text() + "\n")
		var ev struct{ Event string }
		if !deleted && json.Unmarshal(sc.Bytes(), &ev) == nil && ev.Event == "document" {
			if err := os.Remove(filepath.Join(in, "4.png")); err != nil {
				t.Fatal(err)
			}
			deleted = true
		}
	}
	err = cmd.Wait()
	if code := exitCodeOf(t, err, []byte(log.String())); code != ExitPartial || !deleted {
		t.Fatalf("exit %d (deleted: %v), want %d:\n%s", code, deleted, ExitPartial, log.String())
	}
	if !strings.Contains(log.String(), "4.png page 1: no such file or directory") {
		t.Errorf("the deleted document's failure is not named:\n%s", log.String())
	}
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	files, temps := outputTree(t, out)
	if temps != 0 {
		t.Errorf("%d temporary files left", temps)
	}
	for _, name := range []string{"1", "2", "3"} {
		if recs[name].Status != batch.StatusDone {
			t.Errorf("%s recorded %q, want done", name, recs[name].Status)
		}
		for _, o := range recs[name].Outputs {
			if _, ok := files[o]; !ok {
				t.Errorf("%s recorded output %s, which is missing", name, o)
			}
		}
	}
	if recs["4"].Status != batch.StatusFailed {
		t.Errorf("4 recorded %q, want failed", recs["4"].Status)
	}
}

// Named pipes, sockets and devices given to scan, in a folder or by name,
// are never opened (a pipe without a writer would block the run for ever):
// each is logged on stderr as it is found, recorded as failed in the
// manifest and the summary with its kind, and the run does the rest and
// ends with exit 3, as for any other bad input.
func TestScanSkipsPipesSocketsAndDevices(t *testing.T) {
	bin := buildVidoc(t)
	in, out := t.TempDir(), t.TempDir()
	blank := image.NewGray(image.Rect(0, 0, 8, 8))
	for i := range blank.Pix {
		blank.Pix[i] = 0xff
	}
	if err := render.WritePNG(filepath.Join(in, "blank.png"), blank, 300); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(in, "pipe.pdf"), 0o644); err != nil {
		t.Fatal(err)
	}
	named := filepath.Join(t.TempDir(), "named.tiff")
	if err := syscall.Mkfifo(named, 0o644); err != nil {
		t.Fatal(err)
	}
	// A socket's path is limited to about 100 bytes: made where that holds.
	sockDir, err := os.MkdirTemp("", "vs")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sockDir) })
	l, err := net.Listen("unix", filepath.Join(sockDir, "s.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := vidocCommand(bin, "scan", in, named, filepath.Join(sockDir, "s.png"), os.DevNull, "-o", out, "--progress", "none")
	cmd = exec.CommandContext(ctx, cmd.Path, cmd.Args[1:]...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1", runAsVidoc+"=1")
	b, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("scan blocked on a pipe:\n%s", b)
	}
	if code := exitCodeOf(t, err, b); code != ExitPartial {
		t.Fatalf("exit %d, want %d:\n%s", code, ExitPartial, b)
	}
	log := string(b)
	for _, want := range []string{
		"1 done, 0 partial, 4 failed",
		"pipe.pdf: not a regular file (named pipe): skipped",
		named + ": not a regular file (named pipe): skipped",
		"s.png: not a regular file (socket): skipped",
		os.DevNull + ": not a regular file (character device): skipped",
	} {
		if !strings.Contains(log, want) {
			t.Errorf("summary lacks %q:\n%s", want, log)
		}
	}
	// Said as found, before the summary, naming the file.
	if i, j := strings.Index(log, "input skipped: not a regular file"), strings.Index(log, "documents:"); i < 0 || j < i ||
		!strings.Contains(log[i:j], "pipe.pdf") {
		t.Errorf("no log line naming the pipe before the summary:\n%s", log)
	}
	recs, err := batch.LoadManifests(out)
	if err != nil {
		t.Fatal(err)
	}
	for name, kind := range map[string]string{"pipe": "named pipe", "named": "named pipe", "s": "socket", "null": "character device"} {
		rec := recs[name]
		if rec.Status != batch.StatusFailed || !strings.Contains(rec.Error, kind) {
			t.Errorf("%s recorded %q, %q; want failed naming a %s", name, rec.Status, rec.Error, kind)
		}
	}
	if recs["blank"].Status != batch.StatusDone {
		t.Errorf("blank.png recorded %q, want done", recs["blank"].Status)
	}
}
