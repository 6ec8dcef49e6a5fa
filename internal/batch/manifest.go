package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/input"
)

// ManifestPrefix starts the name of every manifest file in an output folder.
// A run without shards appends to ManifestPrefix+".jsonl"; shard i of n
// appends to its own file, ManifestPrefix+".shard-i-of-n.jsonl", so that
// machines sharing the storage never append to the same file. All of them are
// read back when deciding what is finished.
const ManifestPrefix = "vidoc-manifest"

// Status is the outcome of one document.
type Status string

const (
	StatusDone    Status = "done"    // every page read, outputs written
	StatusPartial Status = "partial" // outputs written, but some pages failed
	StatusFailed  Status = "failed"  // no output: the file could not be read
	StatusSkipped Status = "skipped" // finished by an earlier run (never in the manifest)
	// StatusWriting is recorded just before a document's outputs are
	// written: a run killed before the document's final record still
	// knows them as vidoc's own, and the next run redoes the document.
	StatusWriting Status = "writing"
)

// Record is one line of the manifest: the outcome of one document in one run.
// Later lines win over earlier ones for the same Name.
type Record struct {
	Name   string `json:"name"`
	Input  string `json:"input"`
	SHA256 string `json:"sha256"`
	// Key covers vidoc's version, its data's versions and the settings;
	// Settings the settings alone (see Options.KeepOlder).
	Key         string      `json:"key"`
	Settings    string      `json:"settings,omitempty"`
	Version     string      `json:"version"`
	Data        string      `json:"data,omitempty"`
	Status      Status      `json:"status"`
	Error       string      `json:"error,omitempty"`
	Pages       int         `json:"pages"`
	FailedPages []PageFault `json:"failed_pages,omitempty"`
	Confidence  float64     `json:"confidence"`
	Changes     int         `json:"changes"`
	Outputs     []string    `json:"outputs,omitempty"`
	// FailedOutputs are the outputs of a partial document that could not
	// be made (a searchable PDF qpdf refuses): none of them is on disk.
	FailedOutputs []OutputFault `json:"failed_outputs,omitempty"`
	Seconds       float64       `json:"seconds"`
	Finished      time.Time     `json:"finished"`
	Shard         string        `json:"shard,omitempty"`
	// TextLayer holds, page by page, the Origin of pages whose text came
	// with one (what was done with a PDF page's text layer, and why).
	TextLayer []json.RawMessage `json:"text_layer,omitempty"`
	// Adaptation is the repairer's note of what the document taught it
	// (Options.Adapt), and AdaptEvidence, with AdaptBatch, what the
	// document adds to the batch's pool: a resumed run that skips the
	// document pools it again.
	Adaptation    json.RawMessage `json:"adaptation,omitempty"`
	AdaptEvidence json.RawMessage `json:"adapt_evidence,omitempty"`
	// Raw keeps the bytes of the names above that are not valid UTF-8,
	// which JSON strings cannot hold: without it such a document would be
	// known under another name and redone by every run.
	Raw *RawNames `json:"raw,omitempty"`

	// Failures are the document's lines of the summary, for progress
	// displays; they are not stored.
	Failures []Failure `json:"-"`
}

// RawNames holds, base64-encoded in JSON, the exact bytes of a record's names
// when some are not valid UTF-8. Outputs is empty unless one of them is.
type RawNames struct {
	Name    []byte   `json:"name,omitempty"`
	Input   []byte   `json:"input,omitempty"`
	Outputs [][]byte `json:"outputs,omitempty"`
}

// withRaw fills rec.Raw when a name is not valid UTF-8.
func withRaw(rec Record) Record {
	raw := RawNames{}
	need := false
	if !utf8.ValidString(rec.Name) {
		raw.Name, need = []byte(rec.Name), true
	}
	if !utf8.ValidString(rec.Input) {
		raw.Input, need = []byte(rec.Input), true
	}
	for _, o := range rec.Outputs {
		if !utf8.ValidString(o) {
			need = true
			for _, o := range rec.Outputs {
				raw.Outputs = append(raw.Outputs, []byte(o))
			}
			break
		}
	}
	if need {
		rec.Raw = &raw
	}
	return rec
}

// restoreRaw puts the exact names of rec.Raw back.
func restoreRaw(rec Record) Record {
	if rec.Raw == nil {
		return rec
	}
	if rec.Raw.Name != nil {
		rec.Name = string(rec.Raw.Name)
	}
	if rec.Raw.Input != nil {
		rec.Input = string(rec.Raw.Input)
	}
	if len(rec.Raw.Outputs) == len(rec.Outputs) {
		for i, o := range rec.Raw.Outputs {
			rec.Outputs[i] = string(o)
		}
	}
	return rec
}

