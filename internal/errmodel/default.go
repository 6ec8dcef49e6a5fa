package errmodel

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vidoc/vidoc/dictionaries"
)

// Default returns the model embedded in the binary (dictionaries/errmodel.tsv),
// parsed once per process. Callers share it and must not change it.
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := Parse(strings.NewReader(dictionaries.ErrorModel))
	if err == nil && len(m.Channels) == 0 {
		err = fmt.Errorf("embedded error model is empty")
	}
	return m, err
})
