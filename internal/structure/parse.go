package structure

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"
)

// ErrBinary is returned by ParseBytes for input that is not text.
var ErrBinary = errors.New("input is not text (binary data)")

// ParseBytes parses text given as bytes, refusing data that is plainly not
// text (NUL bytes, mostly invalid UTF-8).
func ParseBytes(data []byte) (*Document, error) {
	if looksBinary(data) {
		return nil, ErrBinary
	}
	return Parse(string(data)), nil
}

func looksBinary(data []byte) bool {
	probe := data
	if len(probe) > 8192 {
		probe = probe[:8192]
	}
	if bytes.IndexByte(probe, 0) >= 0 {
		return true
	}
	bad := 0
	for len(probe) > 0 {
		r, n := utf8.DecodeRune(probe)
		if r == utf8.RuneError && n <= 1 && len(probe) >= utf8.UTFMax {
			bad++
		}
		probe = probe[n:]
	}
	return bad*20 > min(len(data), 8192)
}

// Parse reads a clean or repaired document. It never fails: what it cannot
// find is left nil.
func Parse(text string) *Document {
	doc, _ := ParseContext(context.Background(), text)
	return doc
}

// ParseContext is Parse that stops when ctx is cancelled: its loops over
// lines and blocks look at ctx as they go, so a long input is given up
// within moments, and the error is ctx's (the document is then nil).
func ParseContext(ctx context.Context, text string) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c := &canceller{ctx: ctx}
	lines, dropped := splitLines(text, c)
	if c.stopped() {
		return nil, c.err
	}
	doc := &Document{
		SchemaVersion: SchemaVersion,
		Preamble:      []Block{},
		Body:          []*Node{},
		Citations:     []Citation{},
		Blocks:        []Block{},
		Dropped:       dropped,
		Warnings:      []string{},
	}
	if doc.Dropped == nil {
		doc.Dropped = []int{}
	}
	lay := measureLayout(lines)
	header, hblocks, skipped, bodyStart := parseHeader(lines)
	doc.Dropped = append(doc.Dropped, skipped...)
	doc.Header = header
	if header.Recipients == nil {
		doc.Header.Recipients = []Field{}
	}
	doc.Blocks = append(doc.Blocks, hblocks...)
	closingStart, closingEnd := findClosing(lines, bodyStart, c)

	raw := buildBlocks(lines, bodyStart, closingStart, lay, c)
	var tb treeBuilder
	inBody := false
	addBlocks := func(raw []rawBlock) {
		for _, b := range raw {
			if c.stopped() {
				return
			}
			kind := blockKind(b)
			if b.marker == nil && isEnactmentLine(b.text) {
				kind = BlockHeading
			}
			doc.Blocks = append(doc.Blocks, Block{Kind: kind, Text: b.text, Span: b.span})
			if b.marker != nil {
				inBody = true
				tb.add(b)
				continue
			}
			if !inBody || !tb.addParagraph(b) {
				k := BlockPreamble
				if kind == BlockHeading {
					k = BlockHeading
				}
				doc.Preamble = append(doc.Preamble, Block{Kind: k, Text: b.text, Span: b.span})
			}
		}
	}
	addBlocks(raw)
	if c.stopped() {
		return nil, c.err
	}

	closing, cblocks, skipped := parseClosing(lines, closingStart, closingEnd)
	doc.Dropped = append(doc.Dropped, skipped...)
	slices.Sort(doc.Dropped)
	doc.Closing = closing
	doc.Blocks = append(doc.Blocks, cblocks...)
	if closingEnd < len(lines) {
		if hasAnnex(lines, closingEnd) {
			annex := buildBlocks(lines, closingEnd, len(lines), lay, c)
			k := 0
			var label, heading string
			var paras []string
			sp := Span{}
			for k < len(annex) && annex[k].marker == nil {
				b := annex[k]
				if sp.Start == 0 {
					sp.Start = b.span.Start
				}
				sp.End = b.span.End
				doc.Blocks = append(doc.Blocks, Block{Kind: blockKind(b), Text: b.text, Span: b.span})
				switch {
				case label == "" && isUpperLine(b.text):
					label = b.text
					for n := 4; n >= 1; n-- {
						head := firstWords(b.text, n)
						if _, conf, ok := matchDocType(head); ok && conf >= confPattern && head != b.text {
							label, heading = head, strings.TrimSpace(strings.TrimPrefix(b.text, head))
							break
						}
					}
				case heading == "" && isUpperLine(b.text):
					heading = b.text
				default:
					paras = append(paras, b.text)
				}
				k++
			}
			if label == "" {
				label = "Phụ lục"
			}
			tb.addAnnex(label, heading, paras, sp)
			inBody = true
			addBlocks(annex[k:])
			raw = append(raw, annex...)
		} else {
			for _, l := range lines[closingEnd:] {
				if l.text != "" {
					doc.Closing.TrailingMarks = append(doc.Closing.TrailingMarks, *field(l.text, l, confInferred))
				}
			}
		}
	}
	doc.Body = tb.roots
	if doc.Body == nil {
		doc.Body = []*Node{}
	}

	cf := citeFinder{}
	if header.Number != nil {
		cf.skip = fold(header.Number.Raw)
	}
	if header.Title != nil {
		cf.scan(header.Title.Value, header.Title.Span)
	}
	if header.Subject != nil {
		cf.scan(header.Subject.Value, header.Subject.Span)
	}
	for _, b := range raw {
		if c.stopped() {
			return nil, c.err
		}
		cf.scan(b.text, b.span)
	}
	doc.Citations = cf.list
	if doc.Citations == nil {
		doc.Citations = []Citation{}
	}
	checkDateAgainstCitations(doc)

	if header.DocType == nil && header.Number == nil && header.Date == nil && header.IssuingBody == nil {
		doc.Warnings = append(doc.Warnings, "no header found")
	}
	if strings.TrimSpace(text) == "" {
		doc.Warnings = append(doc.Warnings, "empty input")
	}
	if c.stopped() {
		return nil, c.err
	}
	return doc, nil
}

// firstWords returns the first n words of s, reading no further than
// needed (s may be a whole 10 MB line).
func firstWords(s string, n int) string {
	var words []string
	i := 0
	for len(words) < n {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n') {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' {
			j++
		}
		words = append(words, s[i:j])
		i = j
	}
	return strings.Join(words, " ")
}
