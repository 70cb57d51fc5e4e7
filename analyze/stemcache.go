package analyze

import (
	"strings"
	"sync"

	"github.com/essaylab/themes/lexicon"
)

// stemCache memoises Snowball stems. The vocabulary of a corpus is small
// next to its length, so most words are stemmed once. It is safe for
// concurrent use; past max entries it stops growing and stems directly.
type stemCache struct {
	m   sync.Map // string → string
	n   sync.Mutex
	len int
	max int
}

func newStemCache(max int) *stemCache { return &stemCache{max: max} }

func (c *stemCache) stem(w string) string {
	if v, ok := c.m.Load(w); ok {
		return v.(string)
	}
	s := lexicon.Stem(w)
	c.n.Lock()
	if c.len < c.max {
		c.len++
		// Clone the key: w may be a slice of a large document.
		k := strings.Clone(w)
		if s == w {
			s = k
		} else {
			s = strings.Clone(s)
		}
		c.m.Store(k, s)
	}
	c.n.Unlock()
	return s
}

// wordCache maps a word as written to its normal form and stem, so that a
// word met again costs one lookup and no allocation.
type wordCache struct {
	m     sync.Map // surface → *wordInfo
	stems *stemCache
	n     sync.Mutex
	len   int
	max   int
}

type wordInfo struct{ norm, stem string }

func newWordCache(max int) *wordCache { return &wordCache{max: max, stems: newStemCache(max)} }

func (c *wordCache) lookup(w string) (norm, stem string) {
	if v, ok := c.m.Load(w); ok {
		wi := v.(*wordInfo)
		return wi.norm, wi.stem
	}
	norm = lexicon.Fold(w)
	stem = c.stems.stem(norm)
	c.n.Lock()
	if c.len < c.max {
		c.len++
		k := strings.Clone(w)
		n := norm
		if n == w {
			n = k
		}
		c.m.Store(k, &wordInfo{norm: n, stem: stem})
	}
	c.n.Unlock()
	return norm, stem
}
