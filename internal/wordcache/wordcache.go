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
	"math/bits"
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
	seed  uint64 // random, per cache
	mask  uint64
	slots []slot[V]
	n     int
}

type slot[V any] struct {
	hash uint64 // 0 marks an empty slot
	// a and b are the loads hash made of a key of up to 16 bytes, which
	// with its length spell the key: comparing them spares reading the
	// key's bytes elsewhere in memory.
	a, b uint64
	key  string
	val  V
}

// New returns an empty cache that holds at most max words.
func New[V any](max int) *Cache[V] {
	c := &Cache[V]{pending: map[string]V{}, max: max}
	seed := maphash.Comparable(maphash.MakeSeed(), 0) | 1
	c.tab.Store(&table[V]{seed: seed, slots: make([]slot[V], 1)})
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
		h, a, b := hash(k, t.seed)
		nt.insert(slot[V]{hash: h | 1, a: a, b: b, key: k, val: v})
	}
	c.pending = map[string]V{}
	c.tab.Store(nt)
}

func (t *table[V]) get(w string) (V, bool) {
	h, a, b := hash(w, t.seed)
	h |= 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.hash == h && len(s.key) == len(w) && s.a == a && s.b == b && (len(w) <= 16 || s.key == w) {
			return s.val, true
		}
		if s.hash == 0 {
			var zero V
			return zero, false
		}
	}
}

// hash is a seeded 64-bit hash of s after wyhash (Wang Yi, public
// domain): words are short, and for up to 16 bytes it costs two loads
// and two multiplications, where hash/maphash takes a call through the
// runtime. The seed is random per cache, so inputs cannot be chosen to
// collide. It also returns the two words it loaded last: for a string of
// up to 16 bytes they hold all its bytes, so that with the length they
// tell it from any other.
func hash(s string, seed uint64) (h, a, b uint64) {
	const (
		p0 = 0xa0761d6478bd642f
		p1 = 0xe7037ed1a0b428db
	)
	n := len(s)
	switch {
	case n > 16:
		for r := s; len(r) > 16; r = r[16:] {
			seed = mix(le64(r)^p1, le64(r[8:])^seed)
		}
		// The last 16 bytes, overlapping what was mixed.
		a, b = le64(s[n-16:]), le64(s[n-8:])
	case n >= 8:
		a, b = le64(s), le64(s[n-8:])
	case n >= 4:
		a, b = uint64(le32(s)), uint64(le32(s[n-4:]))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n>>1])<<8 | uint64(s[n-1])
	}
	return mix(p0^uint64(n), mix(a^p1, b^seed)), a, b
}

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
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
