package structure

import "context"

// canceller lets the parser's loops over long input notice a cancelled
// context (Ctrl-C during `vidoc parse` of a large file) while they run,
// not only when the parse ends. It asks the context once every checkEvery
// steps: ctx.Err takes a lock, and a step is a line or a block.
type canceller struct {
	ctx context.Context
	n   int
	err error
}

const checkEvery = 256

// stopped reports whether the parse should stop; once it has said so it
// keeps saying so, and err holds the context's error. A nil canceller never
// stops.
func (c *canceller) stopped() bool {
	if c == nil {
		return false
	}
	if c.err != nil {
		return true
	}
	c.n++
	if c.n%checkEvery != 0 {
		return false
	}
	c.err = c.ctx.Err()
	return c.err != nil
}
