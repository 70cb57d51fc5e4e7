package analyze

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/textmodel"
)

// Analyzer scores documents against a lexicon. Build it once with New; it
// is safe for concurrent use, and the lexicon, the segmenter and the stem
// cache are shared by every call.
type Analyzer struct {
	seg       *Segmenter
	lex       *lexicon.Lexicon
	negWindow int
	segments  int
	stemming  bool
	ctxModel  *textmodel.NaiveBayes
	ctxSet    bool      // WithContextModel was given
	ctxMin    float64   // posterior to name a theme
	ctxNone   float64   // posterior of "none" to set weak evidence aside
	ctxWords  int       // longest document whose theme the model may name
	bufs      sync.Pool // *matchScratch
}

// Option sets one thing of an Analyzer.
type Option func(*Analyzer) error

// WithLexicon sets the lexicon. The default is lexicon.Default(), the four
// embedded themes.
func WithLexicon(l *lexicon.Lexicon) Option {
	return func(a *Analyzer) error {
		if l == nil {
			return errors.New("analyze: WithLexicon(nil)")
		}
		a.lex = l
		return nil
	}
}

// WithNegationWindow sets how many words may stand between a negator and a
// mention it negates (default lexicon.DefaultNegationWindow, 3). A
// negative window turns negation off: every mention is affirmed.
func WithNegationWindow(n int) Option {
	return func(a *Analyzer) error {
		a.negWindow = n
		return nil
	}
}

// WithSegments sets the number of equal segments of the arc (default 5,
// as LIWC's Narrative Arc). It must be at least 1.
func WithSegments(n int) Option {
	return func(a *Analyzer) error {
		if n < 1 {
			return fmt.Errorf("analyze: WithSegments(%d): want at least 1", n)
		}
		a.segments = n
		return nil
	}
}

// WithStemming turns matching by Snowball stem on or off. It is on by
// default for lexicons that use stems; off, stem entries never match.
// LIWC dictionaries never match by stem.
func WithStemming(on bool) Option {
	return func(a *Analyzer) error {
		a.stemming = on
		return nil
	}
}

// New returns an Analyzer. Expensive work (loading the lexicon and the
// sentence model) happens here, once.
func New(opts ...Option) (*Analyzer, error) {
	a := &Analyzer{negWindow: lexicon.DefaultNegationWindow, segments: 5, stemming: true, ctxMin: DefaultContextThreshold, ctxNone: DefaultContextOverrule, ctxWords: DefaultContextWords}
	for _, o := range opts {
		if err := o(a); err != nil {
			return nil, err
		}
	}
	if a.lex == nil {
		l, err := lexicon.Default()
		if err != nil {
			return nil, err
		}
		a.lex = l
		if !a.ctxSet {
			if a.ctxModel, err = textmodel.Default(); err != nil {
				return nil, err
			}
		}
	}
	if a.ctxModel != nil {
		if err := checkContext(a.ctxModel, a.lex); err != nil {
			return nil, err
		}
	}
	seg, err := NewSegmenter()
	if err != nil {
		return nil, err
	}
	a.seg = seg
	return a, nil
}

// Lexicon returns the analyzer's lexicon.
func (a *Analyzer) Lexicon() *lexicon.Lexicon { return a.lex }

// Segmenter returns the analyzer's segmenter.
func (a *Analyzer) Segmenter() *Segmenter { return a.seg }

// Input is a document to analyze.
type Input struct {
	ID string
	// Source names where the text came from (a file path), for reports.
	Source string
	Meta   map[string]any
	Text   string
	// Skip lists spans of Text that are not the author's prose (front
	// matter, Markdown link targets); see Segmenter.Segment.
	Skip []Span
}

// AnalyzeString analyzes a text.
func (a *Analyzer) AnalyzeString(ctx context.Context, text string) (*Document, error) {
	return a.Analyze(ctx, Input{Text: text})
}

// AnalyzeBytes analyzes a text given as bytes. b is copied, never
// modified, and may be reused when the call returns.
func (a *Analyzer) AnalyzeBytes(ctx context.Context, b []byte) (*Document, error) {
	return a.Analyze(ctx, Input{Text: string(b)})
}

// AnalyzeReader reads r to its end and analyzes what it read.
func (a *Analyzer) AnalyzeReader(ctx context.Context, r io.Reader) (*Document, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return a.Analyze(ctx, Input{Text: string(b)})
}

// Recycle hands the buffers of d's segmented text back to the analyzer
// for later calls to reuse (see Segmenter.Recycle), and sets d.Text to
// nil. It is optional; call it when done with d.Text, as a corpus
// pipeline is once a document is summarised. The rest of d stays valid.
func (a *Analyzer) Recycle(d *Document) {
	if d == nil || d.Text == nil {
		return
	}
	a.seg.Recycle(d.Text)
	d.Text = nil
}

// matchScratch is the working memory of Analyze, pooled: the lexicon's
// view of a sentence, its matches, and the matches of the document.
type matchScratch struct {
	roots   []*lexicon.Roots
	matches []lexicon.Match
	found   []sentenceMatch
}

// sentenceMatch is a match of sentence sentence, its token indices
// relative to the text; word is the index of its first word in the text.
type sentenceMatch struct {
	sentence, word int
	m              lexicon.Match
}

// Analyze segments and scores one document. It returns ctx.Err() if ctx is
// cancelled before it is done.
func (a *Analyzer) Analyze(ctx context.Context, in Input) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := a.seg.Segment(in.Text, in.Skip...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := newDocument(a.lex, in, t, a.segments)
	sc, _ := a.bufs.Get().(*matchScratch)
	if sc == nil {
		sc = new(matchScratch)
	}
	defer func() {
		clear(sc.roots[:cap(sc.roots)]) // the pool must not keep a lexicon alive
		a.bufs.Put(sc)
	}()
	// The matches of every sentence are gathered first, so that the
	// evidence is allocated once, at its size.
	found := sc.found[:0]
	stemmed := a.stemming && a.lex.Stemmed
	arc := newArcStarts(d)
	for si := range t.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		toks := t.SentenceTokens(si)
		rs := sc.roots[:0]
		for i := range toks {
			// Each word's Roots are found once per word and lexicon.
			rs = append(rs, toks[i].w.lexRoots(a.lex, toks[i].Kind == Word, stemmed))
		}
		sc.roots = rs
		sc.matches = a.lex.MatchRoots(sc.matches[:0], rs, a.negWindow)
		base := t.Sentences[si].Tokens[0]
		// The word index of each match: words of earlier sentences plus
		// words before the match in its sentence. Matches come in
		// token order, so one cursor counts them.
		w, k := d.wordAt[si], 0
		for _, m := range sc.matches {
			for ; k < m.Start; k++ {
				if toks[k].IsWord() {
					w++
				}
			}
			m.Start += base
			m.End += base
			found = append(found, sentenceMatch{si, w, m})
		}
		arc.sentence(t, si)
	}
	d.Evidence = make([]Evidence, 0, len(found))
	for _, f := range found {
		d.add(t, f.sentence, f.word, f.m)
	}
	sc.found = found
	d.finish(t, arc.starts)
	if a.ctxModel != nil {
		a.consultContext(d, t)
	}
	return d, nil
}
