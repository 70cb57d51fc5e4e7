package textmodel_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/essaylab/themes/internal/fixtures"
	"github.com/essaylab/themes/textmodel"
)

// proseWords returns the first n words of the test essays, lower case and
// without surrounding punctuation, and the number of bytes of prose they
// were taken from.
func proseWords(b *testing.B, n int) ([]string, int) {
	b.Helper()
	for size := 8 * n; ; size *= 2 {
		text, err := fixtures.Prose("../testdata", size)
		if err != nil {
			b.Fatal(err)
		}
		words := make([]string, 0, n)
		end := 0
		rest := text
		for len(words) < n {
			start := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsSpace(r) })
			if start < 0 {
				break
			}
			rest = rest[start:]
			stop := strings.IndexFunc(rest, unicode.IsSpace)
			if stop < 0 {
				break // the last field may be cut short
			}
			field := rest[:stop]
			rest = rest[stop:]
			end = len(text) - len(rest)
			w := strings.TrimFunc(strings.ToLower(field), func(r rune) bool {
				return unicode.IsPunct(r) && r != '\'' || unicode.IsSymbol(r)
			})
			if w != "" {
				words = append(words, w)
			}
		}
		if len(words) == n {
			return words, end
		}
	}
}

// BenchmarkPredict measures Predict with the default model on documents
// of three sizes: a passage, an essay and a long document.
func BenchmarkPredict(b *testing.B) {
	m, err := textmodel.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name  string
		words int
	}{{"passage-60", 60}, {"essay-1500", 1500}, {"document-15000", 15000}} {
		b.Run(size.name, func(b *testing.B) {
			words, n := proseWords(b, size.words)
			if p := m.Predict(words); p.Known == 0 {
				b.Fatalf("no word of the prose is known to the default model")
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				m.Predict(words)
			}
		})
	}
}

// BenchmarkParseDefault measures reading the embedded default model.
func BenchmarkParseDefault(b *testing.B) {
	data, err := os.ReadFile("themes.nb")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := textmodel.Parse(bytes.NewReader(data), textmodel.DefaultFile); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTrain measures training on 2,000 documents of 60 words, each
// a run of the test essays' words chosen by a seeded generator, in the
// default model's five classes.
func BenchmarkTrain(b *testing.B) {
	const docs, length = 2000, 60
	words, _ := proseWords(b, 3000)
	classes := []string{"reciprocity", "rejection", "anomie", "isolation", "none"}
	rng := rand.New(rand.NewPCG(1, 2))
	ex := make([]textmodel.Example, docs)
	for i := range ex {
		start := rng.IntN(len(words) - length)
		ex[i] = textmodel.Example{Class: classes[i%len(classes)], Words: words[start : start+length]}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := textmodel.Train(classes, ex, 0.5, 2); err != nil {
			b.Fatal(err)
		}
	}
}
