package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"path"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/corpus"
	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/textmodel"
)

// Config describes one run of the pipeline.
type Config struct {
	// Inputs are file patterns (globs such as "essays/*.md" or
	// "gs://bucket/posts/*/*.jsonl"): .txt, .md/.markdown, .html, .jsonl,
	// .ndjson, .csv and WordPress .xml files, optionally gzipped (.gz).
	Inputs []string
	// Documents is where the document objects are written, one JSON line
	// each, in no particular order; "" writes none.
	Documents string
	// Shards, when more than 1, writes the documents in that many files
	// in parallel, Documents with "-SSSSS-of-NNNNN" before its extension
	// (a shard that gets no document writes no file). Otherwise one worker
	// writes them all to Documents.
	Shards int
	// Summary is where the summary JSON is written (one line).
	Summary string
	// GroupBy names the metadata field whose values form groups (as
	// corpus-report -group-by); "" for none.
	GroupBy string
	// Lexicon holds the lexicon files (the project's .lex format, or one
	// LIWC .dic); none means the embedded default. The files travel in
	// the pipeline, so workers need no access to the submitter's disk.
	Lexicon []lexicon.Source
}

// LoadLexicon parses the lexicon of sources as lexicon.Load would read
// them from disk: the embedded default when there are none.
func LoadLexicon(srcs []lexicon.Source) (*lexicon.Lexicon, error) {
	switch {
	case len(srcs) == 0:
		return lexicon.Default()
	case len(srcs) == 1 && lexicon.IsDic(srcs[0].Name, srcs[0].Data):
		return lexicon.ParseDic(bytes.NewReader(srcs[0].Data), srcs[0].Name)
	}
	return lexicon.ParseSources(srcs...)
}

// Build adds the pipeline to s: read and parse the files, analyze every
// document, write the document objects and the summary.
func Build(s beam.Scope, cfg Config) error {
	if len(cfg.Inputs) == 0 {
		return errors.New("no input pattern")
	}
	if cfg.Summary == "" {
		return errors.New("no summary output")
	}
	lex, err := LoadLexicon(cfg.Lexicon)
	if err != nil {
		return err
	}
	themes := lex.ThemeNames()

	var parts []beam.PCollection
	for _, pat := range cfg.Inputs {
		rs := s.Scope("Read " + pat)
		base, wild := patternBase(pat)
		files := fileio.ReadMatches(rs, fileio.MatchFiles(rs, pat, fileio.MatchEmptyAllowIfWildcard()))
		parts = append(parts, beam.ParDo(rs, &parseFileFn{Base: base, Wildcard: wild}, files))
	}
	docs := beam.Flatten(s, parts...)
	// A JSON lines file is parsed by one worker; spread its documents
	// before the analysis, which is where the time goes.
	docs = beam.Reshuffle(s, docs)

	objects, scores := beam.ParDo2(s, &analyzeFn{Lexicon: cfg.Lexicon, GroupBy: cfg.GroupBy}, docs)
	switch {
	case cfg.Documents == "":
	case cfg.Shards > 1:
		ws := s.Scope("Write documents")
		keyed := beam.ParDo(ws, &shardFn{Shards: cfg.Shards}, objects)
		beam.ParDo0(ws, &writeShardFn{Name: cfg.Documents, Shards: cfg.Shards}, beam.GroupByKey(ws, keyed))
	default:
		textio.Write(s.Scope("Write documents"), cfg.Documents, objects)
	}

	ss := s.Scope("Summary")
	keyed := beam.ParDo(ss, keyByGroup, scores)
	accs := beam.CombinePerKey(ss, &summaryFn{Themes: len(themes)}, keyed)
	values := beam.ParDo(ss, themeValues, scores)
	medians := beam.ParDo(ss, median, beam.GroupByKey(ss, values))
	summary := beam.ParDo(ss, &summaryJSONFn{Themes: themes, GroupBy: cfg.GroupBy}, beam.Impulse(ss),
		beam.SideInput{Input: accs}, beam.SideInput{Input: medians})
	textio.Write(ss, cfg.Summary, summary)
	return nil
}

