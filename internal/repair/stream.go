package repair

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Block is the repair of one run of lines of a stream.
type Block struct {
	Offset int // byte offset of the block in the input
	Line   int // 1-based line the block starts on
	Result
}

// maxLine bounds one line: longer runs without a line break are cut at a
// space, so memory stays bounded whatever the input.
const maxLine = 1 << 16

// Stream reads text from in, repairs it block by block (blockLines lines,
// or fewer at a blank line once the block has some), and calls fn with each
// block in order. Memory is bounded by one block. Offsets and line numbers in
// each block's Changes are those of the whole input.
func (r *Repairer) Stream(ctx context.Context, in io.Reader, fn func(Block) error) error {
	var buf []byte
	offset, line, lines := 0, 1, 0
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := CheckText(buf); err != nil {
			var ee *EncodingError
			if errors.As(err, &ee) {
				ln := line + bytes.Count(buf[:ee.Offset], []byte{'\n'})
				ee.Offset += offset
				return fmt.Errorf("line %d: %w", ln, ee)
			}
			return fmt.Errorf("line %d: %w", line, err)
		}
		res, err := r.repair(ctx, string(buf), !r.opts.TextOnly)
		if err != nil {
			return err
		}
		for i := range res.Changes {
			res.Changes[i].Offset += offset
			res.Changes[i].Line += line - 1
		}
		if err := fn(Block{Offset: offset, Line: line, Result: res}); err != nil {
			return err
		}
		offset += len(buf)
		line += lines
		buf, lines = buf[:0], 0
		return nil
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 4096), 2*maxLine)
	sc.Split(splitLines)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		chunk := sc.Bytes()
		buf = append(buf, chunk...)
		if chunk[len(chunk)-1] == '\n' {
			lines++
			blank := len(bytes.TrimSpace(chunk)) == 0
			if lines >= blockLines || blank && lines >= blockLines/4 {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return flush()
}

// splitLines is a bufio.SplitFunc: lines with their "\n", and runs longer
// than maxLine cut at their last space (or at a rune boundary).
func splitLines(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, data[:i+1], nil
	}
	if len(data) >= maxLine {
		n := bytes.LastIndexByte(data[:maxLine], ' ') + 1
		if n <= 0 {
			n = maxLine
			for n > 1 && !utf8.RuneStart(data[n]) {
				n--
			}
		}
		return n, data[:n], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}
