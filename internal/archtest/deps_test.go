package archtest

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// debPackages reads scripts/deb-packages.txt: package name → group.
func debPackages(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../scripts/deb-packages.txt")
	if err != nil {
		t.Fatal(err)
	}
	pkgs := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 2 || !slices.Contains([]string{"run", "build", "test", "bench"}, f[1]) {
			t.Fatalf("deb-packages.txt:%d: %q: want NAME GROUP", i+1, line)
		}
		pkgs[f[0]] = f[1]
	}
	return pkgs
}

// listed runs deb-deps.sh --list for groups.
func listed(t *testing.T, groups ...string) []string {
	t.Helper()
	out, err := exec.Command("sh", append([]string{"../../scripts/deb-deps.sh", "--list"}, groups...)...).Output()
	if err != nil {
		t.Fatalf("deb-deps.sh --list %v: %v", groups, err)
	}
	got := strings.Fields(string(out))
	slices.Sort(got)
	return got
}

func inGroups(pkgs map[string]string, groups ...string) []string {
	var want []string
	for p, g := range pkgs {
		if len(groups) == 0 || slices.Contains(groups, g) {
			want = append(want, p)
		}
	}
	slices.Sort(want)
	return want
}

// The image and `make deps` install the same packages, from one list,
// through one script; the runtime image gets exactly the run group, which
// holds Tesseract's Vietnamese and OSD models.
func TestDockerfileInstallsThePackageList(t *testing.T) {
	pkgs := debPackages(t)
	for _, p := range []string{"tesseract-ocr", "tesseract-ocr-vie", "tesseract-ocr-osd", "poppler-utils", "qpdf", "fonts-dejavu-core"} {
		if pkgs[p] != "run" {
			t.Errorf("%s is not in the run group of deb-packages.txt", p)
		}
	}
	for _, groups := range [][]string{nil, {"run"}, {"build", "run"}} {
		if got, want := listed(t, groups...), inGroups(pkgs, groups...); !slices.Equal(got, want) {
			t.Errorf("deb-deps.sh --list %v:\n got %v\nwant %v", groups, got, want)
		}
	}

	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	type stage struct {
		from    string
		copied  bool       // the list and the script are copied in before they run
		install [][]string // groups of each deb-deps.sh run
	}
	var stages []*stage
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "FROM":
			stages = append(stages, &stage{from: f[1]})
			continue
		}
		if len(stages) == 0 {
			t.Fatalf("Dockerfile: %q before FROM", line)
		}
		s := stages[len(stages)-1]
		switch {
		case f[0] == "COPY" && slices.ContainsFunc(f, func(a string) bool { return strings.HasSuffix(a, "deb-packages.txt") }) &&
			slices.ContainsFunc(f, func(a string) bool { return strings.HasSuffix(a, "deb-deps.sh") }):
			s.copied = true
		case f[0] == "RUN" && (strings.Contains(line, "apt-get") || strings.Contains(line, "apt ") || strings.Contains(line, "dpkg")):
			t.Errorf("Dockerfile installs packages outside scripts/deb-deps.sh: %q", line)
		case f[0] == "RUN":
			for i, a := range f {
				if strings.HasSuffix(a, "deb-deps.sh") {
					var groups []string
					for _, g := range f[i+1:] {
						if g == "&&" || g == ";" {
							break
						}
						groups = append(groups, g)
					}
					if !s.copied {
						t.Errorf("Dockerfile runs deb-deps.sh before copying it and the list: %q", line)
					}
					s.install = append(s.install, groups)
				}
			}
		}
	}
	if len(stages) < 2 {
		t.Fatalf("Dockerfile has %d stages, want a build stage and a runtime one", len(stages))
	}
	build, runtime := stages[0], stages[len(stages)-1]
	if runtime.from != "debian:12-slim" {
		t.Errorf("runtime image FROM %s, want debian:12-slim", runtime.from)
	}
	if len(runtime.install) != 1 || !slices.Equal(runtime.install[0], []string{"run"}) {
		t.Errorf("runtime image runs deb-deps.sh with %v, want once with the run group", runtime.install)
	}
	if len(build.install) != 1 || !slices.Contains(build.install[0], "build") || !slices.Contains(build.install[0], "run") {
		t.Errorf("build stage runs deb-deps.sh with %v, want the build and run groups", build.install)
	}

	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	_, recipe, _ := strings.Cut(string(mk), "\ndeps:\n")
	recipe, _, _ = strings.Cut(recipe, "\n\n")
	if recipe != "\t@sh scripts/deb-deps.sh" {
		t.Errorf("make deps runs %q, want the whole list through scripts/deb-deps.sh", recipe)
	}
}

// testTools maps the programs vidoc's tests run to the Debian packages
// that hold them.
var testTools = map[string]string{
	"convert":   "imagemagick",
	"pdfimages": "poppler-utils",
	"pdfinfo":   "poppler-utils",
	"pdftoppm":  "poppler-utils",
	"pdftotext": "poppler-utils",
	"python3":   "python3",
	"qpdf":      "qpdf",
	"tesseract": "tesseract-ocr",
	"tiff2pdf":  "libtiff-tools",
	"tiffcp":    "libtiff-tools",
	"tiffinfo":  "libtiff-tools",
	"xmllint":   "libxml2-utils",
}

// A test that needs a program skips where it is missing, silently on a
// machine `make deps` set up: every program a test names is installed by
// deb-packages.txt.
func TestTestToolsAreListed(t *testing.T) {
	pkgs := debPackages(t)
	var files []string
	for _, root := range []string{"../../internal", "../../cmd"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, "_test.go") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for tool, pkg := range testTools {
			if strings.Contains(string(b), `"`+tool+`"`) && pkgs[pkg] == "" {
				t.Errorf("%s runs %s, whose package %s is not in scripts/deb-packages.txt", f, tool, pkg)
			}
		}
	}
}
