package analyze

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/essaylab/themes/lexicon"
)

// Float is a float64 that marshals NaN and ±Inf as JSON null: an undefined
// statistic is null, never a made-up number.
type Float float64

// MarshalJSON writes the shortest representation that round-trips, or null.
func (f Float) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return []byte("null"), nil
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads a number or null (as NaN).
func (f *Float) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = Float(math.NaN())
		return nil
	}
	var v float64
	err := json.Unmarshal(b, &v)
	*f = Float(v)
	return err
}

// Named is a value with the name it is keyed by in an Ordered object.
type Named[T any] struct {
	Name  string
	Value T
}

// Ordered is a list of named values that marshals to a JSON object with
// its keys in list order (themes in lexicon order, not sorted).
type Ordered[T any] []Named[T]

// MarshalJSON writes the object.
func (o Ordered[T]) MarshalJSON() ([]byte, error) {
	return marshalObject(len(o), func(i int) (string, any) { return o[i].Name, o[i].Value })
}

// marshalObject writes a JSON object of n members in order; member i is
// the key and value that kv returns.
func marshalObject(n int, kv func(i int) (string, any)) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		key, val := kv(i)
		k, _ := json.Marshal(key)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(val)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Get returns the value named name.
func (o Ordered[T]) Get(name string) (T, bool) {
	for _, nv := range o {
		if nv.Name == name {
			return nv.Value, true
		}
	}
	var zero T
	return zero, false
}

// CorpusOptions configure corpus statistics.
type CorpusOptions struct {
	// GroupBy names the metadata field whose values form the groups of
	// comparisons and keyness. Empty: no comparisons; keyness by year.
	GroupBy string
	// DateField names the metadata field holding the date ("date" when
	// empty).
	DateField string
	// TopEvidence is how many evidence lines per theme are kept for each
	// document (default 3).
	TopEvidence int
}

// DocSummary is what a Corpus keeps of one document: the scores and a few
// evidence lines, not the text.
type DocSummary struct {
	ID        string
	Source    string
	Meta      map[string]any
	Words     int
	Sentences int
	Dominant  string
	// DominantBy is the document's Document.DominantBy.
	DominantBy string
	Themes     Scores
	Date       time.Time // zero when the document has no date
	// Top holds, per theme in lexicon order, the strongest affirmed
	// evidence: highest weight first, then earliest.
	Top      [][]EvidenceLine
	Excluded map[string]int // excluded spans by reason
	// Arc is the document's arc: per theme (lexicon order), the score in
	// each equal segment.
	Arc   ArcThemes
	terms map[termKey]int
}

type termKey struct {
	theme int
	term  string
}

// EvidenceLine is a piece of evidence with its sentence, for reports.
type EvidenceLine struct {
	Evidence
	// Line is the 1-based line of the evidence in the text.
	Line int
	// SentenceText is the whole sentence; Offset is where the evidence
	// starts in it.
	SentenceText string
	Offset       int
}

// Corpus accumulates documents for corpus statistics. It keeps a
// DocSummary per document (scores and a few evidence lines), never the
// texts. It is not safe for concurrent use; summarise parts in separate
// Corpus values and Merge them.
type Corpus struct {
	lex  *lexicon.Lexicon
	opts CorpusOptions
	Docs []DocSummary
}

// NewCorpus returns an empty corpus for documents scored with lex.
func NewCorpus(lex *lexicon.Lexicon, opts CorpusOptions) *Corpus {
	if opts.DateField == "" {
		opts.DateField = "date"
	}
	if opts.TopEvidence <= 0 {
		opts.TopEvidence = 3
	}
	return &Corpus{lex: lex, opts: opts}
}

// Merge appends the documents of o, which must use the same lexicon.
func (c *Corpus) Merge(o *Corpus) { c.Docs = append(c.Docs, o.Docs...) }

