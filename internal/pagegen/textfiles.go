package pagegen

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// TextFiles expands the folders among args to the .txt files directly
// inside them, sorted; files are kept as given. The commands that make
// pairs from text (pagegen, legacygen) take their inputs so.
func TextFiles(args []string) ([]string, error) {
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(a, "*.txt"))
		if err != nil {
			return nil, err
		}
		sort.Strings(matches)
		files = append(files, matches...)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", strings.Join(args, " "))
	}
	return files, nil
}
