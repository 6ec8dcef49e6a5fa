package batch

import (
	"fmt"
	"path"
	"strings"
)

// findClashes finds the documents whose outputs cannot all be written
// because another document needs the same name as a folder: a.png gives
// a.json, a.json/b.png needs a folder a.json. Both documents of each clash
// fail, each told which other one it clashes with, and the answer depends
// only on the set of inputs, never on which document a worker reached
// first. A top-level folder named like a manifest clashes with the manifest.
func findClashes(ins []Input, formats []Format) map[string]error {
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
	return clashes
}
