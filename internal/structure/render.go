package structure

import (
	"fmt"
	"strings"
)

// Markdown renders the document as an outline: header facts, the body's
// parts as headings and lists, cited documents and the closing.
func Markdown(doc *Document) []byte {
	var b strings.Builder
	h := doc.Header
	title := "Văn bản"
	if h.DocType != nil {
		title = h.DocType.Value
	}
	if h.Title != nil {
		title += ": " + h.Title.Value
	} else if h.Subject != nil {
		title += ": V/v " + h.Subject.Value
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	row := func(name string, f *Field) {
		if f != nil {
			fmt.Fprintf(&b, "- **%s:** %s\n", name, mdEscape(f.Value))
		}
	}
	row("Cơ quan chủ quản", h.ParentBody)
	row("Cơ quan ban hành", h.IssuingBody)
	if h.Number != nil {
		fmt.Fprintf(&b, "- **Số, ký hiệu:** %s\n", mdEscape(h.Number.Raw))
	}
	row("Địa danh", h.Place)
	if h.Date != nil {
		d := h.Date.Raw
		if h.Date.ISO != nil {
			d = *h.Date.ISO + " (" + h.Date.Raw + ")"
		}
		fmt.Fprintf(&b, "- **Ngày:** %s\n", mdEscape(d))
	}
	row("Loại văn bản", h.DocType)
	row("Trích yếu", h.Subject)
	row("Độ khẩn", h.Urgency)
	row("Độ mật", h.Secrecy)
	for _, r := range h.Recipients {
		fmt.Fprintf(&b, "- **Kính gửi:** %s\n", mdEscape(r.Value))
	}
	b.WriteString("\n")
	for _, p := range doc.Preamble {
		fmt.Fprintf(&b, "%s\n\n", mdEscape(p.Text))
	}
	for _, n := range doc.Body {
		writeNode(&b, n, 0)
	}
	if len(doc.Citations) > 0 {
		b.WriteString("## Văn bản được dẫn chiếu\n\n")
		for _, c := range doc.Citations {
			s := c.Type + " số " + c.Number.Raw
			if c.Date != nil && c.Date.ISO != nil {
				s += ", " + *c.Date.ISO
			}
			if c.Issuer != nil {
				s += ", " + c.Issuer.Value
			}
			fmt.Fprintf(&b, "- %s\n", mdEscape(s))
		}
		b.WriteString("\n")
	}
	cl := doc.Closing
	if len(cl.Recipients) > 0 {
		b.WriteString("## Nơi nhận\n\n")
		for _, r := range cl.Recipients {
			fmt.Fprintf(&b, "- %s\n", mdEscape(r.Value))
		}
		b.WriteString("\n")
	}
	if s := cl.Signature; s != nil {
		b.WriteString("## Ký\n\n")
		for _, r := range s.Roles {
			fmt.Fprintf(&b, "%s  \n", mdEscape(r.Value))
		}
		for _, f := range []*Field{s.Title, s.Signed, s.Name} {
			if f != nil {
				fmt.Fprintf(&b, "%s  \n", mdEscape(f.Value))
			}
		}
		b.WriteString("\n")
	}
	return []byte(b.String())
}

func nodeTitle(n *Node) string {
	label := n.Label
	switch n.Kind {
	case KindRoman, KindUpper, KindNumber:
		label += "."
	case KindLetter, KindNumParen:
		label += ")"
	case KindArticle:
		label += "."
	default:
		if strings.HasPrefix(n.Kind, kindNestedPfx) {
			label += "."
		}
	}
	if n.Heading != "" {
		return label + " " + n.Heading
	}
	return label
}

func writeNode(b *strings.Builder, n *Node, depth int) {
	if depth < 4 && !isBullet(n.Kind) {
		paras := n.Paragraphs
		if n.Heading == "" {
			// A numbered part with no heading of its own ("1.1. Tiếp
			// nhận hồ sơ: từ …", its text a sentence): no bare "###
			// 1.1." heading line, the label in bold opens its text.
			first := ""
			if len(paras) > 0 {
				first, paras = " "+mdEscape(paras[0]), paras[1:]
			}
			fmt.Fprintf(b, "**%s**%s\n\n", mdEscape(nodeTitle(n)), first)
		} else {
			fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", depth+2), mdEscape(nodeTitle(n)))
		}
		for _, p := range paras {
			fmt.Fprintf(b, "%s\n\n", mdEscape(p))
		}
		for _, c := range n.Children {
			writeNode(b, c, depth+1)
		}
		return
	}
	writeListItem(b, n, 0)
	if depth < 4 {
		b.WriteString("\n")
	}
}

func writeListItem(b *strings.Builder, n *Node, indent int) {
	pad := strings.Repeat("  ", indent)
	text := strings.Join(n.Paragraphs, " ")
	if isBullet(n.Kind) {
		fmt.Fprintf(b, "%s- %s\n", pad, mdEscape(text))
	} else {
		fmt.Fprintf(b, "%s- %s %s\n", pad, mdEscape(nodeTitle(n)), mdEscape(text))
	}
	for _, c := range n.Children {
		writeListItem(b, c, indent+1)
	}
}

// mdEscape keeps text from being read as Markdown syntax.
func mdEscape(s string) string {
	r := strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "`", "\\`", "#", "\\#", "<", "&lt;", "[", "\\[")
	s = r.Replace(s)
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") {
		s = "\\" + s
	}
	return s
}

// Text renders the document as plain text with paragraphs rebuilt: one
// block per paragraph, heading or list item, separated by blank lines.
func Text(doc *Document) []byte {
	var b strings.Builder
	for i, bl := range doc.Blocks {
		if i > 0 {
			b.WriteString("\n")
			if !(bl.Kind == BlockHeader && doc.Blocks[i-1].Kind == BlockHeader) {
				b.WriteString("\n")
			}
		}
		b.WriteString(bl.Text)
	}
	if len(doc.Blocks) > 0 {
		b.WriteString("\n")
	}
	return []byte(b.String())
}