// Add summarises a document into the corpus.
func (c *Corpus) Add(d *Document) {
	s := DocSummary{
		ID: d.ID, Source: d.Source, Meta: d.Meta, Words: d.Words, Sentences: d.Sentences,
		Dominant: d.Dominant, DominantBy: d.DominantBy, Themes: append(Scores(nil), d.Themes...),
		Top: make([][]EvidenceLine, len(d.Themes)), terms: map[termKey]int{}, Excluded: map[string]int{},
		Arc: d.Arc.Themes,
	}
	if t, ok := ParseDate(d.Meta[c.opts.DateField]); ok {
		s.Date = t
	}
	for _, sp := range d.Excluded {
		s.Excluded[sp.Reason]++
	}
	idx := map[string]int{}
	for i, t := range d.Themes {
		idx[t.Theme] = i
	}
	var newlines []int // offsets of the text's newlines, made when first needed
	for _, e := range d.Evidence {
		if e.Negated {
			continue
		}
		ti := idx[e.Theme]
		s.terms[termKey{ti, e.Term}]++
		top := s.Top[ti]
		if len(top) == c.opts.TopEvidence && top[len(top)-1].Weight >= e.Weight {
			continue
		}
		el := EvidenceLine{Evidence: e}
		// Copy what is kept of the text: a substring would keep the
		// whole document alive for as long as the corpus.
		el.Text = strings.Clone(e.Text)
		if d.Text != nil && e.Sentence >= 1 && e.Sentence <= len(d.Text.Sentences) {
			sent := d.Text.Sentences[e.Sentence-1]
			el.SentenceText, el.Offset = d.Text.Prose(sent.Start, sent.End, e.Start)
			el.SentenceText = strings.Clone(el.SentenceText)
			if newlines == nil {
				newlines = newlineOffsets(d.Text.Src)
			}
			el.Line = sort.SearchInts(newlines, e.Start) + 1
		}
		top = append(top, el)
		sort.SliceStable(top, func(i, j int) bool { return top[i].Weight > top[j].Weight })
		if len(top) > c.opts.TopEvidence {
			top = top[:c.opts.TopEvidence]
		}
		s.Top[ti] = top
	}
	c.Docs = append(c.Docs, s)
}

// ParseDate reads a date from a metadata value: a time.Time, or a string
// in RFC 3339 or "2006-01-02" form (with optional time).
func ParseDate(v any) (time.Time, bool) {
	switch v := v.(type) {
	case time.Time:
		return v, !v.IsZero()
	case string:
		v = strings.TrimSpace(v)
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "2006/01/02", "2006-01"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// Groups returns the groups a metadata value puts a document in: the value
// as written for a scalar, each element for a list, none when missing.
func Groups(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		if v == "" {
			return nil
		}
		return []string{v}
	case []string:
		return v
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, Groups(e)...)
		}
		return out
	case float64:
		return []string{strconv.FormatFloat(v, 'g', -1, 64)}
	case int:
		return []string{strconv.Itoa(v)}
	case bool:
		return []string{strconv.FormatBool(v)}
	case time.Time:
		return []string{v.Format("2006-01-02")}
	}
	return nil
}

// Stats are the corpus statistics, computed over the documents with at
// least one word, on Per1000.
type Stats struct {
	CorpusInfo `json:"corpus"`
	Summary    Ordered[ThemeSummary]   `json:"summary"`
	Correl     *Correlations           `json:"correlations"`
	Compare    []Comparison            `json:"comparisons"`
	Kruskal    Ordered[KruskalResult]  `json:"kruskal"`
	Trends     []TrendRow              `json:"trends"`
	Keyness    []KeynessRow            `json:"keyness"`
	Groups     Ordered[[]GroupSummary] `json:"groups,omitempty"`
}

// CorpusInfo describes the corpus as a whole.
type CorpusInfo struct {
	Documents int `json:"documents"`
	// Analyzed counts documents with at least one word.
	Analyzed int `json:"analyzed"`
	Words    int `json:"words"`
	// Dates is the first and last date, "" when no document has one.
	Dates [2]string `json:"dates"`
	// Excluded counts the spans set aside, by reason.
	Excluded map[string]int `json:"excluded"`
}

// ThemeSummary summarises one theme's Per1000 across documents.
type ThemeSummary struct {
	N      int      `json:"n"`
	Mean   Float    `json:"mean"`
	SD     Float    `json:"sd"`
	Median Float    `json:"median"`
	CI95   [2]Float `json:"ci95"`
	// Dominant is the share of analyzed documents the theme dominates.
	Dominant Float `json:"dominant_share"`
	// Negated is the total of negated mentions.
	Negated int `json:"negated"`
	Count   int `json:"count"`
}

