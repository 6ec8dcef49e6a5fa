package output

import (
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// FoldsNames reports whether the file system of the folder dir files two
// names that differ only in case ("X.txt", "x.txt") or in how an accent
// is encoded (é as one code point, NFC, or as e and a combining mark,
// NFD) as one: FAT and exFAT drives, SMB shares, macOS. There two
// documents' outputs with such names are one file, and the second
// written would replace the first. It asks by creating a file and looking
// it up under the other spellings; a folder it cannot write to answers
// false (the run fails on it anyway).
func FoldsNames(dir string) bool {
	// A temporary file's name: a run killed here leaves one that the
	// next run removes.
	f, err := os.CreateTemp(dir, ".vidoc-tmp-fold-é-*-a")
	if err != nil {
		return false
	}
	name := f.Name()
	f.Close()
	defer os.Remove(name)
	base := filepath.Base(name)
	for _, other := range []string{
		base[:len(base)-1] + "A",
		strings.Replace(base, "é", "e\u0301", 1),
	} {
		if _, err := os.Lstat(filepath.Join(dir, other)); err == nil {
			return true
		}
	}
	return false
}

// FoldName is the name such a file system files rel under: in lower case
// and NFC. Two outputs with the same FoldName are one file there.
func FoldName(rel string) string { return strings.ToLower(norm.NFC.String(rel)) }
