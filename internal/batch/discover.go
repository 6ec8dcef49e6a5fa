package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/output"
)

// Input is one document the user asked for.
type Input struct {
	// Path is the file as the runner opens it.
	Path string
	// Rel is its slash-separated path relative to the folder the user named
	// (its base name when the user named the file itself).
	Rel string
	// Name is where its outputs go under the output folder, without
	// extension (see output.Names).
	Name string
}

// scanExtensions are the file types picked up when walking a folder. Files
// named one by one are taken whatever their extension: the page reader
// sniffs their content.
var scanExtensions = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".tif": true, ".tiff": true, ".pdf": true,
}

// Discover expands the user's arguments into the documents to process,
// sorted by name. An argument is a file, a folder (walked recursively for
// PNG, JPEG, TIFF and PDF files, hidden entries skipped) or a glob pattern.
// skipDir, when not empty, is a folder never descended into (the output
// folder). A missing input or a pattern matching nothing is an error, as are
// two inputs that would write to the same output.
func Discover(args []string, skipDir string) ([]Input, error) {
	var skipAbs string
	if skipDir != "" {
		skipAbs, _ = filepath.Abs(skipDir)
	}
	var found []Input
	for _, arg := range args {
		paths := []string{arg}
		if _, err := os.Lstat(arg); err != nil && hasMeta(arg) {
			m, gerr := filepath.Glob(arg)
			if gerr != nil {
				return nil, fmt.Errorf("input pattern %s: %w", arg, gerr)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("input pattern %s matches no file", arg)
			}
			paths = m
		}
		for _, p := range paths {
			ins, err := discoverOne(p, skipAbs)
			if err != nil {
				return nil, err
			}
			found = append(found, ins...)
		}
	}
	return nameInputs(found)
}

func discoverOne(p, skipAbs string) ([]Input, error) {
	fi, err := os.Stat(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in the message
		}
		return nil, fmt.Errorf("input %s: %w", p, err)
	}
	if !fi.IsDir() {
		return []Input{{Path: p, Rel: filepath.Base(p)}}, nil
	}
	var ins []Input
	err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("input %s: %w", fp, err)
		}
		if fp != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if abs, _ := filepath.Abs(fp); skipAbs != "" && abs == skipAbs {
				return filepath.SkipDir
			}
			return nil
		}
		if !scanExtensions[strings.ToLower(filepath.Ext(fp))] {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(fp); err != nil || !st.Mode().IsRegular() {
				return nil // dangling link or link to a folder: not a scan
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(p, fp)
		if err != nil {
			return err
		}
		ins = append(ins, Input{Path: fp, Rel: filepath.ToSlash(rel)})
		return nil
	})
	return ins, err
}

// nameInputs drops inputs named twice, gives each an output name and sorts
// them by it.
func nameInputs(found []Input) ([]Input, error) {
	byRel := make(map[string]Input, len(found))
	var rels []string
	for _, in := range found {
		if prev, ok := byRel[in.Rel]; ok {
			if sameFile(prev.Path, in.Path) {
				continue // the same file reached twice (a folder and a glob)
			}
			return nil, fmt.Errorf("inputs %s and %s would both write outputs named %s: name their parent folders instead",
				prev.Path, in.Path, in.Rel)
		}
		byRel[in.Rel] = in
		rels = append(rels, in.Rel)
	}
	names := output.Names(rels)
	ins := make([]Input, 0, len(rels))
	for _, r := range rels {
		in := byRel[r]
		in.Name = path.Clean(names[r])
		ins = append(ins, in)
	}
	sort.Slice(ins, func(i, j int) bool { return ins[i].Name < ins[j].Name })
	return ins, nil
}

func sameFile(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[`) }
