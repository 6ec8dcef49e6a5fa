package lm

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/vidoc/vidoc/dictionaries"
)

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
	defaultLoad  time.Duration
)

// Default returns the model embedded in the binary, loaded once.
func Default() (*Model, error) {
	defaultOnce.Do(func() {
		start := time.Now()
		if len(dictionaries.LanguageModel) == 0 {
			defaultErr = errors.New("language model: none embedded (run vidoc dict build)")
			return
		}
		defaultModel, defaultErr = Load(dictionaries.LanguageModel)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded %w", defaultErr)
		}
		defaultLoad = time.Since(start)
	})
	return defaultModel, defaultErr
}

// DefaultLoadTime is how long Default took to load the embedded model.
func DefaultLoadTime() time.Duration {
	Default()
	return defaultLoad
}

// DataVersion is the version of the embedded model's data, for `vidoc
// version` and the scan manifest: a hash of lm.bin (dictionaries.LMVersion),
// with "(not built)" when no model is embedded.
func DataVersion() string {
	if _, err := Default(); err != nil {
		return dictionaries.LMVersion + " (not built)"
	}
	return dictionaries.LMVersion
}
