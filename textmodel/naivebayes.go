package textmodel

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"unicode/utf8"
)

// NaiveBayes is a binarized multinomial Naive Bayes text classifier
// (Metsis, Androutsopoulos and Paliouras 2006; Wang and Manning 2012):
// each word counts once per document, however often it occurs, and words
// outside the vocabulary are ignored. It is immutable once built and safe
// for concurrent use.
//
// For a document whose distinct in-vocabulary words are W, the score of
// class c is
//
//	log P(c) + Σ_{w∈W} log P(w|c),   P(w|c) = (n_cw + α) / (N_c + α|V|)
//
// where P(c) is the share of training documents in c, n_cw the number of
// training documents of c that contain w, N_c = Σ_w n_cw, |V| the size of
// the vocabulary and α the smoothing. Probabilities are the softmax of
// the scores.
type NaiveBayes struct {
	classes   []string
	docs      []int     // training documents per class
	tokens    []int     // N_c
	smoothing float64   // α
	about     string    // provenance, free text
	vocab     []string  // sorted
	counts    []int     // len(vocab) × len(classes): n_cw
	logPrior  []float64 // per class
	logP      []float64 // len(vocab) × len(classes): log P(w|c)
	index     map[string]int
}

// Example is one labelled training document: its class and its words.
// Repeated words count once.
type Example struct {
	Class string
	Words []string
}

// MaxSmoothing is the largest smoothing α a model may have. Beyond it the
// counts no longer matter, and α|V| could overflow.
const MaxSmoothing = 1e6

// MaxDocuments is the largest number of training documents a class may
// have, so that no sum of counts overflows.
const MaxDocuments = 1 << 40

// ErrTrain is returned by Train for unusable training data.
var ErrTrain = errors.New("textmodel: cannot train")

// Train fits a NaiveBayes model to docs. classes fixes the order of the
// classes; every example's class must be one of them, and every class
// must have at least one example. smoothing is α, which must be positive
// (0.5 is Jeffreys' prior, 1 Laplace's rule). Words seen in fewer than
// minDocs training documents (all classes together) are left out of the
// vocabulary; minDocs ≤ 1 keeps every word.
func Train(classes []string, docs []Example, smoothing float64, minDocs int) (*NaiveBayes, error) {
	if len(classes) < 2 {
		return nil, fmt.Errorf("%w: want at least two classes, have %d", ErrTrain, len(classes))
	}
	ci := make(map[string]int, len(classes))
	for i, c := range classes {
		if !validName(c) {
			return nil, fmt.Errorf("%w: bad class name %q", ErrTrain, c)
		}
		if _, dup := ci[c]; dup {
			return nil, fmt.Errorf("%w: class %q given twice", ErrTrain, c)
		}
		ci[c] = i
	}
	if !(smoothing > 0 && smoothing <= MaxSmoothing) {
		return nil, fmt.Errorf("%w: smoothing %v: want a number in (0, %g]", ErrTrain, smoothing, float64(MaxSmoothing))
	}
	nc := len(classes)
	df := map[string][]int{}
	ndocs := make([]int, nc)
	seen := map[string]bool{}
	for k, d := range docs {
		c, ok := ci[d.Class]
		if !ok {
			return nil, fmt.Errorf("%w: example %d: unknown class %q", ErrTrain, k+1, d.Class)
		}
		ndocs[c]++
		clear(seen)
		for _, w := range d.Words {
			if w == "" || seen[w] || !validWord(w) {
				continue
			}
			seen[w] = true
			row := df[w]
			if row == nil {
				row = make([]int, nc)
				df[w] = row
			}
			row[c]++
		}
	}
	for i, n := range ndocs {
		if n == 0 {
			return nil, fmt.Errorf("%w: class %q has no examples", ErrTrain, classes[i])
		}
	}
	vocab := make([]string, 0, len(df))
	for w, row := range df {
		t := 0
		for _, n := range row {
			t += n
		}
		if t >= minDocs {
			vocab = append(vocab, w)
		}
	}
	sort.Strings(vocab)
	counts := make([]int, 0, len(vocab)*nc)
	for _, w := range vocab {
		counts = append(counts, df[w]...)
	}
	return build(slices.Clone(classes), ndocs, smoothing, vocab, counts, "")
}

// build derives the log probabilities from the counts. vocab must be
// sorted and free of duplicates.
func build(classes []string, docs []int, smoothing float64, vocab []string, counts []int, about string) (*NaiveBayes, error) {
	nc := len(classes)
	m := &NaiveBayes{
		classes: classes, docs: docs, smoothing: smoothing, about: about,
		vocab: vocab, counts: counts,
		tokens:   make([]int, nc),
		logPrior: make([]float64, nc),
		logP:     make([]float64, len(counts)),
		index:    make(map[string]int, len(vocab)),
	}
	// Sums are taken in float64: a model file may hold counts whose sum
	// overflows an int.
	total := 0.0
	for _, n := range docs {
		total += float64(n)
	}
	for c := range classes {
		m.logPrior[c] = math.Log(float64(docs[c]) / total)
	}
	tokens := make([]float64, nc)
	for i, w := range vocab {
		m.index[w] = i
		for c := 0; c < nc; c++ {
			tokens[c] += float64(counts[i*nc+c])
		}
	}
	for c := 0; c < nc; c++ {
		m.tokens[c] = int(min(tokens[c], math.MaxInt64/2))
		den := math.Log(tokens[c] + smoothing*float64(len(vocab)))
		for i := range vocab {
			m.logP[i*nc+c] = math.Log(float64(counts[i*nc+c])+smoothing) - den
		}
	}
	return m, nil
}

