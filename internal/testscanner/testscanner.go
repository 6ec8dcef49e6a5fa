// Package testscanner is a test fixture: how a made-up scanner's text layer
// reads Vietnamese text, so that the repair package's tests and the
// command's tests damage their text the same way from one definition.
// Only tests import it.
package testscanner

import (
	"strings"

	"github.com/vidoc/vidoc/internal/viet"
)

// Read is how the made-up scanner reads text: no diacritics, and ư (any
// tone) always "v", a confusion no channel of the shipped error model has,
// so that adapting to a document's own damage has something to learn.
func Read(text string) string {
	return viet.StripDiacritics(strings.Map(func(r rune) rune {
		switch viet.WithoutTone(r) {
		case 'ư':
			return 'v'
		case 'Ư':
			return 'V'
		}
		return r
	}, text))
}
