package textmodel_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/essaylab/themes/textmodel"
)

// refClasses and refExamples are a small hand-made training set: three
// classes, eight short documents. The second kitchen document says "the"
// twice, which must count once.
var (
	refClasses  = []string{"kitchen", "garden", "road"}
	refExamples = []textmodel.Example{
		{Class: "kitchen", Words: strings.Fields("stir the soup slowly")},
		{Class: "kitchen", Words: strings.Fields("the kettle sings while the soup cools")},
		{Class: "kitchen", Words: strings.Fields("knead the dough and wait")},
		{Class: "garden", Words: strings.Fields("water the roses at dusk")},
		{Class: "garden", Words: strings.Fields("the roses need more sun and water")},
		{Class: "garden", Words: strings.Fields("dig slowly around the roots")},
		{Class: "road", Words: strings.Fields("the bus was late again")},
		{Class: "road", Words: strings.Fields("wait for the late train at dusk")},
	}
)

// trainRef trains the reference model: smoothing 0.5, every word kept.
func trainRef(t testing.TB) *textmodel.NaiveBayes {
	t.Helper()
	m, err := textmodel.Train(refClasses, refExamples, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// closeRel reports whether got is within rel of want, relatively.
func closeRel(got, want, rel float64) bool {
	if got == want {
		return true
	}
	return math.Abs(got-want) <= rel*math.Max(math.Abs(got), math.Abs(want))
}

// checkPrediction checks the invariants every Prediction must meet: one
// probability per class in [0, 1] summing to 1, Class the first most
// probable class and RunnerUp the first most probable of the others.
func checkPrediction(t testing.TB, m *textmodel.NaiveBayes, p textmodel.Prediction) {
	t.Helper()
	nc := len(m.Classes())
	if len(p.Probabilities) != nc {
		t.Fatalf("%d probabilities for %d classes", len(p.Probabilities), nc)
	}
	sum := 0.0
	for c, v := range p.Probabilities {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("probability of class %d is %v", c, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Fatalf("probabilities %v sum to %v", p.Probabilities, sum)
	}
	best, second := 0, -1
	for c, v := range p.Probabilities {
		if v > p.Probabilities[best] {
			best = c
		}
	}
	for c, v := range p.Probabilities {
		if c != best && (second < 0 || v > p.Probabilities[second]) {
			second = c
		}
	}
	if p.Class != best || p.RunnerUp != second {
		t.Fatalf("Class %d, RunnerUp %d for %v; want %d, %d", p.Class, p.RunnerUp, p.Probabilities, best, second)
	}
	if p.Probability != p.Probabilities[p.Class] {
		t.Fatalf("Probability %v, Probabilities[%d] = %v", p.Probability, p.Class, p.Probabilities[p.Class])
	}
}

func TestTrainPredictReference(t *testing.T) {
	m := trainRef(t)
	// The reference posteriors were computed with exact rational
	// arithmetic from the formula in the NaiveBayes doc comment,
	// independently of the package:
	//
	//	python3 -c '
	//	from fractions import Fraction as F
	//	tr=[("kitchen","stir the soup slowly"),("kitchen","the kettle sings while the soup cools"),("kitchen","knead the dough and wait"),("garden","water the roses at dusk"),("garden","the roses need more sun and water"),("garden","dig slowly around the roots"),("road","the bus was late again"),("road","wait for the late train at dusk")]
	//	cl=["kitchen","garden","road"]; a=F(1,2)
	//	V=sorted({w for _,t in tr for w in t.split()})
	//	nd={c:sum(k==c for k,_ in tr) for c in cl}
	//	df={(c,w):sum(k==c and w in t.split() for k,t in tr) for c in cl for w in V}
	//	N={c:sum(df[c,w] for w in V) for c in cl}
	//	for d in ["the soup cools slowly","water roses at dusk dusk","late train and soup","wait at the bus stop","zebra quantum"]:
	//	  s={c:F(nd[c],len(tr)) for c in cl}
	//	  for w in set(d.split())&set(V):
	//	    for c in cl: s[c]*=(df[c,w]+a)/(N[c]+a*len(V))
	//	  z=sum(s.values()); print(repr(d),[float(s[c]/z) for c in cl])
	//	'
	for _, tt := range []struct {
		doc             string
		want            []float64 // kitchen, garden, road
		class, runnerUp int
		known           int
	}{
		{"the soup cools slowly", []float64{0.936825134844139, 0.04783133379011396, 0.01534353136574705}, 0, 1, 4},
		{"water roses at dusk dusk", []float64{0.005476352359297825, 0.9436677605958264, 0.05085588704487577}, 1, 2, 4},
		{"late train and soup", []float64{0.45766619619768767, 0.07010097332121235, 0.4722328304811}, 2, 0, 4},
		{"wait at the bus stop", []float64{0.11906132342737057, 0.09118342939146384, 0.7897552471811656}, 2, 0, 4},
		// Only unknown words: the priors 3/8, 3/8, 2/8; the tie goes to
		// the first class.
		{"zebra quantum", []float64{0.375, 0.375, 0.25}, 0, 1, 0},
	} {
		t.Run(tt.doc, func(t *testing.T) {
			p := m.Predict(strings.Fields(tt.doc))
			checkPrediction(t, m, p)
			for c, want := range tt.want {
				if got := p.Probabilities[c]; !closeRel(got, want, 1e-12) {
					t.Errorf("P(%s) = %.17g, want %.17g", refClasses[c], got, want)
				}
			}
			if p.Class != tt.class || p.RunnerUp != tt.runnerUp {
				t.Errorf("Class %d, RunnerUp %d; want %d, %d", p.Class, p.RunnerUp, tt.class, tt.runnerUp)
			}
			if !closeRel(p.Probability, tt.want[tt.class], 1e-12) {
				t.Errorf("Probability %v, want %v", p.Probability, tt.want[tt.class])
			}
			if p.Known != tt.known {
				t.Errorf("Known %d, want %d", p.Known, tt.known)
			}
		})
	}
}

func TestTrainAccessors(t *testing.T) {
	m := trainRef(t)
	if got := m.Classes(); !slices.Equal(got, refClasses) {
		t.Errorf("Classes() = %v, want %v", got, refClasses)
	}
	for c, name := range refClasses {
		if got := m.Class(name); got != c {
			t.Errorf("Class(%q) = %d, want %d", name, got, c)
		}
	}
	if got := m.Class("weather"); got != -1 {
		t.Errorf("Class of a missing class = %d, want -1", got)
	}
	for c, want := range []int{3, 3, 2} {
		if got := m.Documents(c); got != want {
			t.Errorf("Documents(%d) = %d, want %d", c, got, want)
		}
	}
	if m.Smoothing() != 0.5 {
		t.Errorf("Smoothing() = %v, want 0.5", m.Smoothing())
	}
	if m.About() != "" {
		t.Errorf("About() of a trained model = %q, want \"\"", m.About())
	}
	vocab := map[string]bool{}
	for _, ex := range refExamples {
		for _, w := range ex.Words {
			vocab[w] = true
		}
	}
	if m.Vocabulary() != len(vocab) {
		t.Errorf("Vocabulary() = %d, want %d", m.Vocabulary(), len(vocab))
	}
	// Train must not keep the caller's class slice.
	classes := slices.Clone(refClasses)
	m2, err := textmodel.Train(classes, refExamples, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	classes[0] = "changed"
	if m2.Classes()[0] != "kitchen" {
		t.Errorf("Train shares the classes slice: Classes() = %v", m2.Classes())
	}

	a := m.WithAbout("  trained on\nhand-made\texamples ")
	if want := "trained on hand-made examples"; a.About() != want {
		t.Errorf("WithAbout: About() = %q, want %q", a.About(), want)
	}
	if m.About() != "" {
		t.Errorf("WithAbout modified the original: About() = %q", m.About())
	}
}

func TestTrainErrors(t *testing.T) {
	ok := []textmodel.Example{{Class: "a", Words: []string{"x"}}, {Class: "b", Words: []string{"y"}}}
	for _, tt := range []struct {
		name      string
		classes   []string
		docs      []textmodel.Example
		smoothing float64
	}{
		{"no classes", nil, nil, 0.5},
		{"one class", []string{"a"}, ok[:1], 0.5},
		{"duplicate class", []string{"a", "b", "a"}, ok, 0.5},
		{"upper-case class", []string{"a", "B"}, ok, 0.5},
		{"class with a space", []string{"a", "b c"}, ok, 0.5},
		{"empty class name", []string{"a", ""}, ok, 0.5},
		{"non-ASCII class", []string{"a", "é"}, ok, 0.5},
		{"unknown class in an example", []string{"a", "b"}, append(slices.Clone(ok), textmodel.Example{Class: "c", Words: []string{"z"}}), 0.5},
		{"class without examples", []string{"a", "b", "c"}, ok, 0.5},
		{"no examples", []string{"a", "b"}, nil, 0.5},
		{"smoothing 0", []string{"a", "b"}, ok, 0},
		{"negative smoothing", []string{"a", "b"}, ok, -0.5},
		{"NaN smoothing", []string{"a", "b"}, ok, math.NaN()},
		{"+Inf smoothing", []string{"a", "b"}, ok, math.Inf(1)},
		{"-Inf smoothing", []string{"a", "b"}, ok, math.Inf(-1)},
		{"smoothing above MaxSmoothing", []string{"a", "b"}, ok, 1e308},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := textmodel.Train(tt.classes, tt.docs, tt.smoothing, 1)
			if !errors.Is(err, textmodel.ErrTrain) {
				t.Fatalf("Train: err = %v, want ErrTrain", err)
			}
			if m != nil {
				t.Errorf("Train returned a model with error %v", err)
			}
		})
	}
	// The base case of the table is fine.
	if _, err := textmodel.Train([]string{"a", "b"}, ok, 0.5, 1); err != nil {
		t.Errorf("Train of the valid base case: %v", err)
	}
}

func TestTrainMinDocs(t *testing.T) {
	docs := []textmodel.Example{
		{Class: "chores", Words: strings.Fields("dishes dishes dishes rota")},
		{Class: "chores", Words: strings.Fields("rota bins laundry")},
		{Class: "chores", Words: strings.Fields("laundry rota")},
		{Class: "left-out", Words: strings.Fields("party nobody nobody nobody")},
		{Class: "left-out", Words: strings.Fields("nobody asked laundry")},
	}
	classes := []string{"chores", "left-out"}
	for _, tt := range []struct {
		minDocs int
		known   []string
		unknown []string
	}{
		// minDocs ≤ 1 keeps every word.
		{-3, strings.Fields("dishes rota bins laundry party nobody asked"), nil},
		{0, strings.Fields("dishes rota bins laundry party nobody asked"), nil},
		{1, strings.Fields("dishes rota bins laundry party nobody asked"), nil},
		// "dishes" and "nobody" are repeated within one document; that
		// does not make them seen in two.
		{2, strings.Fields("rota laundry nobody"), strings.Fields("dishes bins party asked")},
		{3, strings.Fields("rota laundry"), strings.Fields("dishes bins party asked nobody")},
		{4, nil, strings.Fields("rota laundry dishes bins party asked nobody")},
	} {
		m, err := textmodel.Train(classes, docs, 0.5, tt.minDocs)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.known {
			if !m.Known(w) {
				t.Errorf("minDocs %d: %q not known", tt.minDocs, w)
			}
		}
		for _, w := range tt.unknown {
			if m.Known(w) {
				t.Errorf("minDocs %d: %q known", tt.minDocs, w)
			}
			if n := m.Count(w, 0) + m.Count(w, 1); n != 0 {
				t.Errorf("minDocs %d: Count of the pruned word %q = %d", tt.minDocs, w, n)
			}
		}
		if m.Vocabulary() != len(tt.known) {
			t.Errorf("minDocs %d: Vocabulary() = %d, want %d", tt.minDocs, m.Vocabulary(), len(tt.known))
		}
	}

	m, err := textmodel.Train(classes, docs, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word            string
		chores, leftOut int
	}{
		{"dishes", 1, 0}, // three times in one document
		{"nobody", 0, 2}, // three times in one, once in another
		{"rota", 3, 0},
		{"laundry", 2, 1},
		{"party", 0, 1},
		{"ghost", 0, 0},
	} {
		if got := m.Count(tt.word, 0); got != tt.chores {
			t.Errorf("Count(%q, chores) = %d, want %d", tt.word, got, tt.chores)
		}
		if got := m.Count(tt.word, 1); got != tt.leftOut {
			t.Errorf("Count(%q, left-out) = %d, want %d", tt.word, got, tt.leftOut)
		}
	}
}

func TestTrainSkipsUnwritableWords(t *testing.T) {
	// Words a model file cannot hold are left out rather than refused.
	docs := []textmodel.Example{
		{Class: "a", Words: []string{"", "two words", "tab\there", "#hash", "bad\xffutf8", "ok"}},
		{Class: "b", Words: []string{"fine", "ctl\x7f"}},
	}
	m, err := textmodel.Train([]string{"a", "b"}, docs, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range docs[0].Words[:5] {
		if m.Known(w) {
			t.Errorf("word %q known", w)
		}
	}
	if m.Known("ctl\x7f") {
		t.Errorf("word with DEL known")
	}
	if !m.Known("ok") || !m.Known("fine") || m.Vocabulary() != 2 {
		t.Errorf("Vocabulary() = %d, want 2 (ok, fine)", m.Vocabulary())
	}
}

func TestLogRatio(t *testing.T) {
	m := trainRef(t)
	var words []string
	for _, ex := range refExamples {
		words = append(words, ex.Words...)
	}
	slices.Sort(words)
	words = slices.Compact(words)
	nc := len(m.Classes())
	// N_c = Σ_w n_cw over the vocabulary.
	tokens := make([]int, nc)
	for _, w := range words {
		for c := range nc {
			tokens[c] += m.Count(w, c)
		}
	}
	alpha, v := m.Smoothing(), float64(m.Vocabulary())
	logP := func(w string, c int) float64 {
		return math.Log((float64(m.Count(w, c)) + alpha) / (float64(tokens[c]) + alpha*v))
	}
	checked := 0
	for _, w := range words {
		for a := range nc {
			for b := range nc {
				got, ok := m.LogRatio(w, a, b)
				if !ok {
					t.Fatalf("LogRatio(%q): not known", w)
				}
				want := logP(w, a) - logP(w, b)
				if math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
					t.Errorf("LogRatio(%q, %d, %d) = %.17g, want %.17g", w, a, b, got, want)
				}
				if a == b && got != 0 {
					t.Errorf("LogRatio(%q, %d, %d) = %v, want 0", w, a, a, got)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
	// "soup" is in two kitchen documents and nowhere else.
	if r, _ := m.LogRatio("soup", 0, 1); !(r > 0) {
		t.Errorf("LogRatio(soup, kitchen, garden) = %v, want > 0", r)
	}
	for _, w := range []string{"zebra", "", "Soup"} {
		if r, ok := m.LogRatio(w, 0, 1); ok || r != 0 {
			t.Errorf("LogRatio(%q) = %v, %v; want 0, false", w, r, ok)
		}
	}
}

func TestPredictDoesNotModifyInput(t *testing.T) {
	m := trainRef(t)
	words := strings.Fields("the soup the soup zebra roses late late")
	orig := slices.Clone(words)
	p := m.Predict(words)
	checkPrediction(t, m, p)
	if !slices.Equal(words, orig) {
		t.Errorf("Predict modified its input: %q, was %q", words, orig)
	}
	if p.Known != 4 { // the, soup, roses, late
		t.Errorf("Known %d, want 4", p.Known)
	}
	// Repeated words count once.
	q := m.Predict(strings.Fields("the soup roses late"))
	if !slices.Equal(p.Probabilities, q.Probabilities) {
		t.Errorf("repeated words change the prediction: %v vs %v", p.Probabilities, q.Probabilities)
	}
	// A fresh slice every time.
	q.Probabilities[0] = -1
	if r := m.Predict(strings.Fields("the soup roses late")); r.Probabilities[0] < 0 {
		t.Error("Predict results share their Probabilities")
	}
}

func TestPredictTies(t *testing.T) {
	for _, tt := range []struct {
		name            string
		classes         []string
		docs            []textmodel.Example
		doc             []string
		class, runnerUp int
		tied            [2]int // two classes of equal probability
	}{
		// Equal priors, no known word.
		{"priors", []string{"a", "b"},
			[]textmodel.Example{{Class: "a", Words: []string{"x"}}, {Class: "b", Words: []string{"y"}}},
			nil, 0, 1, [2]int{0, 1}},
		{"priors, classes swapped", []string{"b", "a"},
			[]textmodel.Example{{Class: "a", Words: []string{"x"}}, {Class: "b", Words: []string{"y"}}},
			[]string{"unknown"}, 0, 1, [2]int{0, 1}},
		// "z" is once in each class of two equal-sized words: the scores
		// are equal to the bit.
		{"known word", []string{"a", "b"},
			[]textmodel.Example{{Class: "a", Words: []string{"x", "z"}}, {Class: "b", Words: []string{"y", "z"}}},
			[]string{"z"}, 0, 1, [2]int{0, 1}},
		// The tie between the second and third class goes to the second,
		// the first class being less probable.
		{"tie after the first", []string{"low", "mid", "high"},
			[]textmodel.Example{
				{Class: "low", Words: []string{"x"}},
				{Class: "mid", Words: []string{"x"}}, {Class: "mid", Words: []string{"y"}},
				{Class: "high", Words: []string{"x"}}, {Class: "high", Words: []string{"y"}},
			},
			nil, 1, 2, [2]int{1, 2}},
		// The runner-up tie between the second and third goes to the
		// second.
		{"runner-up tie", []string{"top", "p", "q"},
			[]textmodel.Example{
				{Class: "top", Words: []string{"x"}}, {Class: "top", Words: []string{"x"}},
				{Class: "p", Words: []string{"x"}}, {Class: "q", Words: []string{"x"}},
			},
			nil, 0, 1, [2]int{1, 2}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := textmodel.Train(tt.classes, tt.docs, 0.5, 1)
			if err != nil {
				t.Fatal(err)
			}
			p := m.Predict(tt.doc)
			checkPrediction(t, m, p)
			if p.Class != tt.class || p.RunnerUp != tt.runnerUp {
				t.Errorf("Class %d, RunnerUp %d for %v; want %d, %d", p.Class, p.RunnerUp, p.Probabilities, tt.class, tt.runnerUp)
			}
			if a, b := p.Probabilities[tt.tied[0]], p.Probabilities[tt.tied[1]]; a != b {
				t.Errorf("classes %d and %d not tied: %v", tt.tied[0], tt.tied[1], p.Probabilities)
			}
		})
	}
}

func TestPredictConcurrent(t *testing.T) {
	m := trainRef(t)
	docs := [][]string{
		strings.Fields("the soup cools slowly"),
		strings.Fields("water roses at dusk"),
		strings.Fields("late train and soup"),
	}
	want := make([]textmodel.Prediction, len(docs))
	for i, d := range docs {
		want[i] = m.Predict(d)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(docs))
	for range 8 {
		wg.Go(func() {
			for i, d := range docs {
				if got := m.Predict(d); !slices.Equal(got.Probabilities, want[i].Probabilities) || got.Class != want[i].Class {
					errs <- strings.Join(d, " ")
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for d := range errs {
		t.Errorf("concurrent Predict of %q differs", d)
	}
}

// TestPredictTempered checks the tempered likelihood: no change up to n
// known words, and beyond them posteriors whose log-odds against any
// class are the prior log-odds plus n/Known times the likelihood log-odds.
func TestPredictTempered(t *testing.T) {
	m := trainRef(t)
	doc := strings.Fields("the soup cools slowly at dusk")
	full := m.Predict(doc)
	for _, n := range []int{0, -1, full.Known, full.Known + 5} {
		if got := m.PredictTempered(doc, n); !slices.Equal(got.Probabilities, full.Probabilities) {
			t.Errorf("n=%d: %v, want %v", n, got.Probabilities, full.Probabilities)
		}
	}
	prior := m.Predict(nil) // the priors
	for _, n := range []int{1, 2, 3} {
		p := m.PredictTempered(doc, n)
		checkPrediction(t, m, p)
		scale := float64(n) / float64(full.Known)
		for c := 1; c < len(refClasses); c++ {
			lpFull := math.Log(full.Probabilities[c] / full.Probabilities[0])
			lpPrior := math.Log(prior.Probabilities[c] / prior.Probabilities[0])
			want := lpPrior + scale*(lpFull-lpPrior)
			if got := math.Log(p.Probabilities[c] / p.Probabilities[0]); math.Abs(got-want) > 1e-9 {
				t.Errorf("n=%d class %d: log-odds %v, want %v", n, c, got, want)
			}
		}
		if p.Probability >= full.Probability {
			t.Errorf("n=%d: tempered %v not less sure than %v", n, p.Probability, full.Probability)
		}
	}
}