// GroupSummary is a theme's mean in one group.
type GroupSummary struct {
	Group string   `json:"group"`
	N     int      `json:"n"`
	Mean  Float    `json:"mean"`
	CI95  [2]Float `json:"ci95"`
}

// Correlations are Spearman rank correlations between themes.
type Correlations struct {
	Method string    `json:"method"`
	Themes []string  `json:"themes"`
	R      [][]Float `json:"r"`
	P      [][]Float `json:"p"`
}

// Comparison compares one theme between two groups.
type Comparison struct {
	Field        string `json:"field"`
	Theme        string `json:"theme"`
	GroupA       string `json:"group_a"`
	GroupB       string `json:"group_b"`
	NA           int    `json:"n_a"`
	NB           int    `json:"n_b"`
	MeanA        Float  `json:"mean_a"`
	MeanB        Float  `json:"mean_b"`
	WelchT       Float  `json:"welch_t"`
	WelchDF      Float  `json:"welch_df"`
	WelchP       Float  `json:"welch_p"`
	MannWhitneyU Float  `json:"mann_whitney_u"`
	MannWhitneyP Float  `json:"mann_whitney_p"`
	CohensD      Float  `json:"cohens_d"`
	CliffsDelta  Float  `json:"cliffs_delta"`
	PAdjusted    Float  `json:"p_adjusted"`
}

// KruskalResult is a Kruskal–Wallis test of one theme across all groups.
type KruskalResult struct {
	Groups int   `json:"groups"`
	H      Float `json:"h"`
	DF     int   `json:"df"`
	P      Float `json:"p"`
}

// TrendRow is a theme's trend over time (x in decimal years).
type TrendRow struct {
	Theme     string `json:"theme"`
	Field     string `json:"field"`
	N         int    `json:"n"`
	Slope     Float  `json:"slope"`
	Intercept Float  `json:"intercept"`
	R2        Float  `json:"r2"`
	P         Float  `json:"p"`
	// TheilSen is the Theil–Sen slope; KendallTau and KendallP Kendall's
	// tau-b of per1000 with time.
	TheilSen   Float `json:"theil_sen_slope"`
	KendallTau Float `json:"kendall_tau"`
	KendallP   Float `json:"kendall_p"`
	// Years are the per-year means of per1000, for charts.
	Years []YearMean `json:"years"`
}

// YearMean is the mean per1000 of the documents of one year.
type YearMean struct {
	Year int   `json:"year"`
	N    int   `json:"n"`
	Mean Float `json:"mean"`
}

// KeynessRow is a lexicon term over-represented in a group against the
// rest of the corpus.
type KeynessRow struct {
	Field      string `json:"field"`
	Group      string `json:"group"`
	Theme      string `json:"theme"`
	Term       string `json:"term"`
	FreqGroup  int    `json:"freq_group"`
	FreqRest   int    `json:"freq_rest"`
	WordsGroup int    `json:"words_group"`
	WordsRest  int    `json:"words_rest"`
	G2         Float  `json:"g2"`
	P          Float  `json:"p"`
	LogRatio   Float  `json:"log_ratio"`
}

// Stats computes the corpus statistics.
func (c *Corpus) Stats() *Stats {
	nt := len(c.lex.Themes)
	st := &Stats{CorpusInfo: CorpusInfo{Documents: len(c.Docs), Excluded: map[string]int{}}}
	var docs []*DocSummary
	for i := range c.Docs {
		d := &c.Docs[i]
		st.Words += d.Words
		for r, n := range d.Excluded {
			st.Excluded[r] += n
		}
		if d.Words > 0 {
			docs = append(docs, d)
		}
		if !d.Date.IsZero() {
			day := d.Date.Format("2006-01-02")
			if st.Dates[0] == "" || day < st.Dates[0] {
				st.Dates[0] = day
			}
			if day > st.Dates[1] {
				st.Dates[1] = day
			}
		}
	}
	st.Analyzed = len(docs)
	values := make([][]float64, nt)
	for ti := range values {
		values[ti] = make([]float64, len(docs))
		for di, d := range docs {
			values[ti][di] = d.Themes[ti].Per1000
		}
	}
	for ti, th := range c.lex.Themes {
		s := Summarize(values[ti])
		ts := ThemeSummary{N: s.N, Mean: Float(s.Mean), SD: Float(s.SD), Median: Float(s.Median),
			CI95: [2]Float{Float(s.CI95[0]), Float(s.CI95[1])}, Dominant: Float(math.NaN())}
		dom := 0
		for _, d := range docs {
			if d.Dominant == th.Name {
				dom++
			}
			ts.Count += d.Themes[ti].Count
			ts.Negated += d.Themes[ti].Negated
		}
		if len(docs) > 0 {
			ts.Dominant = Float(float64(dom) / float64(len(docs)))
		}
		st.Summary = append(st.Summary, Named[ThemeSummary]{th.Name, ts})
	}
	st.Correl = correlations(c.lex, values)
	if c.opts.GroupBy != "" {
		st.Compare, st.Kruskal, st.Groups = c.compare(docs, values)
	} else {
		st.Compare = []Comparison{}
	}
	st.Trends = c.trends(docs)
	st.Keyness = c.keyness(docs)
	return st
}

