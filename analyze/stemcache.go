package analyze

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/essaylab/themes/lexicon"
)

// wordInfo is the normal form and stem of a word, shared by every token
// of that word.
type wordInfo struct{ norm, stem string }

// words memoises the normal forms and stems of words: by surface form
// (bySurface) and by normal form (byNorm), so that a word met again costs
// one lookup and no allocation, and every token of a word points at one
// wordInfo.
type words struct {
	bySurface, byNorm *cache
}

func newWords(max int) *words { return &words{newCache(max), newCache(max)} }

// surface returns the info of a word as written.
func (w *words) surface(s string) *wordInfo {
	if v := w.bySurface.get(s); v != nil {
		return v
	}
	v := w.norm(lexicon.Fold(s))
	w.bySurface.put(s, v)
	return v
}

// norm returns the info of a folded word.
func (w *words) norm(n string) *wordInfo {
	if v := w.byNorm.get(n); v != nil {
		return v
	}
	v := &wordInfo{norm: strings.Clone(n)}
	v.stem = lexicon.Stem(v.norm)
	if v.stem == n {
		v.stem = v.norm
	}
	w.byNorm.put(n, v)
	return v
}

// cache is a concurrent map from words to wordInfo tuned for a read-mostly
// load: the vocabulary of a corpus is small next to its length. Readers
// probe an immutable open-addressing table without locks; new words wait
// in a small locked map and are folded into a fresh table in batches.
// Past max entries it stops growing and callers compute directly.
type cache struct {
	tab     atomic.Pointer[table]
	mu      sync.Mutex
	pending map[string]*wordInfo
	max     int
}

type table struct {
	seed  maphash.Seed
	mask  uint64
	slots []slot
	n     int
}

type slot struct {
	hash uint64
	key  string
	val  *wordInfo
}

func newCache(max int) *cache {
	c := &cache{pending: map[string]*wordInfo{}, max: max}
	c.tab.Store(&table{seed: maphash.MakeSeed(), mask: 0, slots: make([]slot, 1)})
	return c
}

func (c *cache) get(w string) *wordInfo {
	t := c.tab.Load()
	h := maphash.String(t.seed, w) | 1 // 0 marks an empty slot
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.hash == 0 {
			break
		}
		if s.hash == h && s.key == w {
			return s.val
		}
	}
	c.mu.Lock()
	v := c.pending[w]
	c.mu.Unlock()
	return v
}

// put records a new word. Keys are cloned: w may be a slice of a large
// document that must not stay pinned in memory.
func (c *cache) put(w string, v *wordInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.tab.Load()
	if t.n+len(c.pending) >= c.max {
		return
	}
	k := w
	if k != v.norm {
		k = strings.Clone(w)
	} else {
		k = v.norm
	}
	c.pending[k] = v
	if len(c.pending) < 64 && len(c.pending)*8 < t.n {
		return
	}
	// Rebuild with the pending words, at most half full.
	n := t.n + len(c.pending)
	size := 1
	for size < 2*n {
		size <<= 1
	}
	nt := &table{seed: t.seed, mask: uint64(size - 1), slots: make([]slot, size), n: n}
	insert := func(s slot) {
		for i := s.hash & nt.mask; ; i = (i + 1) & nt.mask {
			if nt.slots[i].hash == 0 {
				nt.slots[i] = s
				return
			}
		}
	}
	for _, s := range t.slots {
		if s.hash != 0 {
			insert(s)
		}
	}
	for k, v := range c.pending {
		insert(slot{hash: maphash.String(t.seed, k) | 1, key: k, val: v})
	}
	c.pending = map[string]*wordInfo{}
	c.tab.Store(nt)
}
