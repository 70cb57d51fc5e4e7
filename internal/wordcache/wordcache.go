// Package wordcache holds a concurrent map from words to values, tuned for
// the way a corpus uses its vocabulary: a few tens of thousands of words
// looked up millions of times.
//
// Readers probe an immutable open-addressing table without locks; new
// words wait in a small locked map and are folded into a fresh table in
// batches, so the cost of growing is linear in the vocabulary. Past its
// capacity the cache stops growing and callers compute values directly.
package wordcache

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
)

// Cache maps words to values of type V. The zero value is not usable; call
// New. A Cache is safe for concurrent use.
type Cache[V any] struct {
	tab     atomic.Pointer[table[V]]
	mu      sync.Mutex
	pending map[string]V
	max     int
}

type table[V any] struct {
	seed  maphash.Seed
	mask  uint64
	slots []slot[V]
	n     int
}

type slot[V any] struct {
	hash uint64 // 0 marks an empty slot
	key  string
	val  V
}

// New returns an empty cache that holds at most max words.
func New[V any](max int) *Cache[V] {
	c := &Cache[V]{pending: map[string]V{}, max: max}
	c.tab.Store(&table[V]{seed: maphash.MakeSeed(), slots: make([]slot[V], 1)})
	return c
}

// Get returns the value of w and whether it is cached.
func (c *Cache[V]) Get(w string) (V, bool) {
	if v, ok := c.tab.Load().get(w); ok {
		return v, true
	}
	c.mu.Lock()
	v, ok := c.pending[w]
	c.mu.Unlock()
	return v, ok
}

// Put records the value of w. The key is copied, so w may be a slice of a
// large text that must not stay pinned in memory.
func (c *Cache[V]) Put(w string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.tab.Load()
	if t.n+len(c.pending) >= c.max {
		return
	}
	if _, ok := c.pending[w]; ok {
		return
	}
	if _, ok := t.get(w); ok {
		return // another goroutine put it meanwhile
	}
	c.pending[strings.Clone(w)] = v
	if len(c.pending) < max(64, t.n/4) {
		return
	}
	// Rebuild with the pending words, at most half full.
	n := t.n + len(c.pending)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	nt := &table[V]{seed: t.seed, mask: uint64(size - 1), slots: make([]slot[V], size), n: n}
	for _, s := range t.slots {
		if s.hash != 0 {
			nt.insert(s)
		}
	}
	for k, v := range c.pending {
		nt.insert(slot[V]{hash: maphash.String(t.seed, k) | 1, key: k, val: v})
	}
	c.pending = map[string]V{}
	c.tab.Store(nt)
}

func (t *table[V]) get(w string) (V, bool) {
	h := maphash.String(t.seed, w) | 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.hash == 0 {
			var zero V
			return zero, false
		}
		if s.hash == h && s.key == w {
			return s.val, true
		}
	}
}

func (t *table[V]) insert(s slot[V]) {
	for i := s.hash & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].hash == 0 {
			t.slots[i] = s
			return
		}
	}
}

// Len returns the number of words cached.
func (c *Cache[V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.tab.Load().n + len(c.pending)
}
