package wordcache

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestCache(t *testing.T) {
	c := New[int](1000)
	for i := 0; i < 500; i++ {
		c.Put("w"+strconv.Itoa(i), i)
	}
	for i := 0; i < 500; i++ {
		if v, ok := c.Get("w" + strconv.Itoa(i)); !ok || v != i {
			t.Fatalf("w%d: %d %v", i, v, ok)
		}
	}
	if _, ok := c.Get("missing"); ok {
		t.Error("found a missing word")
	}
	for i := 0; i < 1000; i++ {
		c.Put("x"+strconv.Itoa(i), i)
	}
	if n := c.Len(); n != 1000 {
		t.Errorf("Len = %d, want the capacity 1000", n)
	}
}

func TestConcurrent(t *testing.T) {
	c := New[string](1 << 16)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				w := fmt.Sprint("word", i%3000)
				if v, ok := c.Get(w); ok {
					if v != w {
						t.Errorf("%s → %s", w, v)
						return
					}
					continue
				}
				c.Put(w, w)
			}
		}()
	}
	wg.Wait()
	if c.Len() != 3000 {
		t.Errorf("Len = %d", c.Len())
	}
}

func BenchmarkGet(b *testing.B) {
	c := New[int](1 << 16)
	words := make([]string, 20000)
	for i := range words {
		words[i] = "word" + strconv.Itoa(i)
		c.Put(words[i], i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Get(words[i%len(words)])
	}
}

// BenchmarkGetZipf looks up words with the skewed frequencies of prose: a
// few words very often, most rarely.
func BenchmarkGetZipf(b *testing.B) {
	c := New[int](1 << 18)
	vocab := make([]string, 30000)
	for i := range vocab {
		vocab[i] = strings.Repeat(string(rune('a'+i%26)), 1+i%9) + strconv.Itoa(i)
		c.Put(vocab[i], i)
	}
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.1, 1, uint64(len(vocab)-1))
	seq := make([]string, 1<<16)
	for i := range seq {
		seq[i] = vocab[z.Uint64()]
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Get(seq[i&(len(seq)-1)])
	}
}

// TestSimilarKeys checks that keys which share their first or last bytes,
// at every length around the hash's load widths, never meet.
func TestSimilarKeys(t *testing.T) {
	c := New[string](1 << 16)
	var keys []string
	for n := 0; n <= 34; n++ {
		for _, fill := range []string{"a", "b"} {
			for pos := -1; pos < n; pos++ {
				k := []byte(strings.Repeat(fill, n))
				if pos >= 0 {
					k[pos] = 'z'
				}
				keys = append(keys, string(k))
			}
		}
	}
	for _, k := range keys {
		c.Put(k, k)
	}
	for _, k := range keys {
		if v, ok := c.Get(k); !ok || v != k {
			t.Fatalf("Get(%q) = %q, %v", k, v, ok)
		}
	}
	if _, ok := c.Get("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"); ok {
		t.Error("found a missing key")
	}
}
