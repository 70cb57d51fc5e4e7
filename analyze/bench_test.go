package analyze_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/internal/fixtures"
)

// benchText returns English prose of n bytes, built from the test essays
// in testdata/essays.
func benchText(b *testing.B, n int) string {
	b.Helper()
	text, err := fixtures.Prose("../testdata", n)
	if err != nil {
		b.Fatal(err)
	}
	return text
}

// benchSizes are the text sizes of the benchmarks: one essay, then
// corpus-like amounts.
var benchSizes = []struct {
	name string
	n    int
}{{"essay", 4500}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

// mallocs returns the number of heap allocations so far.
func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

// BenchmarkSegment measures the text model: paragraphs, sentences,
// tokens, norms and stems. allocs/token is reported beside allocs/op.
func BenchmarkSegment(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			s := segmenter(b)
			tokens := float64(len(s.Segment(text).Tokens))
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			before := mallocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s.Segment(text)
			}
			b.StopTimer()
			b.ReportMetric(tokens, "tokens/op")
			b.ReportMetric(float64(mallocs()-before)/float64(b.N)/tokens, "allocs/token")
		})
	}
}

// BenchmarkSegmentRecycle measures the text model as a corpus pipeline
// runs it: each text's token and sentence buffers are handed back
// (Segmenter.Recycle) for the next text, so the collector neither clears
// nor scans a fresh token slice per call.
func BenchmarkSegmentRecycle(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			s := segmenter(b)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s.Recycle(s.Segment(text))
			}
		})
	}
}

// BenchmarkAnalyze measures a whole document analysis with the default
// lexicon: segmentation, matching, evidence, paragraphs and arc. It
// reports MB/s, to compare with BenchmarkSegment on the same text (the
// cost of matching), and ns/word and allocs/word beside the usual
// figures.
func BenchmarkAnalyze(b *testing.B) {
	a, err := analyze.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			d, err := a.AnalyzeString(context.Background(), text)
			if err != nil {
				b.Fatal(err)
			}
			words := float64(d.Words)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			before := mallocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := a.AnalyzeString(context.Background(), text); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/words, "ns/word")
			b.ReportMetric(float64(mallocs()-before)/float64(b.N)/words, "allocs/word")
		})
	}
}

// BenchmarkAnalyzeRecycle is BenchmarkAnalyze as a corpus pipeline runs
// it: each document's token buffers are handed back when it is done
// (Analyzer.Recycle).
func BenchmarkAnalyzeRecycle(b *testing.B) {
	a, err := analyze.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range benchSizes[:2] {
		b.Run(size.name, func(b *testing.B) {
			text := benchText(b, size.n)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				d, err := a.AnalyzeString(context.Background(), text)
				if err != nil {
					b.Fatal(err)
				}
				a.Recycle(d)
			}
		})
	}
}

// BenchmarkAnalyzeContext is the cost of the context model on short
// passages in which the lexicon finds nothing, the only documents it
// reads: with the default model and without it (WithContextModel(nil)).
func BenchmarkAnalyzeContext(b *testing.B) {
	const text = "My phone has not made a sound since Tuesday. I checked twice that it was still on before I went to bed, and again when I woke up at four."
	for _, bc := range []struct {
		name string
		opts []analyze.Option
	}{{"model", nil}, {"none", []analyze.Option{analyze.WithContextModel(nil)}}} {
		b.Run(bc.name, func(b *testing.B) {
			a, err := analyze.New(bc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			d, err := a.AnalyzeString(context.Background(), text)
			if err != nil {
				b.Fatal(err)
			}
			if d.DominantBy == analyze.ByLexicon {
				b.Fatalf("the lexicon found evidence: %+v", d.Evidence)
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				d, _ := a.AnalyzeString(context.Background(), text)
				a.Recycle(d)
			}
		})
	}
}
