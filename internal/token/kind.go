package token

// Kind is the class of a token.
type Kind uint8

const (
	Invalid   Kind = iota
	Word           // a Vietnamese syllable in shape ("huyện", "KẾ", "Ủy")
	Latin          // letters that cannot be one Vietnamese syllable ("Internet", "the")
	Abbr           // capitals that are no syllable: UBND, HĐND, MTTQ, KH
	Number         // 18, 2.500.000, 2,5, and roman numerals before "." or ")"
	Date           // 17/7/2024, 17-7-2024, 7/2024
	Code           // 344-KH/TU, 12/2024/QĐ-UBND, COVID-19, H5N1
	URL            // http://…, https://…, www.…
	Email          // name@host.tld
	Punct          // one punctuation mark or symbol
	LineBreak      // end of a line (\n, \r\n or \r)
)

var kindNames = [...]string{"invalid", "word", "latin", "abbr", "number", "date", "code", "url", "email", "punct", "linebreak"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// IsWord reports whether the token is made of letters only (Word, Latin or
// Abbr): the kinds whose spelling the repair engine may change.
func (k Kind) IsWord() bool { return k == Word || k == Latin || k == Abbr }

// Token is one token: its kind and its byte span [Start, End) in the text.
type Token struct {
	Start, End int
	Kind       Kind
}

// Text returns the token's bytes in text as a string.
func (t Token) Text(text string) string { return text[t.Start:t.End] }
