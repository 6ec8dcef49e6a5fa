package ocrchan

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Read reads the JSON lines of `vidoc ocr --format json --alternatives`,
// one page a line, and returns the document's text (the pages' texts
// joined by a blank line) with its words' channels placed on it. A line
// that is not such a page is an error naming it.
func Read(in io.Reader, opts Options) (string, []Placed, error) {
	var text strings.Builder
	var words []Placed
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 1<<28)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var p Page
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			return "", nil, fmt.Errorf("line %d: not a page of vidoc's OCR JSON: %w", line, err)
		}
		if p.Error != "" {
			continue // a page that could not be read holds nothing
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		for _, w := range Channels(p, opts) {
			w.Start += text.Len()
			w.End += text.Len()
			words = append(words, w)
		}
		text.WriteString(p.Text)
	}
	if err := sc.Err(); err != nil {
		return "", nil, err
	}
	return text.String(), words, nil
}
