package repair

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/vidoc/vidoc/internal/ocrchan"
	"github.com/vidoc/vidoc/internal/ordered"
	"github.com/vidoc/vidoc/internal/textenc"
)

// Block is the repair of one run of lines of a stream.
type Block struct {
	Offset int // byte offset of the block in the input
	Line   int // 1-based line the block starts on
	Result
}

// maxLine bounds one line: longer runs without a line break are cut at a
// space (else between letters). maxBlock ends a block early: the decoder's
// lattice grows with the block (about 4 KB per byte of short words), so
// blocks bounded in bytes as well as in lines keep memory flat whatever the
// input. Lines of real documents (a paragraph to a line, ~1 KB) and blocks
// of them stay whole.
const (
	maxLine  = 8 << 10
	maxBlock = 16 << 10
)

// Stream reads text from in, repairs it block by block (blockLines lines,
// or fewer at a blank line once the block has some), and calls fn with each
// block in order. Offsets and line numbers in each block's Changes are those
// of the whole input.
//
// With Options.Workers above 1, that many blocks are repaired at once and
// still handed to fn in input order; memory is bounded by about Workers+1
// blocks whatever the input's size. The first error in input order (bad
// encoding, cancellation, fn's own) stops the stream.
func (r *Repairer) Stream(ctx context.Context, in io.Reader, fn func(Block) error) error {
	return r.stream(ctx, in, nil, fn)
}

// StreamWords is Stream over text the OCR printed, listening to the OCR's
// channel of its words (sorted by Start, spans in text) as RepairWords
// does. The blocks are Stream's: without words, the output is Stream's.
func (r *Repairer) StreamWords(ctx context.Context, text string, words []ocrchan.Placed, fn func(Block) error) error {
	if err := checkWords(text, words); err != nil {
		return err
	}
	return r.stream(ctx, strings.NewReader(text), words, fn)
}

func (r *Repairer) stream(ctx context.Context, in io.Reader, words []ocrchan.Placed, fn func(Block) error) error {
	workers := max(r.opts.Workers, 1)
	type block struct {
		text         []byte
		offset, line int
		words        []ocrchan.Placed
	}
	return ordered.Run(ctx, ordered.Options{Workers: workers, Window: workers},
		func(ctx context.Context, put func(block) error) error {
			return readBlocks(ctx, in, func(text []byte, offset, line int) error {
				var bw []ocrchan.Placed
				bw, words = wordsIn(words, offset, offset+len(text))
				return put(block{text, offset, line, bw})
			})
		},
		func(ctx context.Context, _ int, b block) (blockResult, error) {
			return r.repairStreamBlock(ctx, b.text, b.offset, b.line, b.words), nil
		},
		func(res blockResult) error {
			if res.err != nil {
				return res.err
			}
			return fn(res.block)
		})
}

type blockResult struct {
	block Block
	err   error
}

// repairStreamBlock checks and repairs the block text that starts at byte
// offset and on line of the input; words are the OCR's channels of its
// words, relative to the block.
func (r *Repairer) repairStreamBlock(ctx context.Context, text []byte, offset, line int, words []ocrchan.Placed) blockResult {
	if err := textenc.Check(text); err != nil {
		var ee *textenc.NotUTF8Error
		if errors.As(err, &ee) {
			// Where in the whole input, not in the block.
			ee.Offset += offset
			ee.Line += line - 1
			return blockResult{err: ee}
		}
		return blockResult{err: fmt.Errorf("line %d: %w", line, err)}
	}
	res, err := r.repair(ctx, string(text), !r.opts.TextOnly, words)
	if err != nil {
		return blockResult{err: err}
	}
	for i := range res.Changes {
		res.Changes[i].Offset += offset
		res.Changes[i].Line += line - 1
	}
	return blockResult{block: Block{Offset: offset, Line: line, Result: res}}
}

// readBlocks cuts in into blocks of lines and calls emit with each: its
// text (a fresh copy), byte offset and first line.
func readBlocks(ctx context.Context, in io.Reader, emit func(text []byte, offset, line int) error) error {
	var buf []byte
	offset, line, lines := 0, 1, 0
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := emit(buf, offset, line); err != nil {
			return err
		}
		offset += len(buf)
		line += lines
		buf, lines = nil, 0
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
		full := len(buf) >= maxBlock
		if chunk[len(chunk)-1] == '\n' {
			lines++
			blank := len(bytes.TrimSpace(chunk)) == 0
			full = full || lines >= blockLines || blank && lines >= blockLines/4
		}
		if full {
			if err := flush(); err != nil {
				return err
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
			n = runeCut(data[:maxLine])
		}
		return n, data[:n], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// runeCut returns where to cut b so that no UTF-8 sequence is split: before
// an incomplete sequence at its end, else at its end (bytes that are not
// UTF-8 are cut anywhere; Check reports them).
func runeCut(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if i > 0 && !utf8.FullRune(b[i:]) {
				return i
			}
			break
		}
	}
	return len(b)
}