// UnmarshalJSON reads a record, also one written before the count of repair's
// changes was named "changes" (as `vidoc fix` names them) instead of
// "repairs": old manifests must still resume a run and merge.
func (r *Record) UnmarshalJSON(b []byte) error {
	type record Record // the same fields without this method
	var v struct {
		record
		Changes *int `json:"changes"` // hides record's, to tell it is absent
		Repairs *int `json:"repairs"` // the old name
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = Record(v.record)
	switch {
	case v.Changes != nil:
		r.Changes = *v.Changes
	case v.Repairs != nil:
		r.Changes = *v.Repairs
	}
	return nil
}

// PageFault is a page that could not be read or recognised.
type PageFault struct {
	Page  int    `json:"page"`
	Error string `json:"error"`
}

// OutputFault is an output that could not be made, and why: the page of
// the input it could not be made for when known.
type OutputFault struct {
	Output string `json:"output"`
	Page   int    `json:"page,omitempty"`
	Error  string `json:"error"`
}

// manifestName is the file this shard appends to.
func manifestName(s Shard) string {
	if s.Count <= 1 {
		return ManifestPrefix + ".jsonl"
	}
	return fmt.Sprintf("%s.shard-%d-of-%d.jsonl", ManifestPrefix, s.Index, s.Count)
}

// LoadManifests reads every manifest file in outDir and returns the latest
// record of each document. Lines that do not parse (the torn last line of a
// run killed mid-write) are ignored: that document is simply done again.
func LoadManifests(outDir string) (map[string]Record, error) {
	m, err := loadManifests(outDir)
	return m.latest, err
}

// manifests is what the manifests of an output folder say.
type manifests struct {
	latest map[string]Record // the latest record of each document
	owned  map[string]bool   // every output any record says vidoc wrote
}

// manifestFile matches the names manifestName gives, and only those: a
// file or folder merely starting like one (vidoc-manifest.old.jsonl, an
// input folder's mirror) is not a manifest.
var manifestFile = regexp.MustCompile(`^` + regexp.QuoteMeta(ManifestPrefix) + `(\.shard-[0-9]+-of-[0-9]+)?\.jsonl$`)

// IsManifest reports whether a base name is one of vidoc's manifests.
func IsManifest(name string) bool { return manifestFile.MatchString(name) }

func loadManifests(outDir string) (manifests, error) {
	m := manifests{latest: make(map[string]Record), owned: make(map[string]bool)}
	entries, err := os.ReadDir(outDir)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, fmt.Errorf("output folder %s: %w", outDir, err)
	}
	for _, e := range entries { // sorted by name
		if !IsManifest(e.Name()) || !e.Type().IsRegular() {
			continue
		}
		if err := readManifest(filepath.Join(outDir, e.Name()), m); err != nil {
			return m, err
		}
	}
	return m, nil
}

func readManifest(path string, m manifests) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("manifest %s: %w", path, err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 && line[len(line)-1] == '\n' {
			var rec Record
			if json.Unmarshal(line, &rec) == nil && rec.Name != "" {
				rec = restoreRaw(rec)
				for _, o := range rec.Outputs {
					m.owned[o] = true
				}
				if prev, ok := m.latest[rec.Name]; !ok || !rec.Finished.Before(prev.Finished) {
					m.latest[rec.Name] = rec
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("manifest %s: %w", path, err)
		}
	}
}

// manifestWriter appends records, one fsynced line each, so a record is
// either wholly in the file or (after kill -9) a torn last line that
// LoadManifests ignores.
type manifestWriter struct {
	mu sync.Mutex
	f  *os.File
}

func openManifest(outDir string, s Shard) (*manifestWriter, error) {
	path := filepath.Join(outDir, manifestName(s))
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("manifest %s: %w", path, err)
	}
	if err := lockManifest(f); err != nil {
		f.Close()
		return nil, err
	}
	// A torn last line from a killed run must not glue onto the next record.
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, fi.Size()-1); err == nil && last[0] != '\n' {
			if _, err := f.Write([]byte("\n")); err != nil {
				f.Close()
				return nil, fmt.Errorf("manifest %s: %w", path, err)
			}
		}
	}
	return &manifestWriter{f: f}, nil
}

func (m *manifestWriter) Append(rec Record) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(withRaw(rec)); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, err := m.f.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("manifest %s: %w", m.f.Name(), err)
	}
	if err := m.f.Sync(); err != nil {
		return fmt.Errorf("manifest %s: %w", m.f.Name(), err)
	}
	return nil
}

func (m *manifestWriter) Close() error { return m.f.Close() }

// RunKey identifies what makes outputs differ besides the input itself: the
// vidoc version and the settings that change the text (language, repair,
// orientation…). A finished document is redone when its key changes.
func RunKey(version string, settings ...string) string {
	h := sha256.New()
	fmt.Fprintf(h, "vidoc %s\n%s", version, strings.Join(settings, "\n"))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// hashFile returns the SHA-256 of a file's content.
func hashFile(path string) (string, error) {
	// Without blocking: a file that turned into a named pipe since it was
	// listed must fail here, not hang the run waiting for a writer.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return "", withoutPath(err, path)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return "", withoutPath(err, path)
	} else if err := input.CheckRegular(fi.Mode()); err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", withoutPath(err, path)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// withoutPath is err without the *fs.PathError that names path: the
// FileError it goes into names the file already, and "in/a.png: read:
// open in/a.png: permission denied" said it twice.
func withoutPath(err error, path string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == path {
		return pe.Err
	}
	return err
}

// MergeManifests writes to w the latest record of every document found in
// the manifests of outDir, sorted by name: the view of the whole archive
// after the shards of a split run have finished.
func MergeManifests(outDir string, w io.Writer) (int, error) {
	latest, err := LoadManifests(outDir)
	if err != nil {
		return 0, err
	}
	names := make([]string, 0, len(latest))
	for n := range latest {
		names = append(names, n)
	}
	sort.Strings(names)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, n := range names {
		if err := enc.Encode(withRaw(latest[n])); err != nil {
			return 0, err
		}
	}
	return len(names), nil
}
