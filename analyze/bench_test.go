package analyze_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
)

// benchText returns English prose of about n bytes, built from the test
// essays in testdata/essays.
func benchText(b *testing.B, n int) string {
	b.Helper()
	files, _ := filepath.Glob("../testdata/essays/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	one := sb.String()
	if n <= len(one) {
		return one[:n]
	}
	return strings.Repeat(one, n/len(one)+1)[:n]
}

// BenchmarkSegment measures the text model: paragraphs, sentences,
// tokens, norms and stems. allocs/token is reported beside allocs/op.
func BenchmarkSegment(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
	}{{"essay", 4500}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			s := segmenter(b)
			tokens := len(s.Segment(text).Tokens)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s.Segment(text)
			}
			b.StopTimer()
			b.ReportMetric(float64(tokens), "tokens/op")
		})
	}
}

// BenchmarkAnalyze measures a whole document analysis with the default
// lexicon: segmentation, matching, evidence, paragraphs and arc. It
// reports ns/word and allocs/word beside the usual figures.
func BenchmarkAnalyze(b *testing.B) {
	a, err := analyze.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"essay", 4500}, {"1MB", 1 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			d, err := a.AnalyzeString(context.Background(), text)
			if err != nil {
				b.Fatal(err)
			}
			words := float64(d.Words)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			mallocs := ms.Mallocs
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := a.AnalyzeString(context.Background(), text); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/words, "ns/word")
			b.ReportMetric(float64(ms.Mallocs-mallocs)/float64(b.N)/words, "allocs/word")
		})
	}
}
