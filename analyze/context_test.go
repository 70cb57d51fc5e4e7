package analyze_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/textmodel"
)

// TestContextReading checks when the context model is consulted and what
// it reports: only for documents without affirmed lexicon evidence or
// with weak evidence, which it may set aside (the evidence stays), with
// cues that are words of the text at their offsets, favouring the theme
// over the runner-up, strongest first.
func TestContextReading(t *testing.T) {
	a, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		consulted  bool   // the lexicon found no affirmed evidence
		dominant   string // "" for no theme
		by         string
	}{
		{"lexicon evidence", "I felt so lonely that winter, with nobody to call.", false, "isolation", analyze.ByLexicon},
		{"silent phone", "My phone has not made a sound since Tuesday. I checked twice that it was still on.", true, "isolation", analyze.ByContext},
		{"weak evidence set aside", "The bakery turned me away at seven because they had sold out of sourdough, so I bought rye instead.", true, "", analyze.ByContext},
		{"plain errand", "We repainted the kitchen a pale green and hung the old clock above the door.", true, "", ""},
		{"negated only", "I was never lonely there.", true, "", ""},
		{"empty", "", true, "", ""},
		{"no words", "1990 — 2024, 42%.", true, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := a.AnalyzeString(context.Background(), tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if d.Dominant != tt.dominant || d.DominantBy != tt.by {
				t.Fatalf("Dominant %q by %q, want %q by %q (context %+v)", d.Dominant, d.DominantBy, tt.dominant, tt.by, d.Context)
			}
			if (d.Context != nil) != tt.consulted {
				t.Fatalf("Context %+v, want consulted=%v", d.Context, tt.consulted)
			}
			r := d.Context
			if r == nil {
				return
			}
			if r.Theme == r.RunnerUp || r.Probability < 0 || r.Probability > 1 {
				t.Errorf("reading %+v", r)
			}
			switch {
			case d.DominantBy == analyze.ByContext && d.Dominant != "":
				if r.Theme != d.Dominant || r.Probability < analyze.DefaultContextThreshold || len(d.Evidence) > 0 {
					t.Errorf("named %q from reading %+v", d.Dominant, r)
				}
			case d.DominantBy == analyze.ByContext:
				if r.Theme != "none" || r.Probability < analyze.DefaultContextOverrule || len(d.Evidence) == 0 {
					t.Errorf("set aside evidence %+v from reading %+v", d.Evidence, r)
				}
			}
			m := a.ContextModel()
			seen := map[string]bool{}
			for i, c := range r.Cues {
				if c.Text != tt.text[c.Start:c.End] || seen[c.Feature] {
					t.Errorf("cue %+v: text %q, or repeated", c, tt.text[c.Start:c.End])
				}
				seen[c.Feature] = true
				// The feature is the folded word, or two folded words.
				if want := strings.ReplaceAll(lexicon.Fold(c.Text), " ", analyze.BigramJoin); c.Feature != want {
					t.Errorf("cue %+v: feature, want %q", c, want)
				}
				want, ok := m.LogRatio(c.Feature, m.Class(r.Theme), m.Class(r.RunnerUp))
				if !ok || want != c.Weight || c.Weight <= 0 {
					t.Errorf("cue %+v: LogRatio %v, %v", c, want, ok)
				}
				if i > 0 && r.Cues[i-1].Weight < c.Weight {
					t.Errorf("cues out of order: %+v", r.Cues)
				}
			}
			if len(r.Cues) > 8 {
				t.Errorf("%d cues, want at most 8", len(r.Cues))
			}
		})
	}
}

// TestContextOptions checks the options that set the context model.
func TestContextOptions(t *testing.T) {
	const text = "My phone has not made a sound since Tuesday. I checked twice that it was still on."
	def, err := textmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	off, err := analyze.New(analyze.WithContextModel(nil))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := off.AnalyzeString(context.Background(), text); d.Dominant != "" || d.Context != nil {
		t.Errorf("WithContextModel(nil): Dominant %q, Context %+v", d.Dominant, d.Context)
	}
	strict, err := analyze.New(analyze.WithContextThreshold(1))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := strict.AnalyzeString(context.Background(), text); d.Dominant != "" || d.Context == nil || d.Context.Theme != "isolation" {
		t.Errorf("WithContextThreshold(1): Dominant %q, Context %+v", d.Dominant, d.Context)
	}
	for _, p := range []float64{-0.1, 1.5, math.NaN()} {
		if _, err := analyze.New(analyze.WithContextThreshold(p)); err == nil {
			t.Errorf("WithContextThreshold(%v): no error", p)
		}
	}
	for _, p := range []float64{-0.1, math.NaN()} {
		if _, err := analyze.New(analyze.WithContextOverrule(p)); err == nil {
			t.Errorf("WithContextOverrule(%v): no error", p)
		}
	}
	if _, err := analyze.New(analyze.WithContextWords(0)); err == nil {
		t.Error("WithContextWords(0): no error")
	}
	// A text longer than DefaultContextWords without evidence is not read;
	// with a larger bound it is.
	long := strings.Repeat(text+" ", 10)
	def0, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := def0.AnalyzeString(context.Background(), long); d.Words <= analyze.DefaultContextWords || d.Dominant != "" || d.Context != nil {
		t.Errorf("%d words without evidence: Dominant %q, Context %+v", d.Words, d.Dominant, d.Context)
	}
	wide, err := analyze.New(analyze.WithContextWords(1000))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := wide.AnalyzeString(context.Background(), long); d.Dominant != "isolation" || d.DominantBy != analyze.ByContext {
		t.Errorf("WithContextWords(1000): Dominant %q by %q", d.Dominant, d.DominantBy)
	}
	const weak = "The bakery turned me away at seven because they had sold out of sourdough, so I bought rye instead."
	never, err := analyze.New(analyze.WithContextOverrule(1.5))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := never.AnalyzeString(context.Background(), weak); d.Dominant != "rejection" || d.DominantBy != analyze.ByLexicon || d.Context == nil {
		t.Errorf("WithContextOverrule(1.5): Dominant %q by %q, Context %+v", d.Dominant, d.DominantBy, d.Context)
	}
	// Another lexicon gets no model unless given one whose classes it has.
	lex, err := lexicon.Parse(strings.NewReader("theme isolation\nfacet a\nlonely\n"), "one.lex")
	if err != nil {
		t.Fatal(err)
	}
	custom, err := analyze.New(analyze.WithLexicon(lex))
	if err != nil {
		t.Fatal(err)
	}
	if custom.ContextModel() != nil {
		t.Error("a custom lexicon got the default context model")
	}
	if _, err := analyze.New(analyze.WithLexicon(lex), analyze.WithContextModel(def)); err == nil || !strings.Contains(err.Error(), `"reciprocity"`) {
		t.Errorf("a model with classes the lexicon lacks: err %v", err)
	}
	m, err := textmodel.Train([]string{"isolation", "none"}, []textmodel.Example{
		{Class: "isolation", Words: strings.Fields("my phone has not rung since tuesday")},
		{Class: "none", Words: strings.Fields("we painted the kitchen green")},
	}, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	own, err := analyze.New(analyze.WithLexicon(lex), analyze.WithContextModel(m))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := own.AnalyzeString(context.Background(), text); d.Dominant != "isolation" || d.DominantBy != analyze.ByContext {
		t.Errorf("own model: Dominant %q by %q, Context %+v", d.Dominant, d.DominantBy, d.Context)
	}
}
