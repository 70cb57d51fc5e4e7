package analyze

import (
	"bytes"
	"encoding/json"
	"sort"

	"github.com/essaylab/themes/lexicon"
)

// Document is the analysis of one text: counts, theme scores, the
// evidence for every match, paragraph scores and the arc. Its JSON form is
// the contract documented in the README; fields are added, never renamed.
type Document struct {
	ID     string         `json:"id"`
	Source string         `json:"source,omitempty"`
	Meta   map[string]any `json:"meta"`
	// Words counts word tokens outside excluded spans; Sentences and
	// Paragraphs likewise.
	Words      int              `json:"words"`
	Sentences  int              `json:"sentences"`
	Paragraphs []ParagraphScore `json:"paragraphs"`
	// Dominant is the theme with the highest score. Ties go to the
	// higher count, then to the theme that comes first in the lexicon.
	// When no theme has an affirmed match, the context model (if any)
	// may name the theme instead; when the dominant theme's evidence is
	// weak, the model may set it aside, leaving no dominant theme (see
	// Context). Otherwise Dominant is "" when no theme has an affirmed
	// match.
	Dominant string `json:"dominant"`
	// DominantBy says what decided Dominant: ByLexicon, ByContext (which
	// named the theme, or set the lexicon's weak evidence aside), or ""
	// when nothing did.
	DominantBy string `json:"dominant_by"`
	// Context is the context model's reading, present only when the
	// model was consulted: when the lexicon found no affirmed evidence in
	// a document of at most 150 words (WithContextWords), or only weak
	// evidence (the dominant theme's matches weigh at most WeakEvidence
	// together).
	Context *ContextReading `json:"context,omitempty"`
	// Themes holds every theme of the lexicon, zeros included, in lexicon
	// order (a JSON object keyed by theme name).
	Themes   Scores     `json:"themes"`
	Evidence []Evidence `json:"evidence"`
	Arc      Arc        `json:"arc"`
	Excluded []Span     `json:"excluded"`
	// Warnings are problems with the text that did not stop the analysis,
	// as "line:col: message".
	Warnings []string `json:"warnings,omitempty"`
	// Text is the segmented text, for callers who want the tokens. It is
	// not part of the JSON form.
	Text *Text `json:"-"`

	lex     *lexicon.Lexicon
	segW    []float64 // per segment × theme: weights
	segN    []int     // per segment × theme: counts
	segWord []int     // word index at which each segment starts
	wordAt  []int     // per sentence: words before it
}

// ThemeScore is the score of one theme in a document or paragraph.
type ThemeScore struct {
	Theme string `json:"-"`
	// Count is the number of affirmed matches; Negated the number of
	// matches inside a negation scope, which count nowhere else.
	Count   int `json:"count"`
	Negated int `json:"negated"`
	// Per1000 is Count per 1,000 words; Score the summed weights of the
	// affirmed matches per 1,000 words. Both are 0 when there are no words.
	Per1000 float64 `json:"per1000"`
	Score   float64 `json:"score"`
	weight  float64
}

// Scores are theme scores in lexicon order. They marshal to a JSON object
// keyed by theme name, in that order.
type Scores []ThemeScore

// MarshalJSON writes the scores as an object in lexicon order.
func (s Scores) MarshalJSON() ([]byte, error) {
	return marshalObject(len(s), func(i int) (string, any) { return s[i].Theme, s[i] })
}

// UnmarshalJSON reads an object of theme scores. Key order is kept.
func (s *Scores) UnmarshalJSON(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return err
	}
	*s = (*s)[:0]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		var ts ThemeScore
		if err := dec.Decode(&ts); err != nil {
			return err
		}
		ts.Theme, _ = tok.(string)
		*s = append(*s, ts)
	}
	_, err := dec.Token()
	return err
}

// Get returns the score of the named theme and whether it exists.
func (s Scores) Get(theme string) (ThemeScore, bool) {
	for _, t := range s {
		if t.Theme == theme {
			return t, true
		}
	}
	return ThemeScore{}, false
}

// Evidence is one match of a lexicon entry in the text.
type Evidence struct {
	Theme string `json:"theme"`
	Facet string `json:"facet"`
	// Term is the lexicon pattern that matched ("reach~ out"); Text the
	// words as written in the document.
	Term string `json:"term"`
	Text string `json:"text"`
	// Start and End are byte offsets into the text analyzed, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
	// Sentence is 1-based across the document; Paragraph is the 1-based
	// index of the paragraph (ParagraphScore.Index).
	Sentence  int     `json:"sentence"`
	Paragraph int     `json:"paragraph"`
	Negated   bool    `json:"negated"`
	Weight    float64 `json:"weight"`
}

