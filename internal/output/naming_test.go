package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNames(t *testing.T) {
	got := Names([]string{"a/b.pdf", "a/b.tiff", "a/c.jpg", "d.png", "noext", "x/.hidden"})
	want := map[string]string{
		"a/b.pdf":   "a/b.pdf",
		"a/b.tiff":  "a/b.tiff",
		"a/c.jpg":   "a/c",
		"d.png":     "d",
		"noext":     "noext",
		"x/.hidden": "x/.hidden",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Names[%q] = %q, want %q", k, got[k], v)
		}
	}
	// A stem that equals another input's full name must not collide either.
	got = Names([]string{"a.pdf", "a"})
	if got["a.pdf"] == got["a"] {
		t.Errorf("a.pdf and a share the name %q", got["a"])
	}
}

func TestPath(t *testing.T) {
	if got, want := Path("/out", "a/b", ".md"), filepath.Join("/out", "a", "b.md"); got != want {
		t.Fatalf("Path = %q, want %q", got, want)
	}
}

func TestCheckOutDir(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "scans")
	file := filepath.Join(in, "p.png")
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		out    string
		inputs []string
		bad    string // substring of the error, "" for accepted
	}{
		{filepath.Join(dir, "out"), []string{in}, ""},
		{filepath.Join(dir, "out"), []string{file}, ""},
		{in, []string{in}, "inside input folder"},
		{filepath.Join(in, "out"), []string{in}, "inside input folder"},
		{in + "/./", []string{in}, "inside input folder"},
		{in, []string{file}, "next to its inputs"},
		{file, []string{in}, "existing file"},
		// scans/ given with -o . (issue 15, case 2): the output folder
		// holds the input folder and the user's other files.
		{dir, []string{in}, "contains input folder"},
	}
	for _, c := range cases {
		err := CheckOutDir(c.out, c.inputs)
		switch {
		case c.bad == "" && err != nil:
			t.Errorf("CheckOutDir(%s, %v) = %v, want accepted", c.out, c.inputs, err)
		case c.bad != "" && (err == nil || !strings.Contains(err.Error(), c.bad)):
			t.Errorf("CheckOutDir(%s, %v) = %v, want error with %q", c.out, c.inputs, err, c.bad)
		}
	}
	// Through a symlink the same folder is still recognised.
	link := filepath.Join(dir, "link")
	if err := os.Symlink(in, link); err == nil {
		if err := CheckOutDir(filepath.Join(link, "out"), []string{in}); err == nil {
			t.Error("output folder reached through a symlink into the input folder was accepted")
		}
	}
}
