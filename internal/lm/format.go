package lm

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"unsafe"
)

// FormatVersion is the version of the binary layout written by WriteTo and
// read by Load; Load refuses other versions.
const FormatVersion = 1

var magic = [8]byte{'V', 'I', 'D', 'O', 'C', 'L', 'M', 0}

// Quant maps a 16-bit code q back to a log-probability: Min + q*Step.
type Quant struct {
	Min  float64 `json:"min"`
	Step float64 `json:"step"`
}

func newQuant(values []float64) Quant {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, v := range values {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if math.IsInf(lo, 1) {
		return Quant{Min: 0, Step: 1}
	}
	if hi <= lo {
		return Quant{Min: lo, Step: 1e-6}
	}
	return Quant{Min: lo, Step: (hi - lo) / 65535}
}

func (q Quant) code(v float64) uint16 {
	if math.IsInf(v, -1) || math.IsNaN(v) || v <= q.Min {
		return 0
	}
	c := math.Round((v - q.Min) / q.Step)
	if c > 65535 {
		c = 65535
	}
	return uint16(c)
}

// Header describes a model file; it is stored as JSON after the magic bytes.
type Header struct {
	Format int `json:"format"`
	// Version names the build recipe when the builder gave one. The data
	// version vidoc prints is a hash of the whole file
	// (dictionaries.LMVersion); no build date is stored, so rebuilding from
	// the same corpus gives the same bytes.
	Version   string      `json:"version,omitempty"`
	Order     int         `json:"order"`
	Vocab     int         `json:"vocab"`
	NGrams    []int       `json:"ngrams"` // kept n-grams per order, unigrams first
	Discounts []Discounts `json:"discounts"`
	Cutoffs   Cutoffs     `json:"cutoffs"`
	ProbQuant []Quant     `json:"prob_quant"`
	BowQuant  []Quant     `json:"bow_quant"`
	BOS       int         `json:"bos"`
	EOS       int         `json:"eos"`
	Unknown   int         `json:"unk"`
	// UnknownTypes is how many distinct corpus words were mapped to <unk>.
	UnknownTypes int         `json:"unk_types"`
	Corpus       CorpusStats `json:"corpus"`
	Supplement   string      `json:"supplement,omitempty"` // how in-domain phrases were added
}

// encoded is a model laid out as the arrays of the file.
type encoded struct {
	hdr   Header
	names []string
	prob  [MaxOrder][]uint16
	bow   [MaxOrder][]uint16
	ids   [MaxOrder][]uint16
	child [MaxOrder][]uint32
}

// encode turns an estimate into sorted, quantized trie arrays.
func encode(e *estimate, names []string, hdr Header) *encoded {
	N := e.order
	enc := &encoded{hdr: hdr, names: names}
	enc.hdr.Format = FormatVersion
	enc.hdr.Order = N
	enc.hdr.Vocab = len(names)
	enc.hdr.NGrams = make([]int, N)
	enc.hdr.ProbQuant = make([]Quant, N)
	enc.hdr.BowQuant = make([]Quant, N)
	enc.hdr.Discounts = e.discounts
	// sorted keys per order: numeric order of packed keys is lexicographic
	// order of their words, which groups n-grams by context
	keys := make([][]uint64, N)
	for id := range names {
		keys[0] = append(keys[0], uint64(id))
	}
	for n := 2; n <= N; n++ {
		ks := make([]uint64, 0, len(e.kept[n-1]))
		for k := range e.kept[n-1] {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
		keys[n-1] = ks
	}
	for n := 1; n <= N; n++ {
		ks := keys[n-1]
		enc.hdr.NGrams[n-1] = len(ks)
		lp := make([]float64, len(ks))
		for i, k := range ks {
			if n == 1 {
				lp[i] = math.Log(e.unigram[k])
			} else {
				lp[i] = math.Log(e.prob[n-1][k])
			}
		}
		q := newQuant(lp)
		enc.hdr.ProbQuant[n-1] = q
		enc.prob[n-1] = make([]uint16, len(ks))
		for i, v := range lp {
			enc.prob[n-1][i] = q.code(v)
		}
		if n > 1 {
			enc.ids[n-1] = make([]uint16, len(ks))
			for i, k := range ks {
				enc.ids[n-1][i] = uint16(lastID(k))
			}
		}
		if n == N {
			continue
		}
		lb := make([]float64, len(ks))
		for i, k := range ks {
			b, ok := e.bow[n-1][k]
			if !ok {
				b = 1
			}
			lb[i] = math.Log(b)
		}
		bq := newQuant(lb)
		enc.hdr.BowQuant[n-1] = bq
		enc.bow[n-1] = make([]uint16, len(ks))
		for i, v := range lb {
			enc.bow[n-1][i] = bq.code(v)
		}
		// children: for each n-gram, where its extensions start among the
		// sorted (n+1)-grams
		next := keys[n]
		child := make([]uint32, len(ks)+1)
		j := 0
		for i, k := range ks {
			for j < len(next) && prefixKey(next[j]) < k {
				j++
			}
			child[i] = uint32(j)
		}
		child[len(ks)] = uint32(len(next))
		enc.child[n-1] = child
	}
	return enc
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// WriteTo writes the model file.
func (enc *encoded) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: w}
	hj, err := json.Marshal(enc.hdr)
	if err != nil {
		return 0, err
	}
	var pre [12]byte
	copy(pre[:8], magic[:])
	binary.LittleEndian.PutUint32(pre[8:], uint32(len(hj)))
	cw.Write(pre[:])
	cw.Write(hj)
	pad := func() {
		if r := cw.n % 8; r != 0 {
			cw.Write(make([]byte, 8-r))
		}
	}
	put := func(v any) {
		pad()
		binary.Write(cw, binary.LittleEndian, v)
	}
	pad()
	offs := make([]uint32, len(enc.names)+1)
	var blob bytes.Buffer
	for i, s := range enc.names {
		offs[i] = uint32(blob.Len())
		blob.WriteString(s)
	}
	offs[len(enc.names)] = uint32(blob.Len())
	put(offs)
	put(blob.Bytes())
	N := enc.hdr.Order
	for n := 1; n <= N; n++ {
		if n > 1 {
			put(enc.ids[n-1])
		}
		put(enc.prob[n-1])
		if n < N {
			put(enc.bow[n-1])
			put(enc.child[n-1])
		}
	}
	pad()
	if _, err := cw.w.Write(nil); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

// reader walks the sections of a model file.
type reader struct {
	data string
	off  int
	err  error
}

func (r *reader) section(size int) string {
	if r.err != nil {
		return ""
	}
	if rem := r.off % 8; rem != 0 {
		r.off += 8 - rem
	}
	if size < 0 || r.off+size > len(r.data) {
		r.err = fmt.Errorf("truncated at byte %d (section of %d bytes)", r.off, size)
		return ""
	}
	s := r.data[r.off : r.off+size]
	r.off += size
	return s
}

func (r *reader) u16s(n int) []uint16 {
	s := r.section(2 * n)
	if r.err != nil || n == 0 {
		return nil
	}
	p := unsafe.StringData(s)
	if uintptr(unsafe.Pointer(p))%2 == 0 && nativeLittleEndian {
		return unsafe.Slice((*uint16)(unsafe.Pointer(p)), n)
	}
	out := make([]uint16, n)
	for i := range out {
		out[i] = uint16(s[2*i]) | uint16(s[2*i+1])<<8
	}
	return out
}

func (r *reader) u32s(n int) []uint32 {
	s := r.section(4 * n)
	if r.err != nil || n == 0 {
		return nil
	}
	p := unsafe.StringData(s)
	if uintptr(unsafe.Pointer(p))%4 == 0 && nativeLittleEndian {
		return unsafe.Slice((*uint32)(unsafe.Pointer(p)), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32([]byte(s[4*i : 4*i+4]))
	}
	return out
}

var nativeLittleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

var errBadMagic = errors.New("not a vidoc language model (bad magic)")

// Load reads a model from data without copying it: the model's arrays point
// into data, which must stay unchanged while the model is used (the bytes
// embedded in the binary do).
func Load(data string) (*Model, error) {
	if len(data) < 12 || data[:8] != string(magic[:]) {
		return nil, errBadMagic
	}
	hlen := int(binary.LittleEndian.Uint32([]byte(data[8:12])))
	if 12+hlen > len(data) {
		return nil, fmt.Errorf("language model: header truncated")
	}
	var hdr Header
	if err := json.Unmarshal([]byte(data[12:12+hlen]), &hdr); err != nil {
		return nil, fmt.Errorf("language model header: %w", err)
	}
	if hdr.Format != FormatVersion {
		return nil, fmt.Errorf("language model format %d, this vidoc reads %d", hdr.Format, FormatVersion)
	}
	N := hdr.Order
	if N < 1 || N > MaxOrder || len(hdr.NGrams) != N || len(hdr.ProbQuant) != N || len(hdr.BowQuant) != N ||
		hdr.Vocab < 1 || hdr.Vocab > maxVocab || hdr.NGrams[0] != hdr.Vocab {
		return nil, fmt.Errorf("language model header: inconsistent order %d / vocabulary %d / counts %v", N, hdr.Vocab, hdr.NGrams)
	}
	m := &Model{hdr: hdr, order: N}
	r := &reader{data: data, off: 12 + hlen}
	m.nameOffs = r.u32s(hdr.Vocab + 1)
	if r.err == nil {
		m.names = r.section(int(m.nameOffs[hdr.Vocab]))
	}
	for n := 1; n <= N; n++ {
		c := hdr.NGrams[n-1]
		if n > 1 {
			m.ids[n-1] = r.u16s(c)
		}
		m.prob[n-1] = r.u16s(c)
		if n < N {
			m.bow[n-1] = r.u16s(c)
			m.child[n-1] = r.u32s(c + 1)
		}
		m.pq[n-1] = [2]float32{float32(hdr.ProbQuant[n-1].Min), float32(hdr.ProbQuant[n-1].Step)}
		m.bq[n-1] = [2]float32{float32(hdr.BowQuant[n-1].Min), float32(hdr.BowQuant[n-1].Step)}
	}
	if r.err != nil {
		return nil, fmt.Errorf("language model: %w", r.err)
	}
	for n := 1; n < N; n++ {
		ch := m.child[n-1]
		if int(ch[len(ch)-1]) != hdr.NGrams[n] {
			return nil, fmt.Errorf("language model: order %d children end at %d, want %d", n, ch[len(ch)-1], hdr.NGrams[n])
		}
	}
	m.vocab = make(map[string]WordID, hdr.Vocab)
	for id := 0; id < hdr.Vocab; id++ {
		a, b := m.nameOffs[id], m.nameOffs[id+1]
		if a > b || int(b) > len(m.names) {
			return nil, fmt.Errorf("language model: vocabulary offsets corrupt at %d", id)
		}
		m.vocab[m.names[a:b]] = WordID(id)
	}
	m.bos, m.eos, m.unk = WordID(hdr.BOS), WordID(hdr.EOS), WordID(hdr.Unknown)
	m.size = len(data)
	return m, nil
}
