package batch

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/scratch"
)

// The OCR channels of a page read with alternatives (PageText.Channels,
// some 77 KB a page) are needed only by that page's repair. With
// adaptation the repair waits until the whole document is read, and a
// 500-page document held every page's channels until then: `vidoc scan
// --alternatives` grew by 8–11 MB per 100 pages (scripts/bench_memory.sh).
// So a waiting page's channels go to a scratch file of its document and
// are read back one page at a time by its repair; the file goes when the
// document is finished, the folder (internal/scratch, swept after a
// killed run) when the run ends.

// spillPrefix names the scratch folders of the channels waiting for repair.
const spillPrefix = "vidoc-channels-"

// spilled is where one page's channels lie in its document's spill file.
type spilled struct {
	off, n int64
}

// spillDir is the run's scratch folder for spill files, made when the
// first page needs it.
type spillDir struct {
	once sync.Once
	dir  *scratch.Dir
	err  error
}

// create makes a fresh spill file in the folder.
func (s *spillDir) create() (*os.File, error) {
	s.once.Do(func() { s.dir, s.err = scratch.New(spillPrefix) })
	if s.err != nil {
		return nil, s.err
	}
	f, err := os.CreateTemp(s.dir.Path(), "doc-*")
	if err != nil {
		return nil, fmt.Errorf("spill file: %w", err)
	}
	return f, nil
}

// remove removes the folder, if it was made.
func (s *spillDir) remove() {
	if s.dir != nil {
		if err := s.dir.Remove(); err != nil {
			slog.Warn("removing the channels' scratch folder", "err", err)
		}
	}
}

// docSpill is one document's spill file. Pages are appended by the
// workers that read them and read back by the repair, after every page
// was written.
type docSpill struct {
	mu   sync.Mutex
	f    *os.File
	size int64
}

// put appends a page's channels to the document's spill file, made in
// dir on the first call.
func (s *docSpill) put(dir *spillDir, ch []ocrchan.Placed) (spilled, error) {
	var buf bytes.Buffer
	// gob keeps every float64 exactly, so the repair decodes what it
	// would have decoded from memory, byte for byte.
	if err := gob.NewEncoder(&buf).Encode(ch); err != nil {
		return spilled{}, fmt.Errorf("encode channels: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		f, err := dir.create()
		if err != nil {
			return spilled{}, err
		}
		s.f = f
	}
	at := spilled{off: s.size, n: int64(buf.Len())}
	if _, err := s.f.WriteAt(buf.Bytes(), at.off); err != nil {
		return spilled{}, fmt.Errorf("write spill file: %w", err)
	}
	s.size += at.n
	return at, nil
}

// get reads back the channels put at at.
func (s *docSpill) get(at spilled) ([]ocrchan.Placed, error) {
	s.mu.Lock()
	f := s.f
	s.mu.Unlock()
	if f == nil {
		return nil, fmt.Errorf("spill file: no channels were written")
	}
	b := make([]byte, at.n)
	if _, err := f.ReadAt(b, at.off); err != nil {
		return nil, fmt.Errorf("read spill file: %w", err)
	}
	var ch []ocrchan.Placed
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&ch); err != nil {
		return nil, fmt.Errorf("decode channels: %w", err)
	}
	return ch, nil
}

// close removes the document's spill file.
func (s *docSpill) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return
	}
	name := s.f.Name()
	s.f.Close()
	if err := os.Remove(name); err != nil {
		slog.Warn("removing a spill file", "err", err)
	}
	s.f = nil
}
