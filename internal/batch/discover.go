package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/input"
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
	// Err, when set, is why this input could not even be listed: a folder
	// that cannot be read. The runner records it as a failed document and
	// does the rest.
	Err error
}

// scanExtensions are the file types picked up when walking a folder. Files
// named one by one are taken whatever their extension: the page reader
// sniffs their content.
var scanExtensions = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".tif": true, ".tiff": true, ".pdf": true,
}

// Discover expands the user's arguments into the documents to process,
// sorted by name. An argument is a file, a folder (walked recursively for
// PNG, JPEG, TIFF and PDF files, hidden entries skipped, links to folders
// followed once) or a glob pattern. skipDir, when not empty, is a folder
// never descended into (the output folder). A missing input or a pattern
// matching nothing is an error, as are two inputs that would write to the
// same output. A folder inside that cannot be read is not: it comes back as
// an Input with Err set.
func Discover(args []string, skipDir string) ([]Input, error) {
	return discover(args, skipDir, os.ReadDir)
}

// discover is Discover with the folder listing as a parameter, so that tests
// can make a folder unreadable even when they run as root.
func discover(args []string, skipDir string, readDir func(string) ([]fs.DirEntry, error)) ([]Input, error) {
	w := walker{readDir: readDir, seen: make(map[string]string)}
	if skipDir != "" {
		w.skip = realPath(skipDir)
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
			ins, err := w.discoverOne(p)
			if err != nil {
				return nil, err
			}
			found = append(found, ins...)
		}
	}
	return nameInputs(found)
}

// walker walks input folders.
type walker struct {
	readDir func(string) ([]fs.DirEntry, error)
	skip    string            // the output folder, resolved
	seen    map[string]string // folders walked, resolved → as first reached
}

func (w *walker) discoverOne(p string) ([]Input, error) {
	fi, err := os.Stat(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already in the message
		}
		return nil, fmt.Errorf("input %s: %w", p, err)
	}
	if !fi.IsDir() {
		in := Input{Path: p, Rel: filepath.Base(p)}
		if !fi.Mode().IsRegular() {
			in.Err = notRegular(p, fi.Mode())
		}
		return []Input{in}, nil
	}
	var ins []Input
	w.walk(p, "", &ins)
	return ins, nil
}

// walk adds the scans under dir, whose path relative to the folder the
// user named is rel ("" for that folder). A link to a folder is followed,
// unless the folder was walked already (the link points to one of its own
// parents, or the folder is reached by two links or named twice): that
// would loop or give the same scans two names, so it is skipped with a
// warning.
func (w *walker) walk(dir, rel string, ins *[]Input) {
	real := realPath(dir)
	if first, ok := w.seen[real]; ok {
		slog.Warn("folder skipped: already searched (a link looping back, or one folder reached twice)",
			"folder", dir, "first", first)
		return
	}
	w.seen[real] = dir
	entries, err := w.readDir(dir)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the folder is named by the Input
		}
		name := rel
		if name == "" {
			name = filepath.Base(dir)
		}
		*ins = append(*ins, Input{Path: dir, Rel: name, Err: fmt.Errorf("folder cannot be read: %w", err)})
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		fp := filepath.Join(dir, e.Name())
		r := path.Join(rel, e.Name())
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 {
			st, err := os.Stat(fp)
			if err != nil {
				// A link named like a scan whose target cannot be reached
				// (a share not mounted, a file moved) is a scan the run
				// cannot read: said, not passed over in silence. Any
				// other broken link is not a scan.
				if scanExtensions[strings.ToLower(filepath.Ext(fp))] {
					*ins = append(*ins, Input{Path: fp, Rel: r, Err: brokenLink(fp, err)})
				}
				continue
			}
			typ = st.Mode().Type()
		}
		switch {
		case typ.IsDir():
			if w.skip != "" && realPath(fp) == w.skip {
				continue
			}
			w.walk(fp, r, ins)
		case !scanExtensions[strings.ToLower(filepath.Ext(fp))]:
		case typ.IsRegular():
			*ins = append(*ins, Input{Path: fp, Rel: r})
		default:
			// A pipe, socket or device named like a scan: opening it could
			// block forever (a pipe with no writer) or read without end, so
			// it is never opened, but said, not passed over in silence.
			*ins = append(*ins, Input{Path: fp, Rel: r, Err: notRegular(fp, typ)})
		}
	}
}

// notRegular is why the input at p, of type typ, is skipped, logged at once
// so that it shows before the run's long work; the runner records it as a
// failed document.
func notRegular(p string, typ fs.FileMode) error {
	slog.Warn("input skipped: not a regular file", "file", p, "type", input.FileKind(typ))
	return fmt.Errorf("%w: skipped", input.CheckRegular(typ))
}

// brokenLink is why the link at p, which Stat could not follow (err), is
// skipped, logged at once as notRegular is; the runner records it as a
// failed document.
func brokenLink(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the link is named by the Input
	}
	target, _ := os.Readlink(p)
	slog.Warn("input skipped: a link whose target cannot be read", "file", p, "target", target, "err", err)
	return fmt.Errorf("%w to %s: %w: skipped", ErrBrokenLink, target, err)
}

// realPath is p made absolute with its links resolved, or as absolute as
// can be when it cannot be resolved.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
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
