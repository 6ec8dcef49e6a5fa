package batch

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
)

// Shard selects a deterministic part of the inputs, so that many machines
// (a Kubernetes Indexed Job, a Slurm job array) can split one archive: shard
// Index of Count takes the documents whose output name hashes to Index.
// The zero Shard takes everything.
type Shard struct {
	Index, Count int
}

// ParseShard reads "i/n" with 0 ≤ i < n.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 <= i < n, e.g. 0/4", s)
	}
	return Shard{Index: i, Count: n}, nil
}

func (s Shard) String() string {
	if s.Count <= 1 {
		return "all"
	}
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// Holds reports whether the document with this output name belongs to the
// shard. The name, not the input path, is hashed: it is the same on every
// machine whatever the mount point of the shared storage.
func (s Shard) Holds(name string) bool {
	if s.Count <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()%uint64(s.Count) == uint64(s.Index)
}

// Select keeps the inputs of the shard, in order.
func (s Shard) Select(ins []Input) []Input {
	if s.Count <= 1 {
		return ins
	}
	var out []Input
	for _, in := range ins {
		if s.Holds(in.Name) {
			out = append(out, in)
		}
	}
	return out
}
