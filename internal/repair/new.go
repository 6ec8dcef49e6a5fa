package repair

import (
	"fmt"
	"sync"

	"github.com/vidoc/vidoc/dictionaries"
	"github.com/vidoc/vidoc/internal/errmodel"
	"github.com/vidoc/vidoc/internal/lm"
)

var (
	sharedMu   sync.Mutex
	sharedBase *Repairer
)

// New returns a Repairer over the models embedded in the binary (the
// language model of internal/lm and the error model of dictionaries). The
// models and the candidate cache are loaded once per process and shared by
// every Repairer, so New is cheap after the first call and each worker may
// have its own.
func New(opts Options) (*Repairer, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if sharedBase == nil {
		m, err := lm.Default()
		if err != nil {
			return nil, fmt.Errorf("repair: %w", err)
		}
		cs, err := errmodel.Default()
		if err != nil {
			return nil, fmt.Errorf("repair: %w", err)
		}
		base, err := newRepairer(lmAdapter{m}, cs, Options{})
		if err != nil {
			return nil, err
		}
		sharedBase = base
	}
	return sharedBase.withOptions(opts)
}

// ErrorModelVersion is the version of the embedded error model, a hash of
// its table (dictionaries.ErrorModelVersion), or "none" when the table
// does not load.
func ErrorModelVersion() string {
	if _, err := errmodel.Default(); err != nil {
		return "none"
	}
	return dictionaries.ErrorModelVersion
}