// ParagraphScore is the score of one paragraph.
type ParagraphScore struct {
	Index    int    `json:"index"` // 1-based
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Words    int    `json:"words"`
	Heading  bool   `json:"heading,omitempty"`
	Dominant string `json:"dominant"`
	Themes   Scores `json:"themes"`
}

// Arc is the course of the themes through the document: scores over equal
// segments of its words (as LIWC's Narrative Arc), and the transitions
// between the dominant themes of consecutive paragraphs.
type Arc struct {
	Segments int `json:"segments"`
	// Bounds are the byte offsets [start, end) of each segment.
	Bounds [][2]int `json:"bounds"`
	// Themes maps each theme to its score (weighted matches per 1,000
	// words) in each segment, in lexicon order.
	Themes      ArcThemes    `json:"themes"`
	Transitions []Transition `json:"transitions"`
}

// ArcThemes are per-segment scores in lexicon order; they marshal to a
// JSON object keyed by theme.
type ArcThemes []ArcTheme

// ArcTheme is one theme's scores per segment.
type ArcTheme struct {
	Theme  string
	Scores []float64
}

// MarshalJSON writes the arc scores as an object in lexicon order.
func (a ArcThemes) MarshalJSON() ([]byte, error) {
	return marshalObject(len(a), func(i int) (string, any) { return a[i].Theme, a[i].Scores })
}

// Transition counts how often a paragraph dominated by From is followed
// by one dominated by To (paragraphs without a dominant theme are passed
// over).
type Transition struct {
	From  string `json:"from"`
	To    string `json:"to"`
	Count int    `json:"count"`
}

// newScores returns n score lists of l's themes, zeros, sharing one
// allocation.
func newScores(l *lexicon.Lexicon, n int) []Scores {
	nt := len(l.Themes)
	all := make(Scores, n*nt)
	out := make([]Scores, n)
	for i := range out {
		s := all[i*nt : (i+1)*nt : (i+1)*nt]
		for k, t := range l.Themes {
			s[k].Theme = t.Name
		}
		out[i] = s
	}
	return out
}

func newDocument(l *lexicon.Lexicon, in Input, t *Text, segments int) *Document {
	d := &Document{
		ID: in.ID, Source: in.Source, Meta: in.Meta, Words: t.Words, Sentences: len(t.Sentences),
		Themes: newScores(l, 1)[0], Evidence: []Evidence{}, Excluded: t.Excluded, Text: t, lex: l,
	}
	if d.Meta == nil {
		d.Meta = map[string]any{}
	}
	if d.Excluded == nil {
		d.Excluded = []Span{}
	}
	for _, w := range t.Warnings {
		d.Warnings = append(d.Warnings, w.Error())
	}
	d.Paragraphs = make([]ParagraphScore, len(t.Paragraphs))
	scores := newScores(l, len(t.Paragraphs))
	for i, p := range t.Paragraphs {
		d.Paragraphs[i] = ParagraphScore{Index: i + 1, Start: p.Start, End: p.End, Words: p.Words, Heading: p.Heading, Themes: scores[i]}
	}
	d.wordAt = make([]int, len(t.Sentences)+1)
	for i, s := range t.Sentences {
		d.wordAt[i+1] = d.wordAt[i] + s.Words
	}
	d.Arc.Segments = segments
	d.segW = make([]float64, segments*len(l.Themes))
	d.segN = make([]int, segments)
	d.segWord = make([]int, segments+1)
	for k := 0; k <= segments; k++ {
		d.segWord[k] = k * t.Words / segments
	}
	return d
}

// segmentOf returns the arc segment holding word number w (0-based).
func (d *Document) segmentOf(w int) int {
	k := sort.Search(d.Arc.Segments, func(k int) bool { return d.segWord[k+1] > w })
	return min(k, d.Arc.Segments-1)
}

// add records match m of sentence si, whose first word is word number w
// of the text (0-based).
func (d *Document) add(t *Text, si, w int, m lexicon.Match) {
	e := m.Entry
	ti := e.Theme.Index()
	pi := t.Sentences[si].Paragraph
	start, end := t.Tokens[m.Start].Start, t.Tokens[m.End-1].End
	facet := ""
	if e.Facet != nil {
		facet = e.Facet.Name
	}
	d.Evidence = append(d.Evidence, Evidence{
		Theme: e.Theme.Name, Facet: facet, Term: e.Pattern, Text: t.Src[start:end],
		Start: start, End: end, Sentence: si + 1, Paragraph: pi + 1, Negated: m.Negated, Weight: e.Weight,
	})
	ds, ps := &d.Themes[ti], &d.Paragraphs[pi].Themes[ti]
	if m.Negated {
		ds.Negated++
		ps.Negated++
		return
	}
	ds.Count++
	ds.weight += e.Weight
	ps.Count++
	ps.weight += e.Weight
	d.segW[d.segmentOf(w)*len(d.Themes)+ti] += e.Weight
}

