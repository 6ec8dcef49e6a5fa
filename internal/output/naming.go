package output

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Path returns where the output with extension ext (".txt", ".json", ".md")
// of a document named name goes under outDir: outDir/name + ext. name is a
// slash-separated path relative to what the user named, usually without the
// input's extension (see Names).
func Path(outDir, name, ext string) string {
	return filepath.Join(outDir, filepath.FromSlash(name)+ext)
}

// Names maps input paths relative to what the user named (slash-separated)
// to output names: the input's extension is dropped ("a/b.pdf" → "a/b"),
// except where two inputs would then share a name ("a/b.pdf" and "a/b.tiff"),
// which keep theirs ("a/b.pdf", "a/b.tiff"). The result depends only on the
// set of inputs, so every shard of a split run names outputs alike.
func Names(rels []string) map[string]string {
	count := make(map[string]int, len(rels))
	for _, r := range rels {
		count[stem(r)]++
	}
	names := make(map[string]string, len(rels))
	for _, r := range rels {
		if s := stem(r); count[s] == 1 && count[r] <= 1 {
			names[r] = s
		} else {
			names[r] = r
		}
	}
	return names
}

func stem(rel string) string {
	ext := path.Ext(rel)
	if ext == "" || ext == rel || strings.HasSuffix(rel, "/"+ext) {
		return rel
	}
	return strings.TrimSuffix(rel, ext)
}

// CheckOutDir refuses an output folder that would put results next to the
// user's inputs or over them: outDir must not be an existing file, and must
// not be one of the input folders, lie inside one (a rerun would also find
// its own outputs among the inputs) or contain one. inputs are the paths the user named
// (files or folders; globs already expanded).
func CheckOutDir(outDir string, inputs []string) error {
	out, err := absClean(outDir)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", outDir, err)
	}
	if fi, err := os.Stat(out); err == nil && !fi.IsDir() {
		return fmt.Errorf("output folder %s is an existing file", outDir)
	}
	for _, in := range inputs {
		abs, err := absClean(in)
		if err != nil {
			return fmt.Errorf("input %s: %w", in, err)
		}
		fi, err := os.Stat(abs)
		if err != nil {
			continue // missing inputs are reported by discovery, per input
		}
		if !fi.IsDir() {
			if abs == out {
				return fmt.Errorf("output folder %s is the input file %s", outDir, in)
			}
			if filepath.Dir(abs) == out {
				return fmt.Errorf("output folder %s is the folder holding input %s: vidoc never writes next to its inputs", outDir, in)
			}
			continue
		}
		if abs == out || isWithin(out, abs) {
			return fmt.Errorf("output folder %s is inside input folder %s: vidoc never writes next to its inputs", outDir, in)
		}
		// An output folder holding an input folder puts outputs beside the
		// user's other files there (scans/ given with -o .).
		if isWithin(abs, out) {
			return fmt.Errorf("output folder %s contains input folder %s: vidoc never writes next to its inputs", outDir, in)
		}
	}
	return nil
}

// absClean resolves symlinks where the path exists, so that two spellings of
// one folder compare equal.
func absClean(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	// Resolve the longest existing prefix.
	rest := ""
	cur := abs
	for {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest), nil
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// isWithin reports whether path lies strictly inside dir.
func isWithin(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return false
	}
	return rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
