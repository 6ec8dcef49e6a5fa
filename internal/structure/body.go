package structure

import "strings"

// romanValue returns the value of a Roman numeral, 0 if invalid.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

// treeBuilder assembles the outline. A marker kind's level is fixed by the
// order in which kinds first appear, except for the named legal divisions,
// whose order is fixed by law.
type treeBuilder struct {
	roots     []*Node
	stack     []*Node
	ranks     map[string]int
	lastRoman int
	lastUpper rune
}

func (t *treeBuilder) rank(kind string) int {
	if kind == KindAnnex {
		return -1
	}
	if r, ok := keywordRank[kind]; ok {
		return r
	}
	if t.ranks == nil {
		t.ranks = map[string]int{}
	}
	r, ok := t.ranks[kind]
	if !ok {
		r = 10 + len(t.ranks)
		t.ranks[kind] = r
	}
	return r
}

// disambiguate tells "C." (third letter) from "C." (Roman hundred) by
// which sequence it continues.
func (t *treeBuilder) disambiguate(m *marker) {
	switch m.kind {
	case KindRoman:
		if len(m.label) == 1 && t.lastUpper != 0 && rune(m.label[0]) == t.lastUpper+1 && romanValue(m.label) != t.lastRoman+1 {
			m.kind = KindUpper
		}
	case KindUpper:
	}
	switch m.kind {
	case KindRoman:
		t.lastRoman = romanValue(m.label)
	case KindUpper:
		t.lastUpper = rune(m.label[0])
	}
}

func (t *treeBuilder) add(b rawBlock) {
	m := *b.marker
	t.disambiguate(&m)
	r := t.rank(m.kind)
	for len(t.stack) > 0 && t.rank(t.stack[len(t.stack)-1].Kind) >= r {
		t.stack = t.stack[:len(t.stack)-1]
	}
	heading, para := headingOf(&m)
	n := &Node{Kind: m.kind, Label: m.label, Heading: heading, Span: b.span, Confidence: confPattern, Paragraphs: []string{}, Children: []*Node{}}
	if isKeyword(m.kind) {
		n.Confidence = confFull
	}
	if para != "" {
		n.Paragraphs = append(n.Paragraphs, para)
	}
	if len(t.stack) == 0 {
		t.roots = append(t.roots, n)
	} else {
		parent := t.stack[len(t.stack)-1]
		parent.Children = append(parent.Children, n)
	}
	t.stack = append(t.stack, n)
	for _, a := range t.stack {
		a.Span.End = max(a.Span.End, b.span.End)
	}
}

// addParagraph attaches unmarked text to the part it belongs to: a
// sentence going on in small letters stays with the item above, a new
// sentence with the nearest numbered part.
func (t *treeBuilder) addParagraph(b rawBlock) bool {
	k := len(t.stack) - 1
	if !startsLower(b.text) {
		for k >= 0 && isBullet(t.stack[k].Kind) {
			k--
		}
	}
	if k < 0 {
		return false
	}
	n := t.stack[k]
	n.Paragraphs = append(n.Paragraphs, strings.TrimSpace(b.text))
	for _, a := range t.stack[:k+1] {
		a.Span.End = max(a.Span.End, b.span.End)
	}
	return true
}

// KindAnnex is a text attached after the signature of the enacting one
// ("QUY ĐỊNH … (Ban hành kèm theo Quyết định số …)"); its parts are its
// children.
const KindAnnex = "annex"

// addAnnex starts an attached text: everything after it nests under it.
func (t *treeBuilder) addAnnex(label, heading string, para []string, sp Span) {
	n := &Node{Kind: KindAnnex, Label: label, Heading: heading, Paragraphs: para, Span: sp, Confidence: confAttached, Children: []*Node{}}
	if n.Paragraphs == nil {
		n.Paragraphs = []string{}
	}
	t.roots = append(t.roots, n)
	t.stack = []*Node{n}
}
