package eval

import "fmt"

// MaxAlignCells bounds the alignment Compare makes: it keeps a 2-bit move
// for each of the truth's tokens × the hypothesis's (editdist.Align), so
// 2^30 cells take 256 MB, 32,768 tokens a side. Past that the Go runtime
// dies out of memory, which no caller can recover from.
const MaxAlignCells = 1 << 30

// TooLongError says two texts are too long to be aligned at once.
type TooLongError struct{ Truth, Hyp int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("%d truth tokens × %d hypothesis tokens are over the %d cells the alignment holds in memory: score the document in parts (a file per page, in two folders)",
		e.Truth, e.Hyp, MaxAlignCells)
}

// CheckSize returns a *TooLongError when Compare(truth, hyp) would need an
// alignment over MaxAlignCells, before any of it is allocated.
func CheckSize(truth, hyp string) error {
	t, h := len(Tokens(truth)), len(Tokens(hyp))
	if int64(t+1)*int64(h+1) > MaxAlignCells {
		return &TooLongError{Truth: t, Hyp: h}
	}
	return nil
}
