// Package archtest holds tests about the shape of the code base itself: the
// pipeline's layering (inputs → OCR → repair → structure → output, with the
// batch runner around them) is checked here rather than remembered.
package archtest

import (
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/vidoc/vidoc/"

// allowed lists, for each internal package, the other vidoc packages it may
// import. Data flows one way: no stage reaches back up the pipeline, and no
// engine package imports the user interface.
var allowed = map[string][]string{
	"internal/viet":      {},
	"internal/token":     {"internal/viet"},
	"internal/lexicon":   {"internal/viet", "internal/token", "internal/atomicfile", "dictionaries"},
	"internal/lm":        {"internal/token", "dictionaries"},
	"internal/errmodel":  {"internal/viet", "internal/editdist", "dictionaries"},
	"internal/render":    {"internal/atomicfile"},
	"internal/extcmd":    {},
	"internal/input":     {"internal/extcmd"},
	"internal/textenc":   {"internal/viet"},
	"internal/textlayer": {"internal/extcmd", "internal/input", "internal/textenc", "internal/viet", "internal/lm"},
	"internal/ocr":       {"internal/input", "internal/cputime"},
	"internal/layout":    {"internal/ocr", "internal/viet", "internal/editdist"},
	"internal/repair":    {"internal/textenc", "internal/viet", "internal/token", "internal/lm", "internal/errmodel", "internal/editdist", "internal/ordered", "internal/ocrchan", "dictionaries"},
	"internal/structure": {"internal/viet", "internal/editdist"},
	"internal/output":    {"internal/atomicfile"},
	"internal/searchpdf": {"internal/extcmd", "internal/scratch"},
	"internal/ocrxml":    {},
	"internal/wordmap":   {"internal/editdist"},
	"internal/batch":     {"internal/input", "internal/output", "internal/atomicfile", "internal/filelock", "internal/scratch", "internal/ordered", "internal/ocrchan", "internal/wordmap"},
	"internal/ui":        {"internal/batch"},
	"internal/eval":      {"internal/editdist"},
	"internal/pagegen":   {"internal/render", "internal/viet", "internal/atomicfile"},
	"internal/formgen":   {"internal/render", "internal/pagegen", "internal/atomicfile"},
	"internal/legacygen": {"internal/viet"},
	"dictionaries":       {},

	// Leaf utilities: they import no vidoc package, so any package that
	// needs them may, without breaking the direction of the pipeline.
	"internal/atomicfile": {},
	"internal/editdist":   {},
	"internal/ocrchan":    {},
	"internal/ordered":    {},
	"internal/cputime":    {},
	"internal/scratch":    {"internal/filelock"},
	"internal/filelock":   {},

	// Test fixtures: only tests import them.
	"internal/testfs":      {},
	"internal/testscanner": {"internal/viet"},

	// Used by tests and `go generate` programs only, to derive versions
	// from content.
	"internal/contentversion": {"internal/atomicfile"},
}

type listedPackage struct {
	ImportPath string
	Imports    []string
}

func TestLayering(t *testing.T) {
	cmd := exec.Command("go", "list", "-json", "github.com/vidoc/vidoc/...")
	cmd.Dir = "../.."
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(out)
	seen := 0
	used := map[string]map[string]bool{} // stage → the stages it imports
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(p.ImportPath, module)
		if !strings.HasPrefix(rel, "internal/") && rel != "dictionaries" {
			continue // commands may import anything
		}
		base := packageRoot(rel)
		ok, known := allowed[base]
		if !known {
			if base == "internal/archtest" {
				continue
			}
			t.Errorf("%s is not in the layering table: add it with the packages it may import", rel)
			continue
		}
		seen++
		if used[base] == nil {
			used[base] = map[string]bool{}
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			dep := packageRoot(strings.TrimPrefix(imp, module))
			used[base][dep] = true
			if dep == base || slices.Contains(ok, dep) {
				continue
			}
			t.Errorf("%s imports %s: not allowed by the pipeline's layering", rel, dep)
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("go list: %v", err)
	}
	if seen == 0 {
		t.Fatal("no vidoc packages listed")
	}
	// The table is no looser than the code: a permission nothing uses would
	// let a later change reach across the pipeline unnoticed.
	for base, deps := range allowed {
		if used[base] == nil {
			continue // not built here (no package of that stage listed)
		}
		for _, dep := range deps {
			if !used[base][dep] {
				t.Errorf("%s may import %s but does not: remove it from the layering table", base, dep)
			}
		}
	}
}

// packageRoot maps a sub-package (internal/ocr/leptonica) to the stage it belongs to.
func packageRoot(rel string) string {
	parts := strings.Split(rel, "/")
	if parts[0] == "internal" && len(parts) > 2 {
		return strings.Join(parts[:2], "/")
	}
	if parts[0] == "dictionaries" {
		return "dictionaries"
	}
	return rel
}
