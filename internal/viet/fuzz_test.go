package viet

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Parse never panics; what it accepts composes back to a spelling that
// parses to the same parts in both styles, and ConvertTone round-trips it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"nghiêng", "Huyện", "ủy", "hoà", "gì", "quý", "xyz", "a\u0301\u0301", "\xff", "giếng", "khuỷu"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		s, ok := Parse(word)
		_ = s.Valid()
		_ = StripDiacritics(word)
		_ = StripTone(word)
		_ = CarryCase(word, "huyện")
		if !ok {
			return
		}
		for _, st := range []ToneStyle{StyleOld, StyleNew} {
			c := s.Compose(st)
			s2, ok := Parse(c)
			if !ok || s2.Initial != s.Initial || s2.Medial != s.Medial || s2.Nucleus != s.Nucleus || s2.Final != s.Final || s2.Tone != s.Tone {
				t.Fatalf("%q → %v %q → %+v %v", word, st, c, s2, ok)
			}
		}
		if utf8.ValidString(word) {
			lower := strings.ToLower(NFC(word))
			old := ConvertTone(lower, StyleOld)
			if ConvertTone(ConvertTone(old, StyleNew), StyleOld) != old {
				t.Fatalf("ConvertTone round trip of %q", lower)
			}
		}
	})
}
