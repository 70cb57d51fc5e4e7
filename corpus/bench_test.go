package corpus_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/essaylab/themes/corpus"
)

const benchProse = "The afternoon light fell across the desk, and for a while nothing needed to be written. "

// drain reads every document of paths and returns the bytes of text.
func drain(b *testing.B, paths []string) int64 {
	var n int64
	r := corpus.NewReader(paths, corpus.Options{Warn: func(w corpus.Warning) { b.Fatal(w) }})
	for d, err := range r.All() {
		if err != nil {
			b.Fatal(err)
		}
		n += int64(len(d.Text))
	}
	return n
}

func BenchmarkJSONL10MB(b *testing.B) {
	p := filepath.Join(b.TempDir(), "posts.jsonl")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	text := strings.Repeat(benchProse, 12)
	size := 0
	for i := 0; size < 10<<20; i++ {
		n, _ := fmt.Fprintf(w, `{"id":"post-%d","title":"Post %d","tags":["a","b"],"text":%q}`+"\n", i, i, text)
		size += n
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		drain(b, []string{p})
	}
}

func BenchmarkMarkdownFolder(b *testing.B) {
	dir := b.TempDir()
	size := 0
	for i := range 500 {
		var sb strings.Builder
		fmt.Fprintf(&sb, "---\ntitle: Essay %d\ndate: 2024-01-%02d\ntags: [light, desks]\n---\n# Essay %d\n\n", i, i%28+1, i)
		for j := range 10 {
			fmt.Fprintf(&sb, "%s See [note %d](https://example.com/%d) and `code`.\n\n", strings.Repeat(benchProse, 2), j, j)
		}
		sb.WriteString("```\nfenced code\n```\n")
		p := filepath.Join(dir, fmt.Sprintf("section%d", i%10), fmt.Sprintf("essay%03d.md", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		size += sb.Len()
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		drain(b, []string{dir})
	}
}
