package batch

import (
	"fmt"
	"path"
	"strings"

	"github.com/vidoc/vidoc/internal/output"
)

// findClashes finds the documents whose outputs cannot all be written
// because another document needs the same name as a folder: a.png gives
// a.json, a.json/b.png needs a folder a.json. Both documents of each clash
// fail, each told which other one it clashes with, and the answer depends
// only on the set of inputs, never on which document a worker reached
// first. A top-level folder named like a manifest clashes with the manifest.
// With fold (the output folder's file system does not tell case or accent
// encodings apart, output.FoldsNames), documents whose outputs differ only
// so ("X.png" and "x.png", "Hà.png" in NFC and in NFD) clash too: their
// outputs would be one file, the second document's replacing the first's.
func findClashes(ins []Input, formats []Format, fold bool) map[string]error {
	files := make(map[string]string) // output file → its document
	for _, in := range ins {
		if in.Err != nil {
			continue
		}
		for _, f := range formats {
			files[in.Name+f.Ext()] = in.Name
		}
	}
	clashes := make(map[string]error)
	add := func(name string, err error) {
		if clashes[name] == nil {
			clashes[name] = err
		}
	}
	for _, in := range ins {
		if in.Err != nil {
			continue
		}
		for dir := path.Dir(in.Name); dir != "." && dir != "/"; dir = path.Dir(dir) {
			if other, ok := files[dir]; ok {
				add(in.Name, fmt.Errorf("%w: its outputs go in a folder %s, which is an output of %s", ErrOutputClash, dir, other))
				add(other, fmt.Errorf("%w: its output %s is the folder of %s's outputs", ErrOutputClash, dir, in.Name))
			}
			if !strings.Contains(dir, "/") && IsManifest(dir) {
				add(in.Name, fmt.Errorf("%w: its outputs go in a folder %s, the name of vidoc's manifest", ErrOutputClash, dir))
			}
		}
	}
	if fold {
		folded := make(map[string]string) // output.FoldName of an output file → its document
		for _, in := range ins {
			if in.Err != nil {
				continue
			}
			for _, f := range formats {
				key := output.FoldName(in.Name + f.Ext())
				other, ok := folded[key]
				if !ok {
					folded[key] = in.Name
					continue
				}
				if other != in.Name {
					foldClash := func(name, other string) error {
						return fmt.Errorf("%w: its output %s and %s's differ only in case or in how accents are encoded, which the output folder's file system does not tell apart", ErrOutputClash, name+f.Ext(), other)
					}
					add(in.Name, foldClash(in.Name, other))
					add(other, foldClash(other, in.Name))
				}
			}
		}
	}
	return clashes
}