// arcStarts finds where each segment of the arc starts, sentence by
// sentence, as Analyze goes through them: the first word of a segment
// starts it.
type arcStarts struct {
	d      *Document
	k      int   // the next segment to find
	starts []int // per segment: the byte offset of its first word, or -1
}

func newArcStarts(d *Document) *arcStarts {
	starts := make([]int, d.Arc.Segments+1)
	for k := range starts {
		starts[k] = -1
	}
	return &arcStarts{d: d, starts: starts}
}

// sentence finds the starts of the segments whose first word is in
// sentence si. Sentences must come in order.
func (a *arcStarts) sentence(t *Text, si int) {
	d, n := a.d, a.d.Arc.Segments
	if a.k >= n || d.segWord[a.k] >= d.wordAt[si+1] {
		return // no segment starts in this sentence
	}
	wi := d.wordAt[si]
	s := &t.Sentences[si]
	for i := s.Tokens[0]; i < s.Tokens[1] && a.k < n; i++ {
		if !t.Tokens[i].IsWord() {
			continue
		}
		for a.k < n && d.segWord[a.k] == wi {
			a.starts[a.k] = t.Tokens[i].Start
			a.k++
		}
		wi++
	}
}

// finish computes rates, dominants and the arc, whose segments start at
// starts (see arcStarts).
func (d *Document) finish(t *Text, starts []int) {
	d.Dominant = finishScores(d.Themes, d.Words)
	if d.Dominant != "" {
		d.DominantBy = ByLexicon
	}
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		p.Dominant = finishScores(p.Themes, p.Words)
	}
	// Arc: segment bounds in bytes and per-segment scores.
	n, nt := d.Arc.Segments, len(d.Themes)
	d.Arc.Bounds = make([][2]int, n)
	d.Arc.Themes = make(ArcThemes, nt)
	for ti := range d.Arc.Themes {
		d.Arc.Themes[ti] = ArcTheme{Theme: d.Themes[ti].Theme, Scores: make([]float64, n)}
	}
	// Byte bounds: segments without a word of their own start where the
	// next one does.
	end := 0
	if len(t.Tokens) > 0 {
		end = t.Tokens[len(t.Tokens)-1].End
	}
	for k := n - 1; k >= 0; k-- {
		if starts[k] < 0 {
			starts[k] = end
		}
		if k < n-1 && starts[k] > starts[k+1] {
			starts[k] = starts[k+1]
		}
	}
	for k := 0; k < n; k++ {
		hi := end
		if k+1 < n {
			hi = starts[k+1]
		}
		d.Arc.Bounds[k] = [2]int{starts[k], hi}
		words := d.segWord[k+1] - d.segWord[k]
		for ti := 0; ti < nt; ti++ {
			if words > 0 {
				d.Arc.Themes[ti].Scores[k] = d.segW[k*nt+ti] * 1000 / float64(words)
			}
		}
	}
	// Transitions between dominant themes of consecutive paragraphs.
	counts := map[[2]string]int{}
	prev := ""
	for _, p := range d.Paragraphs {
		if p.Dominant == "" {
			continue
		}
		if prev != "" {
			counts[[2]string{prev, p.Dominant}]++
		}
		prev = p.Dominant
	}
	d.Arc.Transitions = make([]Transition, 0, len(counts))
	for k, c := range counts {
		d.Arc.Transitions = append(d.Arc.Transitions, Transition{From: k[0], To: k[1], Count: c})
	}
	order := map[string]int{}
	for i, s := range d.Themes {
		order[s.Theme] = i
	}
	sort.Slice(d.Arc.Transitions, func(i, j int) bool {
		a, b := d.Arc.Transitions[i], d.Arc.Transitions[j]
		if order[a.From] != order[b.From] {
			return order[a.From] < order[b.From]
		}
		return order[a.To] < order[b.To]
	})
	d.segW, d.segN, d.segWord, d.wordAt = nil, nil, nil, nil
}

// finishScores fills Per1000 and Score and returns the dominant theme.
func finishScores(s Scores, words int) string {
	best := -1
	for i := range s {
		if words > 0 {
			s[i].Per1000 = float64(s[i].Count) * 1000 / float64(words)
			s[i].Score = s[i].weight * 1000 / float64(words)
		}
		if s[i].Count == 0 {
			continue
		}
		if best < 0 || s[i].weight > s[best].weight || s[i].weight == s[best].weight && s[i].Count > s[best].Count {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return s[best].Theme
}