// patternBase returns the folder of a file pattern before its first
// wildcard, and whether it has one. Documents of whole files matched by a
// wildcard are identified, as corpus.NewReader does inside a folder, by
// their path relative to that folder.
func patternBase(pat string) (base string, wild bool) {
	i := strings.IndexAny(pat, "*?[")
	if i < 0 {
		return path.Dir(pat), false
	}
	j := strings.LastIndex(pat[:i], "/")
	switch {
	case j < 0:
		return "", true
	case j == 0:
		return "/", true
	}
	return pat[:j], true
}

// rawDoc is a document as read, before analysis. Meta travels as JSON:
// corpus metadata holds JSON values only, so the round trip is exact.
type rawDoc struct {
	ID     string
	Source string
	Meta   string
	Text   string
	Skip   []rawSpan
}

type rawSpan struct {
	Start, End int
	Reason     string
}

// parseFileFn reads the documents of one file with the corpus package:
// one for a text, Markdown or HTML file, one per record for JSON lines,
// CSV and WordPress exports (streamed, never read whole).
type parseFileFn struct {
	Base     string
	Wildcard bool
}

func (f *parseFileFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(rawDoc)) error {
	p := file.Metadata.Path
	name := strings.TrimSuffix(p, ".gz") // ReadMatches decompresses .gz files
	rel := strings.TrimPrefix(strings.TrimPrefix(name, f.Base), "/")
	if f.Base == "" {
		rel = name
	}
	if f.Wildcard {
		// Inside a folder, corpus.NewReader skips hidden files and those
		// it has no format for, silently.
		if corpus.Format(name) == "" || slices.ContainsFunc(strings.Split(rel, "/"), func(c string) bool { return strings.HasPrefix(c, ".") }) {
			return nil
		}
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	r := corpus.NewFileReader(name, rc, corpus.Options{Warn: func(w corpus.Warning) {
		w.Source = p
		log.Warnf(ctx, "%v", w)
	}})
	for {
		d, err := r.Next()
		if err != nil { // io.EOF: a file reader has no other error
			return nil
		}
		d.Source = p
		switch d.Format {
		case "txt", "markdown", "html":
			if f.Wildcard {
				d.ID = strings.TrimSuffix(rel, path.Ext(rel))
			}
		}
		rd := rawDoc{ID: d.ID, Source: d.Source, Text: d.Text}
		if d.Meta != nil {
			b, err := json.Marshal(d.Meta)
			if err != nil {
				return fmt.Errorf("%s:%d: metadata: %v", p, d.Line, err)
			}
			rd.Meta = string(b)
		}
		for _, sp := range d.Skip {
			rd.Skip = append(rd.Skip, rawSpan{sp.Start, sp.End, sp.Reason})
		}
		emit(rd)
	}
}

// docScore is what the statistics need of an analyzed document.
type docScore struct {
	Words    int
	Dominant int      // index of the dominant theme, -1 for none
	Date     string   // "2006-01-02", "" when the document has none
	Excluded []string // the reasons of its excluded spans, one per span
	Groups   []string // its groups of Config.GroupBy, distinct
	Per1000  []float64
	Count    []int
	Negated  []int
}

// analyzers holds one Analyzer per lexicon in this worker process, shared
// by every instance of analyzeFn (the runner makes one per bundle it runs
// at once); an Analyzer is safe for concurrent use.
var analyzers sync.Map // lexicon key -> func() (*analyze.Analyzer, error)

func sharedAnalyzer(srcs []lexicon.Source) (*analyze.Analyzer, error) {
	h := sha256.New()
	for _, s := range srcs {
		fmt.Fprintf(h, "%d:%s%d:", len(s.Name), s.Name, len(s.Data))
		h.Write(s.Data)
	}
	key := hex.EncodeToString(h.Sum(nil))
	v, _ := analyzers.LoadOrStore(key, sync.OnceValues(func() (*analyze.Analyzer, error) {
		lex, err := LoadLexicon(srcs)
		if err != nil {
			return nil, err
		}
		opts := []analyze.Option{analyze.WithLexicon(lex)}
		if len(srcs) == 0 {
			// The embedded themes come with their context model, as in
			// corpus-report.
			m, err := textmodel.Default()
			if err != nil {
				return nil, err
			}
			opts = append(opts, analyze.WithContextModel(m))
		}
		return analyze.New(opts...)
	}))
	return v.(func() (*analyze.Analyzer, error))()
}

// analyzeFn scores documents. It emits the document object as a JSON line
// and the document's scores for the statistics.
type analyzeFn struct {
	Lexicon []lexicon.Source
	GroupBy string

	a *analyze.Analyzer
}

func (f *analyzeFn) Setup() error {
	var err error
	f.a, err = sharedAnalyzer(f.Lexicon)
	return err
}

func (f *analyzeFn) ProcessElement(ctx context.Context, rd rawDoc, object func(string), score func(docScore)) error {
	in := analyze.Input{ID: rd.ID, Source: rd.Source, Text: rd.Text}
	if rd.Meta != "" {
		if err := json.Unmarshal([]byte(rd.Meta), &in.Meta); err != nil {
			return fmt.Errorf("%s: metadata: %v", rd.Source, err)
		}
	}
	for _, sp := range rd.Skip {
		in.Skip = append(in.Skip, analyze.Span{Start: sp.Start, End: sp.End, Reason: sp.Reason})
	}
	d, err := f.a.Analyze(ctx, in)
	if err != nil {
		return err
	}
	for _, w := range d.Warnings {
		log.Warnf(ctx, "%s: %s", d.Source, w)
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // as corpus-report -format jsonl
	if err := enc.Encode(d); err != nil {
		return err
	}
	object(strings.TrimSuffix(b.String(), "\n"))

	sc := docScore{Words: d.Words, Dominant: -1}
	if t, ok := analyze.ParseDate(d.Meta["date"]); ok {
		sc.Date = t.Format("2006-01-02")
	}
	for _, sp := range d.Excluded {
		sc.Excluded = append(sc.Excluded, sp.Reason)
	}
	if f.GroupBy != "" {
		for _, g := range analyze.Groups(d.Meta[f.GroupBy]) {
			if !slices.Contains(sc.Groups, g) {
				sc.Groups = append(sc.Groups, g)
			}
		}
	}
	for ti, t := range d.Themes {
		if t.Theme == d.Dominant {
			sc.Dominant = ti
		}
		sc.Per1000 = append(sc.Per1000, t.Per1000)
		sc.Count = append(sc.Count, t.Count)
		sc.Negated = append(sc.Negated, t.Negated)
	}
	score(sc)
	return nil
}

// shardFn keys a line by its shard, a hash of its content.
type shardFn struct{ Shards int }

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

// ShardName returns the name of shard i of n of the file name.
func ShardName(name string, i, n int) string {
	ext := path.Ext(name)
	return fmt.Sprintf("%s-%05d-of-%05d%s", strings.TrimSuffix(name, ext), i, n, ext)
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Name   string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := ShardName(f.Name, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := fd.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return w.Flush()
}

// corpusKey is the key of the whole corpus; a group g is keyed "=" + g.
const corpusKey = ""

// keyByGroup keys every document by the corpus, and each analyzed
// document also by each of its groups (only documents with words are in
// the statistics, as in analyze.Corpus.Stats).
func keyByGroup(sc docScore, emit func(string, docScore)) {
	emit(corpusKey, sc)
	if sc.Words > 0 {
		for _, g := range sc.Groups {
			emit("="+g, sc)
		}
	}
}

// summaryAcc is the mergeable summary of a set of documents: corpus
// counts, and per theme (lexicon order) the moments of per1000 and the
// totals over the analyzed documents.
type summaryAcc struct {
	Documents int
	Analyzed  int
	Words     int
	First     string // earliest date, "" when none
	Last      string
	Excluded  map[string]int
	Moments   []analyze.Moments
	Count     []int
	Negated   []int
	Dominant  []int
}

// summaryFn combines docScores into a summaryAcc. Every step is
// associative and commutative (Moments.Merge is exact up to rounding), so
// the runner may combine partial sums on each worker before the shuffle.
type summaryFn struct {
	Themes int
}

func (f *summaryFn) CreateAccumulator() summaryAcc {
	return summaryAcc{
		Excluded: map[string]int{},
		Moments:  make([]analyze.Moments, f.Themes),
		Count:    make([]int, f.Themes), Negated: make([]int, f.Themes), Dominant: make([]int, f.Themes),
	}
}

func (f *summaryFn) AddInput(a summaryAcc, sc docScore) summaryAcc {
	a = f.fix(a)
	a.Documents++
	a.Words += sc.Words
	a.First, a.Last = dateRange(a.First, a.Last, sc.Date, sc.Date)
	for _, r := range sc.Excluded {
		a.Excluded[r]++
	}
	if sc.Words == 0 {
		return a
	}
	a.Analyzed++
	for ti := range min(f.Themes, len(sc.Per1000)) {
		a.Moments[ti].Add(sc.Per1000[ti])
		a.Count[ti] += sc.Count[ti]
		a.Negated[ti] += sc.Negated[ti]
	}
	if sc.Dominant >= 0 && sc.Dominant < f.Themes {
		a.Dominant[sc.Dominant]++
	}
	return a
}

func (f *summaryFn) MergeAccumulators(a, b summaryAcc) summaryAcc {
	a, b = f.fix(a), f.fix(b)
	a.Documents += b.Documents
	a.Analyzed += b.Analyzed
	a.Words += b.Words
	a.First, a.Last = dateRange(a.First, a.Last, b.First, b.Last)
	for r, n := range b.Excluded {
		a.Excluded[r] += n
	}
	for ti := range f.Themes {
		a.Moments[ti].Merge(b.Moments[ti])
		a.Count[ti] += b.Count[ti]
		a.Negated[ti] += b.Negated[ti]
		a.Dominant[ti] += b.Dominant[ti]
	}
	return a
}

func (f *summaryFn) ExtractOutput(a summaryAcc) summaryAcc { return f.fix(a) }

// fix gives an accumulator that a coder handed back without its empty
// slices and map their full size.
func (f *summaryFn) fix(a summaryAcc) summaryAcc {
	if a.Excluded == nil {
		a.Excluded = map[string]int{}
	}
	grow := func(x []int) []int { return append(x, make([]int, max(0, f.Themes-len(x)))...) }
	a.Count, a.Negated, a.Dominant = grow(a.Count), grow(a.Negated), grow(a.Dominant)
	a.Moments = append(a.Moments, make([]analyze.Moments, max(0, f.Themes-len(a.Moments)))...)
	return a
}

func dateRange(first, last, f2, l2 string) (string, string) {
	if f2 != "" && (first == "" || f2 < first) {
		first = f2
	}
	if l2 > last {
		last = l2
	}
	return first, last
}

// themeValues emits (theme index, per1000) for every analyzed document:
// the values the medians need.
func themeValues(sc docScore, emit func(int, float64)) {
	if sc.Words == 0 {
		return
	}
	for ti, v := range sc.Per1000 {
		emit(ti, v)
	}
}

// median computes the median of one theme's values, as analyze.Summarize.
func median(ti int, values func(*float64) bool, emit func(int, float64)) {
	var x []float64
	var v float64
	for values(&v) {
		x = append(x, v)
	}
	if len(x) == 0 {
		return
	}
	slices.Sort(x)
	n := len(x)
	m := x[n/2]
	if n%2 == 0 {
		m = (x[n/2-1] + x[n/2]) / 2
	}
	emit(ti, m)
}

// Summary is the JSON the pipeline writes: the "corpus", "summary" and
// (with a group-by field) "groups" objects of corpus-report -format json.
type Summary struct {
	Corpus  analyze.CorpusInfo                      `json:"corpus"`
	Summary analyze.Ordered[analyze.ThemeSummary]   `json:"summary"`
	Groups  analyze.Ordered[[]analyze.GroupSummary] `json:"groups,omitempty"`
}

// summaryJSONFn writes the summary from the combined accumulators and the
// medians, given as side inputs.
type summaryJSONFn struct {
	Themes  []string
	GroupBy string
}

func (f *summaryJSONFn) ProcessElement(_ []byte, accs func(*string, *summaryAcc) bool, medians func(*int, *float64) bool, emit func(string)) error {
	sfn := &summaryFn{Themes: len(f.Themes)}
	all := sfn.CreateAccumulator()
	groups := map[string]summaryAcc{}
	var k string
	var a summaryAcc
	for accs(&k, &a) {
		a = sfn.fix(a)
		if k == corpusKey {
			all = a
		} else {
			groups[strings.TrimPrefix(k, "=")] = a
		}
	}
	med := make([]float64, len(f.Themes))
	for i := range med {
		med[i] = math.NaN()
	}
	var ti int
	var m float64
	for medians(&ti, &m) {
		if ti >= 0 && ti < len(med) {
			med[ti] = m
		}
	}
	out := Summary{Corpus: analyze.CorpusInfo{
		Documents: all.Documents, Analyzed: all.Analyzed, Words: all.Words,
		Dates: [2]string{all.First, all.Last}, Excluded: all.Excluded,
	}}
	for ti, name := range f.Themes {
		mom := all.Moments[ti]
		mean, sd, ci := fromMoments(mom)
		ts := analyze.ThemeSummary{N: int(mom.N), Mean: mean, SD: sd, Median: analyze.Float(med[ti]), CI95: ci,
			Dominant: analyze.Float(math.NaN()), Negated: all.Negated[ti], Count: all.Count[ti]}
		if all.Analyzed > 0 {
			ts.Dominant = analyze.Float(float64(all.Dominant[ti]) / float64(all.Analyzed))
		}
		out.Summary = append(out.Summary, analyze.Named[analyze.ThemeSummary]{Name: name, Value: ts})
	}
	if f.GroupBy != "" {
		names := make([]string, 0, len(groups))
		for g := range groups {
			names = append(names, g)
		}
		sort.Strings(names)
		for ti, name := range f.Themes {
			var sums []analyze.GroupSummary
			for _, g := range names {
				mom := groups[g].Moments[ti]
				mean, _, ci := fromMoments(mom)
				sums = append(sums, analyze.GroupSummary{Group: g, N: int(mom.N), Mean: mean, CI95: ci})
			}
			out.Groups = append(out.Groups, analyze.Named[[]analyze.GroupSummary]{Name: name, Value: sums})
		}
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	emit(strings.TrimSuffix(b.String(), "\n"))
	return nil
}

// fromMoments returns the mean, standard deviation and 95% t interval of
// the mean as analyze.Summarize does: NaN where undefined (no value; one
// value for the deviation and the interval).
func fromMoments(m analyze.Moments) (mean, sd analyze.Float, ci [2]analyze.Float) {
	nan := analyze.Float(math.NaN())
	mean, sd, ci = nan, nan, [2]analyze.Float{nan, nan}
	if m.N == 0 {
		return
	}
	mean = analyze.Float(m.Mean)
	if m.N < 2 {
		return
	}
	s := m.StdDev()
	t := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: m.N - 1}.Quantile(0.975)
	half := t * s / math.Sqrt(m.N)
	return mean, analyze.Float(s), [2]analyze.Float{analyze.Float(m.Mean - half), analyze.Float(m.Mean + half)}
}

func init() {
	beam.RegisterType(reflect.TypeOf((*rawDoc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*rawSpan)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*docScore)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*summaryAcc)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*analyze.Moments)(nil)).Elem())

	register.DoFn3x1[context.Context, fileio.ReadableFile, func(rawDoc), error](&parseFileFn{})
	register.DoFn4x1[context.Context, rawDoc, func(string), func(docScore), error](&analyzeFn{})
	register.Combiner3[summaryAcc, docScore, summaryAcc](&summaryFn{})
	register.DoFn4x1[[]byte, func(*string, *summaryAcc) bool, func(*int, *float64) bool, func(string), error](&summaryJSONFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
	register.Function2x0(keyByGroup)
	register.Function2x0(themeValues)
	register.Function3x0(median)

	register.Emitter1[rawDoc]()
	register.Emitter1[string]()
	register.Emitter1[docScore]()
	register.Emitter2[string, docScore]()
	register.Emitter2[int, float64]()
	register.Iter1[float64]()
	register.Iter2[string, summaryAcc]()
	register.Iter2[int, float64]()
}
