package errmodel

import (
	"fmt"
	"strings"
	"sync"

	"github.com/vidoc/vidoc/dictionaries"
)

// Default returns the model embedded in the binary (dictionaries/errmodel.tsv
// with the hand rows of dictionaries/lookalikes.tsv), parsed once per process. Callers share it and must not change it.
var Default = sync.OnceValues(func() (*Model, error) {
	m, err := Parse(strings.NewReader(dictionaries.ErrorModel))
	if err == nil && len(m.Channels) == 0 {
		err = fmt.Errorf("embedded error model is empty")
	}
	if err != nil {
		return nil, err
	}
	hand, err := embeddedHandRows()
	if err != nil {
		return nil, err
	}
	for _, ch := range m.Channels {
		hand.apply(ch)
	}
	return m, nil
})
