package numbers

import "sync"

// tokPool recycles token buffers between calls of Find, which would
// otherwise grow a fresh slice for every document.
var tokPool = sync.Pool{New: func() any { return new([]tok) }}

// getToks returns an empty token buffer from the pool.
func getToks() *[]tok { return tokPool.Get().(*[]tok) }

// putToks clears buf (its tokens point into the caller's text) and
// returns it to the pool.
func putToks(buf *[]tok, toks []tok) {
	clear(toks[:cap(toks)])
	*buf = toks[:0]
	tokPool.Put(buf)
}
