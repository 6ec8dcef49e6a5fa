package repair

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/viet"
)

// slashedWords reports words written with a slash between them
// ("Tỉnh/Thành phố", "Sở/Ngành"): each part a Vietnamese syllable in small
// letters after its first, no digit. looksLikeCode takes two capitals and
// a slash for a code, whose parts the code rules then mend into a code's
// capitals ("TỈNH/THÀNH"); codes write their parts in capitals, and OCR
// that loses the case of a code's letters does not also add the marks
// of a syllable. Such a core is read as words split at the slash.
func slashedWords(core string) bool {
	parts := strings.Split(core, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		_, n := utf8.DecodeRuneInString(p)
		if n == 0 || !viet.Valid(p) {
			return false
		}
		for _, r := range p[n:] {
			if !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}
