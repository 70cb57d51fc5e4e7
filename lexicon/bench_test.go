package lexicon_test

import (
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/internal/fixtures"
	"github.com/essaylab/themes/lexicon"
)

// benchSentences segments about n bytes of the test essays and returns
// their sentences as the matcher sees them, with each word's Roots when
// roots is set (as package analyze passes them), and the text's length.
func benchSentences(b *testing.B, l *lexicon.Lexicon, n int, roots bool) ([][]lexicon.Token, int) {
	b.Helper()
	text, err := fixtures.Prose("../testdata", n)
	if err != nil {
		b.Fatal(err)
	}
	tx := segmenter(b).Segment(text)
	out := make([][]lexicon.Token, len(tx.Sentences))
	for si := range tx.Sentences {
		toks := tx.SentenceTokens(si)
		lt := make([]lexicon.Token, len(toks))
		for i, tok := range toks {
			lt[i] = lexicon.Token{Norm: tok.Norm(), Stem: tok.Stem(), Word: tok.Kind == analyze.Word}
			if roots && lt[i].Word {
				lt[i].Roots = l.Roots(&lt[i], true)
			}
		}
		out[si] = lt
	}
	return out, len(text)
}

// BenchmarkMatch measures matching the default lexicon against segmented
// text, sentence by sentence: with the words' Roots given (as package
// analyze does) and without (the matcher looks each word up).
func BenchmarkMatch(b *testing.B) {
	l, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"essay", 4500}, {"1MB", 1 << 20}} {
		for _, roots := range []bool{true, false} {
			name := size.name + "/roots"
			if !roots {
				name = size.name + "/lookup"
			}
			b.Run(name, func(b *testing.B) {
				sents, n := benchSentences(b, l, size.n, roots)
				var dst []lexicon.Match
				b.SetBytes(int64(n))
				b.ReportAllocs()
				for b.Loop() {
					for _, s := range sents {
						dst = l.Match(dst[:0], s, lexicon.DefaultNegationWindow)
					}
				}
			})
		}
	}
}

// BenchmarkMatchRoots measures matching alone, as package analyze runs
// it: the Roots of every token, words and others, are found beforehand.
func BenchmarkMatchRoots(b *testing.B) {
	l, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"essay", 4500}, {"1MB", 1 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			sents, n := benchSentences(b, l, size.n, true)
			roots := make([][]*lexicon.Roots, len(sents))
			for si, s := range sents {
				for i := range s {
					roots[si] = append(roots[si], l.Roots(&s[i], true))
				}
			}
			var dst []lexicon.Match
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, rs := range roots {
					dst = l.MatchRoots(dst[:0], rs, lexicon.DefaultNegationWindow)
				}
			}
		})
	}
}