func correlations(lex *lexicon.Lexicon, values [][]float64) *Correlations {
	nt := len(values)
	cr := &Correlations{Method: "spearman", Themes: lex.ThemeNames(), R: make([][]Float, nt), P: make([][]Float, nt)}
	for i := range values {
		cr.R[i] = make([]Float, nt)
		cr.P[i] = make([]Float, nt)
		for j := range values {
			r, p := Spearman(values[i], values[j])
			cr.R[i][j], cr.P[i][j] = Float(r), Float(p)
		}
	}
	return cr
}

// groupDocs returns the groups of field in byte order and, for each, the
// indices of its documents.
func groupDocs(docs []*DocSummary, field string) ([]string, map[string][]int) {
	members := map[string][]int{}
	for di, d := range docs {
		seen := map[string]bool{}
		for _, g := range Groups(d.Meta[field]) {
			if !seen[g] {
				seen[g] = true
				members[g] = append(members[g], di)
			}
		}
	}
	names := make([]string, 0, len(members))
	for g := range members {
		names = append(names, g)
	}
	sort.Strings(names)
	return names, members
}

func pick(v []float64, idx []int) []float64 {
	out := make([]float64, len(idx))
	for i, k := range idx {
		out[i] = v[k]
	}
	return out
}

func (c *Corpus) compare(docs []*DocSummary, values [][]float64) ([]Comparison, Ordered[KruskalResult], Ordered[[]GroupSummary]) {
	field := c.opts.GroupBy
	names, members := groupDocs(docs, field)
	rows := []Comparison{}
	var kw Ordered[KruskalResult]
	var gs Ordered[[]GroupSummary]
	for ti, th := range c.lex.Themes {
		var groups [][]float64
		var sums []GroupSummary
		for _, g := range names {
			x := pick(values[ti], members[g])
			s := Summarize(x)
			sums = append(sums, GroupSummary{Group: g, N: s.N, Mean: Float(s.Mean), CI95: [2]Float{Float(s.CI95[0]), Float(s.CI95[1])}})
			if len(x) >= 2 {
				groups = append(groups, x)
			}
		}
		gs = append(gs, Named[[]GroupSummary]{th.Name, sums})
		h, df, p := KruskalWallis(groups...)
		kw = append(kw, Named[KruskalResult]{th.Name, KruskalResult{Groups: len(groups), H: Float(h), DF: df, P: Float(p)}})
		for i, ga := range names {
			for _, gb := range names[i+1:] {
				a, b := pick(values[ti], members[ga]), pick(values[ti], members[gb])
				if len(a) < 2 || len(b) < 2 {
					continue
				}
				t, wdf, wp := WelchT(a, b)
				u, up := MannWhitneyU(a, b)
				rows = append(rows, Comparison{
					Field: field, Theme: th.Name, GroupA: ga, GroupB: gb, NA: len(a), NB: len(b),
					MeanA: Float(Summarize(a).Mean), MeanB: Float(Summarize(b).Mean),
					WelchT: Float(t), WelchDF: Float(wdf), WelchP: Float(wp),
					MannWhitneyU: Float(u), MannWhitneyP: Float(up),
					CohensD: Float(CohensD(a, b)), CliffsDelta: Float(CliffsDelta(a, b)),
				})
			}
		}
	}
	ps := make([]float64, len(rows))
	for i, r := range rows {
		ps[i] = float64(r.MannWhitneyP)
	}
	for i, p := range BenjaminiHochberg(ps) {
		rows[i].PAdjusted = Float(p)
	}
	return rows, kw, gs
}

