package wordcache

import (
	"fmt"
	"strconv"
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
