package layout

import (
	"regexp"
	"strings"
	"unicode"
)

// webAddressRe matches a web address, an e-mail address or a domain name
// as documents print them for a form to fill, a portal or a contact
// ("https://…", "www.…", "vanthu@….gov.vn", "….edu.vn").
var webAddressRe = regexp.MustCompile(`(?i)^(?:(?:https?:/{1,2}|www\.)[^\s.]+(?:\.[^\s.]+)+|` +
	`[\pL0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|` +
	`(?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov|edu|info|int)(?:/\S*)?)$`)

// webAddress reports whether an OCR word, its edge punctuation aside, is
// an address. Its letters and digits mixed in any case read as no
// syllable or code, and Tesseract reads a long one with little
// confidence, yet no seal, pen or scanner draws such a shape: it is print.
func webAddress(text string) bool {
	return webAddressRe.MatchString(strings.TrimFunc(text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }))
}