func (c *Corpus) trends(docs []*DocSummary) []TrendRow {
	var dated []*DocSummary
	for _, d := range docs {
		if !d.Date.IsZero() {
			dated = append(dated, d)
		}
	}
	rows := []TrendRow{}
	if len(dated) < 3 {
		return rows
	}
	sort.SliceStable(dated, func(i, j int) bool { return dated[i].Date.Before(dated[j].Date) })
	x := make([]float64, len(dated))
	for i, d := range dated {
		x[i] = DecimalYear(d.Date)
	}
	for ti, th := range c.lex.Themes {
		y := make([]float64, len(dated))
		byYear := map[int]*Moments{}
		for i, d := range dated {
			y[i] = d.Themes[ti].Per1000
			yr := d.Date.Year()
			if byYear[yr] == nil {
				byYear[yr] = &Moments{}
			}
			byYear[yr].Add(y[i])
		}
		tr := LinearTrend(x, y)
		ts, _ := TheilSen(x, y)
		tau, tp := KendallTau(x, y)
		row := TrendRow{Theme: th.Name, Field: c.opts.DateField, N: tr.N, Slope: Float(tr.Slope), Intercept: Float(tr.Intercept),
			R2: Float(tr.R2), P: Float(tr.P), TheilSen: Float(ts), KendallTau: Float(tau), KendallP: Float(tp)}
		years := make([]int, 0, len(byYear))
		for yr := range byYear {
			years = append(years, yr)
		}
		sort.Ints(years)
		for _, yr := range years {
			m := byYear[yr]
			row.Years = append(row.Years, YearMean{Year: yr, N: int(m.N), Mean: Float(m.Mean)})
		}
		rows = append(rows, row)
	}
	return rows
}

// keynessTop is how many key terms are kept per group and theme.
const keynessTop = 10

func (c *Corpus) keyness(docs []*DocSummary) []KeynessRow {
	field := c.opts.GroupBy
	var names []string
	var members map[string][]int
	if field != "" {
		names, members = groupDocs(docs, field)
	} else {
		field = "year"
		members = map[string][]int{}
		for di, d := range docs {
			if !d.Date.IsZero() {
				y := strconv.Itoa(d.Date.Year())
				members[y] = append(members[y], di)
			}
		}
		for g := range members {
			names = append(names, g)
		}
		sort.Strings(names)
	}
	rows := []KeynessRow{}
	if len(names) < 2 {
		return rows
	}
	total := 0
	totalTerms := map[termKey]int{}
	for _, d := range docs {
		total += d.Words
		for k, n := range d.terms {
			totalTerms[k] += n
		}
	}
	chi := distuv.ChiSquared{K: 1}
	for _, g := range names {
		words := 0
		terms := map[termKey]int{}
		for _, di := range members[g] {
			words += docs[di].Words
			for k, n := range docs[di].terms {
				terms[k] += n
			}
		}
		rest := total - words
		if words == 0 || rest == 0 {
			continue
		}
		for ti, th := range c.lex.Themes {
			var cands []KeynessRow
			for k, a := range terms {
				if k.theme != ti {
					continue
				}
				b := totalTerms[k] - a
				lr := LogRatio(float64(a), float64(b), float64(words), float64(rest))
				if !(lr > 0) {
					continue
				}
				g2 := LogLikelihoodG2(float64(a), float64(b), float64(words), float64(rest))
				cands = append(cands, KeynessRow{Field: field, Group: g, Theme: th.Name, Term: k.term,
					FreqGroup: a, FreqRest: b, WordsGroup: words, WordsRest: rest,
					G2: Float(g2), P: Float(chi.Survival(g2)), LogRatio: Float(lr)})
			}
			sort.Slice(cands, func(i, j int) bool {
				if cands[i].G2 != cands[j].G2 {
					return cands[i].G2 > cands[j].G2
				}
				return cands[i].Term < cands[j].Term
			})
			if len(cands) > keynessTop {
				cands = cands[:keynessTop]
			}
			rows = append(rows, cands...)
		}
	}
	return rows
}
