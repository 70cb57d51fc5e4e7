package analyze

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/textmodel"
)

// What decided a document's Dominant theme (Document.DominantBy).
const (
	ByLexicon = "lexicon" // the lexicon's affirmed evidence
	ByContext = "context" // the context model: it named the theme, or set weak evidence aside
)

// DefaultContextThreshold is the posterior probability the context model
// needs before it names a theme (see WithContextThreshold).
const DefaultContextThreshold = 0.7

// DefaultContextOverrule is the posterior probability of "none" at which
// the context model sets weak lexicon evidence aside (see
// WithContextOverrule).
const DefaultContextOverrule = 0.9

// DefaultContextWords is the longest document, in words, whose theme the
// context model may name (see WithContextWords): about twice the longest
// passage it was trained on.
const DefaultContextWords = 150

// WeakEvidence is the largest summed weight of the dominant theme's
// affirmed matches that the context model may set aside: one or two
// ordinary matches.
const WeakEvidence = 2.0

// maxCues is the number of cue words kept in a ContextReading.
const maxCues = 8

// ContextReading is what the context model made of a document in which
// the lexicon found no affirmed evidence, or only weak evidence.
type ContextReading struct {
	// Theme is the model's most probable class: a theme of the lexicon
	// or "none". Probability is its posterior probability.
	Theme       string  `json:"theme"`
	Probability float64 `json:"probability"`
	// RunnerUp is the second most probable class.
	RunnerUp string `json:"runner_up"`
	// Cues are the words and word pairs of the document that favour Theme
	// over RunnerUp most, strongest first (at most 8): the model's
	// evidence.
	Cues []Cue `json:"cues"`
}

// Cue is a feature the context model read as evidence: a word, or two
// adjacent words (see Text.ContextFeatures).
type Cue struct {
	// Feature is the feature as the model knows it ("left_out"); Text the
	// words as written in the document at its first occurrence ("left
	// out"), whose byte offsets are Start and End, half-open.
	Feature string `json:"feature"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Weight is log P(Feature|Theme) − log P(Feature|RunnerUp).
	Weight float64 `json:"weight"`
}

// WithContextModel sets the context model consulted when the lexicon
// finds no affirmed evidence in a short document, or only weak evidence;
// nil turns it off. The model's
// classes must be themes of the lexicon or "none". The default is
// textmodel.Default() when the lexicon is the default one, and no model
// for any other lexicon.
func WithContextModel(m *textmodel.NaiveBayes) Option {
	return func(a *Analyzer) error {
		a.ctxModel, a.ctxSet = m, true
		return nil
	}
}

// WithContextThreshold sets the posterior probability, in [0, 1], the
// context model needs before it names a theme (default
// DefaultContextThreshold). Below it, the document keeps no dominant
// theme; the reading is still reported.
func WithContextThreshold(p float64) Option {
	return func(a *Analyzer) error {
		if !(p >= 0 && p <= 1) {
			return fmt.Errorf("analyze: WithContextThreshold(%v): want a probability in [0, 1]", p)
		}
		a.ctxMin = p
		return nil
	}
}

// WithContextOverrule sets the posterior probability of "none" at which
// the context model sets aside weak lexicon evidence (summed weight of the
// dominant theme at most WeakEvidence): the document then has no dominant
// theme, and DominantBy is ByContext. The default is
// DefaultContextOverrule; a value above 1 never overrules.
func WithContextOverrule(p float64) Option {
	return func(a *Analyzer) error {
		if !(p >= 0) {
			return fmt.Errorf("analyze: WithContextOverrule(%v): want a probability, or more than 1 for never", p)
		}
		a.ctxNone = p
		return nil
	}
}

// WithContextWords sets the longest document, in words, whose theme the
// context model may name when the lexicon finds no evidence (default
// DefaultContextWords). The model learned from short passages: a longer
// text without lexicon evidence is out of its depth (technical and other
// non-personal writing reads to it like anomie), so it gets no theme.
// The model still reads long documents with weak evidence, which it can
// only set aside.
func WithContextWords(n int) Option {
	return func(a *Analyzer) error {
		if n < 1 {
			return fmt.Errorf("analyze: WithContextWords(%d): want at least 1", n)
		}
		a.ctxWords = n
		return nil
	}
}

// ContextModel returns the analyzer's context model, nil if it has none.
func (a *Analyzer) ContextModel() *textmodel.NaiveBayes { return a.ctxModel }

// checkContext verifies that every class of the context model is a theme
// of lex or "none".
func checkContext(m *textmodel.NaiveBayes, lex *lexicon.Lexicon) error {
	for _, c := range m.Classes() {
		if c != "none" && lex.Theme(c) == nil {
			return fmt.Errorf("analyze: context model class %q is not a theme of lexicon %q", c, lex.Name)
		}
	}
	return nil
}

// consultContext asks the context model about d when the lexicon found no
// affirmed evidence in a short document, or only weak evidence.
func (a *Analyzer) consultContext(d *Document, t *Text) {
	if d.Dominant == "" {
		if d.Words <= a.ctxWords {
			a.readContext(d, t)
		}
		return
	}
	for i := range d.Themes {
		if s := &d.Themes[i]; s.Theme == d.Dominant && s.weight > WeakEvidence {
			return
		}
	}
	a.readContext(d, t)
}

// readContext asks the context model about d. Without lexicon evidence,
// it names the model's theme when the model is sure enough; with weak
// evidence, it sets the evidence aside when the model is sure enough that
// the document is about none of the themes.
func (a *Analyzer) readContext(d *Document, t *Text) {
	m := a.ctxModel
	type span struct{ start, end int }
	features := make([]string, 0, 2*len(t.Tokens))
	spans := make([]span, 0, 2*len(t.Tokens))
	t.contextFeatures(func(f string, start, end int) {
		features = append(features, f)
		spans = append(spans, span{start, end})
	})
	p := m.Predict(features)
	classes := m.Classes()
	r := &ContextReading{Theme: classes[p.Class], Probability: p.Probability, RunnerUp: classes[p.RunnerUp]}
	seen := make(map[string]struct{}, len(features))
	for i, f := range features {
		if _, dup := seen[f]; dup {
			continue
		}
		seen[f] = struct{}{}
		if lr, ok := m.LogRatio(f, p.Class, p.RunnerUp); ok && lr > 0 {
			sp := spans[i]
			r.Cues = append(r.Cues, Cue{Feature: f, Text: t.Src[sp.start:sp.end], Weight: lr, Start: sp.start, End: sp.end})
		}
	}
	slices.SortStableFunc(r.Cues, func(a, b Cue) int { return cmp.Compare(b.Weight, a.Weight) })
	if len(r.Cues) > maxCues {
		r.Cues = r.Cues[:maxCues:maxCues]
	}
	if r.Cues == nil {
		r.Cues = []Cue{}
	}
	d.Context = r
	switch {
	case p.Known == 0:
	case d.Dominant == "" && r.Theme != "none" && p.Probability >= a.ctxMin:
		d.Dominant, d.DominantBy = r.Theme, ByContext
	case d.Dominant != "" && r.Theme == "none" && p.Probability >= a.ctxNone:
		d.Dominant, d.DominantBy = "", ByContext
	}
}
