package analyze

import (
	"fmt"
	"sort"

	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/textmodel"
)

// What decided a document's Dominant theme (Document.DominantBy).
const (
	ByLexicon = "lexicon" // the lexicon's affirmed evidence
	ByContext = "context" // the context model, the lexicon having found none
)

// DefaultContextThreshold is the posterior probability the context model
// needs before it names a theme (see WithContextThreshold).
const DefaultContextThreshold = 0.7

// DefaultContextOverrule is the posterior probability of "none" at which
// the context model sets weak lexicon evidence aside (see
// WithContextOverrule).
const DefaultContextOverrule = 0.9

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
	// Cues are the words of the document that favour Theme over RunnerUp
	// most, strongest first (at most 8): the model's evidence.
	Cues []Cue `json:"cues"`
}

// Cue is a word the context model read as evidence. Weight is
// log P(word|Theme) − log P(word|RunnerUp); Start and End are the byte
// offsets of the word's first occurrence, half-open.
type Cue struct {
	Word   string  `json:"word"`
	Weight float64 `json:"weight"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
}

// WithContextModel sets the context model consulted when the lexicon
// finds no affirmed evidence in a document; nil turns it off. The model's
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
// affirmed evidence in it, or only weak evidence.
func (a *Analyzer) consultContext(d *Document, t *Text) {
	if d.Dominant == "" {
		a.readContext(d, t)
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
	words := t.Norms()
	p := m.Predict(words)
	classes := m.Classes()
	r := &ContextReading{Theme: classes[p.Class], Probability: p.Probability, RunnerUp: classes[p.RunnerUp]}
	seen := map[string]bool{}
	wi := 0
	for i := range t.Tokens {
		tk := &t.Tokens[i]
		if tk.Kind != Word {
			continue
		}
		w := words[wi]
		wi++
		if seen[w] {
			continue
		}
		seen[w] = true
		if lr, ok := m.LogRatio(w, p.Class, p.RunnerUp); ok && lr > 0 {
			r.Cues = append(r.Cues, Cue{Word: w, Weight: lr, Start: tk.Start, End: tk.End})
		}
	}
	sort.SliceStable(r.Cues, func(i, j int) bool { return r.Cues[i].Weight > r.Cues[j].Weight })
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
