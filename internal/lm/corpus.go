package lm

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vidoc/vidoc/internal/token"
)

// lineSep separates sentences in a unit sequence.
const lineSep = ^uint32(0)

// unitText is the corpus after tokenization: unit strings interned as
// provisional IDs, sentences as one flat sequence split by lineSep.
type unitText struct {
	ids    map[string]uint32
	names  []string
	counts []uint64
	seq    []uint32
}

func newUnitText() *unitText {
	return &unitText{ids: make(map[string]uint32, 1<<16)}
}

func (u *unitText) intern(b []byte) uint32 {
	if id, ok := u.ids[string(b)]; ok {
		return id
	}
	id := uint32(len(u.names))
	s := string(b)
	u.ids[s] = id
	u.names = append(u.names, s)
	u.counts = append(u.counts, 0)
	return id
}

// addLine tokenizes one line and appends its units as one sentence.
func (u *unitText) addLine(s *token.Scanner, buf []byte, line string) []byte {
	s.Reset(line)
	n := 0
	for {
		t, ok := s.Next()
		if !ok {
			break
		}
		if t.Kind == token.LineBreak {
			continue
		}
		buf = token.AppendUnit(buf[:0], line, t)
		id := u.intern(buf)
		u.counts[id]++
		u.seq = append(u.seq, id)
		n++
	}
	if n > 0 {
		u.seq = append(u.seq, lineSep)
	}
	return buf
}

// heldOut is the set of long lines of the held-out texts: corpus documents
// that share them are (copies of) held-out documents.
type heldOut struct {
	lines map[string]bool
}

// minHeldOutLine is the shortest line that identifies a document: shorter
// ones ("Điều 1.", "Nơi nhận:") recur in every document.
const minHeldOutLine = 40

func normLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func loadHeldOut(dirs []string) (*heldOut, error) {
	h := &heldOut{lines: map[string]bool{}}
	for _, dir := range dirs {
		files, err := textFiles(dir)
		if err != nil {
			return nil, fmt.Errorf("exclude %s: %w", dir, err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("exclude: %w", err)
			}
			for _, l := range strings.Split(string(data), "\n") {
				if l = normLine(l); len(l) >= minHeldOutLine {
					h.lines[l] = true
				}
			}
		}
	}
	return h, nil
}

// textFiles lists the .txt files under dir, sorted, leaving out SOURCES files.
func textFiles(dir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.HasPrefix(d.Name(), "SOURCES") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// CorpusStats says what the build read and what it left out.
type CorpusStats struct {
	Files         int      `json:"files"`
	FilesExcluded []string `json:"files_excluded,omitempty"` // documents shared with held-out texts
	LinesExcluded int      `json:"lines_excluded"`           // single lines found in held-out texts
	Sentences     int      `json:"sentences"`
	Tokens        uint64   `json:"tokens"`
}

// readCorpus tokenizes every .txt file under dirs. A document is dropped
// whole when a third of its long lines, three of them distinctive, are
// lines of the held-out texts (a distinctive line is in at most two corpus
// documents: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is in all of them); any
// other line found in the held-out texts is dropped alone.
func readCorpus(ctx context.Context, dirs []string, held *heldOut, u *unitText, st *CorpusStats) error {
	var files []string
	// A file is named in the model by its corpus folder's name and its path
	// inside it (legal/doc_000009.txt), never by where the corpus lay on the
	// building machine, so a rebuild elsewhere writes the same bytes.
	names := map[string]string{}
	for _, dir := range dirs {
		fs, err := textFiles(dir)
		if err != nil {
			return fmt.Errorf("corpus %s: %w", dir, err)
		}
		if len(fs) == 0 {
			return fmt.Errorf("corpus %s: no .txt files", dir)
		}
		for _, f := range fs {
			rel, err := filepath.Rel(dir, f)
			if err != nil {
				return fmt.Errorf("corpus %s: %w", dir, err)
			}
			names[f] = filepath.ToSlash(filepath.Join(filepath.Base(filepath.Clean(dir)), rel))
		}
		files = append(files, fs...)
	}
	drop := map[string]bool{}
	if held != nil {
		var err error
		if drop, err = heldOutDocuments(ctx, files, held); err != nil {
			return err
		}
	}
	var s token.Scanner
	var buf []byte
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if drop[f] {
			st.FilesExcluded = append(st.FilesExcluded, names[f])
			slog.Info("corpus document left out: it is a held-out text", "file", f)
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		st.Files++
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for lines := 0; sc.Scan(); lines++ {
			if lines&4095 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			line := sc.Text()
			if held != nil && held.lines[normLine(line)] {
				st.LinesExcluded++
				continue
			}
			before := len(u.seq)
			buf = u.addLine(&s, buf, line)
			if len(u.seq) > before {
				st.Sentences++
				st.Tokens += uint64(len(u.seq) - before - 1)
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("corpus %s: %w", f, err)
		}
	}
	return nil
}

// heldOutDocuments returns the corpus files that are copies of held-out texts.
func heldOutDocuments(ctx context.Context, files []string, held *heldOut) (map[string]bool, error) {
	shared := make(map[string][]string) // file -> held-out lines it holds
	long := make(map[string]int)
	docFreq := make(map[string]int)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		seen := map[string]bool{}
		for _, l := range strings.Split(string(data), "\n") {
			l = normLine(l)
			if len(l) < minHeldOutLine {
				continue
			}
			long[f]++
			if held.lines[l] && !seen[l] {
				seen[l] = true
				shared[f] = append(shared[f], l)
				docFreq[l]++
			}
		}
	}
	drop := map[string]bool{}
	for f, ls := range shared {
		distinctive := 0
		for _, l := range ls {
			if docFreq[l] <= 2 {
				distinctive++
			}
		}
		if distinctive >= 3 && len(ls)*3 >= long[f] {
			drop[f] = true
		}
	}
	return drop, nil
}
