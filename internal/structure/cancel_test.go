package structure

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// longDirective is a made-up decision with n articles, each a heading, a
// clause citing a decree and a point: about 200 bytes and 4 lines an
// article.
func longDirective(n int) string {
	var b strings.Builder
	b.WriteString("BỘ THỬ NGHIỆM\nSố: 7/QĐ-BTN\nHà Nội, ngày 2 tháng 3 năm 2021\nQUYẾT ĐỊNH\nVề việc thử\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Điều %d. Phạm vi thứ %d\n1. Căn cứ Nghị định số %d/2019/NĐ-CP ngày 4/5/2019 của Chính phủ.\na) Các cơ quan thực hiện theo quy định;\n\n", i, i, i)
	}
	return b.String()
}

// countingCtx is a context whose Err turns to Canceled at its cancelAt-th
// call (never when cancelAt is 0), counting the calls: it tells how often
// and where in the work the parser looks, without timing anything.
type countingCtx struct {
	context.Context
	calls, cancelAt int
}

func (c *countingCtx) Err() error {
	c.calls++
	if c.cancelAt > 0 && c.calls >= c.cancelAt {
		return context.Canceled
	}
	return nil
}

func TestParseContextNoticesCancellationMidway(t *testing.T) {
	text := longDirective(20000) // 80 000 lines, 4 MB
	// Not cancelled: the same document as Parse, and the context asked all
	// along the work, not once at the end.
	full := &countingCtx{Context: context.Background()}
	doc, err := ParseContext(full, text)
	if err != nil {
		t.Fatal(err)
	}
	if got := countNodes(doc.Body); got < 20000 {
		t.Fatalf("parsed %d outline nodes, want the 20000 articles and more", got)
	}
	if full.calls < 500 {
		t.Fatalf("the context was asked %d times over 80 000 lines: cancellation would be noticed late", full.calls)
	}
	// Cancelled as the parse starts on its lines: it stops at once.
	c := &countingCtx{Context: context.Background(), cancelAt: 3}
	doc, err = ParseContext(c, text)
	if !errors.Is(err, context.Canceled) || doc != nil {
		t.Fatalf("cancelled parse returned %v, %v; want nil, context.Canceled", doc != nil, err)
	}
	if c.calls > c.cancelAt+8 {
		t.Errorf("parse went on after noticing the cancellation: %d more looks at the context", c.calls-c.cancelAt)
	}
	// Cancelled halfway through (in the citation scan or the outline): the
	// same.
	half := &countingCtx{Context: context.Background(), cancelAt: full.calls / 2}
	if doc, err := ParseContext(half, text); !errors.Is(err, context.Canceled) || doc != nil {
		t.Fatalf("parse cancelled halfway returned %v, %v", doc != nil, err)
	}
	if half.calls > half.cancelAt+8 {
		t.Errorf("parse cancelled halfway went on: %d more looks at the context", half.calls-half.cancelAt)
	}
}

func TestParseContextAlreadyCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ParseContext(ctx, longDirective(10)); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	if _, err := ParseContext(ctx, longDirective(10)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want context.DeadlineExceeded", err)
	}
}

func countNodes(ns []*Node) int {
	n := len(ns)
	for _, c := range ns {
		n += countNodes(c.Children)
	}
	return n
}