// Classes returns the classes in model order. The slice must not be
// modified.
func (m *NaiveBayes) Classes() []string { return m.classes }

// Class returns the index of the named class, -1 if there is none.
func (m *NaiveBayes) Class(name string) int { return slices.Index(m.classes, name) }

// Vocabulary returns the number of words the model knows.
func (m *NaiveBayes) Vocabulary() int { return len(m.vocab) }

// Smoothing returns α.
func (m *NaiveBayes) Smoothing() float64 { return m.smoothing }

// About returns the provenance line of a model read from a file ("" for a
// model fresh from Train).
func (m *NaiveBayes) About() string { return m.about }

// Documents returns the number of training documents of class c.
func (m *NaiveBayes) Documents(c int) int { return m.docs[c] }

// Known reports whether w is in the vocabulary.
func (m *NaiveBayes) Known(w string) bool { _, ok := m.index[w]; return ok }

// Prediction is a model's reading of one document.
type Prediction struct {
	// Class is the index of the most probable class and Probability its
	// posterior probability. Ties go to the class that comes first.
	Class       int
	Probability float64
	// RunnerUp is the index of the second most probable class.
	RunnerUp int
	// Probabilities holds the posterior of every class, in model order.
	Probabilities []float64
	// Known is the number of distinct words the model knew.
	Known int
}

// Predict reads a document given as its words; repeated and unknown words
// are ignored. A document without a known word gets the prior. words is
// not modified.
func (m *NaiveBayes) Predict(words []string) Prediction { return m.PredictTempered(words, 0) }

// PredictTempered is Predict for documents longer than those the model
// was trained on. Naive Bayes adds one log-likelihood per known word, so
// its posterior grows more certain with every word whether or not the
// words say more: a long document of any kind is read with near
// certainty. When a document has more than n distinct known words, the
// sum of their log-likelihoods is scaled by n/Known before the log prior
// is added (a tempered, or power, likelihood), so that it is read with
// the confidence of a document of n known words. n ≤ 0 never scales.
func (m *NaiveBayes) PredictTempered(words []string, n int) Prediction {
	nc := len(m.classes)
	score := make([]float64, nc)
	// The distinct known words, found by sorting their indices: cheaper
	// than a set for documents of any length.
	ids := make([]int32, 0, len(words))
	for _, w := range words {
		if i, ok := m.index[w]; ok {
			ids = append(ids, int32(i))
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for _, i := range ids {
		row := m.logP[int(i)*nc : int(i)*nc+nc]
		for c := range score {
			score[c] += row[c]
		}
	}
	scale := 1.0
	if n > 0 && len(ids) > n {
		scale = float64(n) / float64(len(ids))
	}
	for c := range score {
		score[c] = m.logPrior[c] + scale*score[c]
	}
	p := Prediction{Probabilities: score, Known: len(ids), RunnerUp: -1}
	softmax(score)
	for c := range score {
		if c != p.Class && score[c] > score[p.Class] {
			p.Class = c
		}
	}
	for c := range score {
		if c != p.Class && (p.RunnerUp < 0 || score[c] > score[p.RunnerUp]) {
			p.RunnerUp = c
		}
	}
	p.Probability = score[p.Class]
	return p
}

// softmax replaces the log scores s by exp(s_c) / Σ exp(s_k), computed
// after subtracting the largest score so that nothing overflows.
func softmax(s []float64) {
	top := math.Inf(-1)
	for _, v := range s {
		top = math.Max(top, v)
	}
	sum := 0.0
	for c, v := range s {
		s[c] = math.Exp(v - top)
		sum += s[c]
	}
	for c := range s {
		s[c] /= sum
	}
}

// LogRatio returns log P(w|a) − log P(w|b), how much the word w favours
// class a over class b, and false when w is not in the vocabulary.
func (m *NaiveBayes) LogRatio(w string, a, b int) (float64, bool) {
	i, ok := m.index[w]
	if !ok {
		return 0, false
	}
	nc := len(m.classes)
	return m.logP[i*nc+a] - m.logP[i*nc+b], true
}

// Count returns n_cw, the number of training documents of class c that
// contain w.
func (m *NaiveBayes) Count(w string, c int) int {
	i, ok := m.index[w]
	if !ok {
		return 0
	}
	return m.counts[i*len(m.classes)+c]
}

// validName reports whether s can name a class in a model file.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// validWord reports whether w can stand in a model file: valid UTF-8,
// no ASCII white space or control characters, not starting with "#".
func validWord(w string) bool {
	if !utf8.ValidString(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] <= ' ' || w[i] == 0x7f {
			return false
		}
	}
	return len(w) > 0 && w[0] != '#'
}
