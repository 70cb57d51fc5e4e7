package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/report"
)

// TestMain runs the pipelines on Beam's default test runner: prism, in
// this process.
func TestMain(m *testing.M) { ptest.Main(m) }

const tolerance = 1e-9

// runPipeline runs the pipeline and returns its summary's objects and
// its document lines, sorted.
func runPipeline(t *testing.T, cfg Config) (map[string]json.RawMessage, []string) {
	t.Helper()
	out := t.TempDir()
	cfg.Documents = filepath.Join(out, "documents.jsonl")
	cfg.Summary = filepath.Join(out, "summary.json")
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	t.Logf("pipeline ran in %v on %s", time.Since(start).Round(time.Millisecond), ptest.DefaultRunner())
	b, err := os.ReadFile(cfg.Summary)
	if err != nil {
		t.Fatal(err)
	}
	var sum map[string]json.RawMessage
	if err := json.Unmarshal(b, &sum); err != nil {
		t.Fatalf("summary %s: %v", b, err)
	}
	files := []string{cfg.Documents}
	if cfg.Shards > 1 {
		if files, err = filepath.Glob(filepath.Join(out, "documents-*-of-*.jsonl")); err != nil || len(files) < 2 || len(files) > cfg.Shards {
			t.Fatalf("%d shard files of %d: %v", len(files), cfg.Shards, err)
		}
	}
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return sum, sortedLines(all)
}

// runReport runs corpus-report's library on the same paths: its JSON
// report, and its JSON lines.
func runReport(t *testing.T, paths []string, groupBy string) (map[string]json.RawMessage, []string) {
	t.Helper()
	var js, jl bytes.Buffer
	for _, o := range []struct {
		format string
		w      io.Writer
	}{{"json", &js}, {"jsonl", &jl}} {
		if err := report.Write(context.Background(), o.w, paths, report.Options{Format: o.format, GroupBy: groupBy}); err != nil {
			t.Fatal(err)
		}
	}
	var rep map[string]json.RawMessage
	if err := json.Unmarshal(js.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	return rep, sortedLines(jl.Bytes())
}

func sortedLines(b []byte) []string {
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		lines = nil
	}
	slices.Sort(lines)
	return lines
}

// tokens returns the JSON tokens of raw, numbers as json.Number.
func tokens(t *testing.T, raw []byte) []json.Token {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var out []json.Token
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%v in %s", err, raw)
		}
		out = append(out, tok)
	}
}

// sameJSON reports where got and want differ: in shape, keys and their
// order, strings, or numbers by more than tolerance (null only matches
// null).
func sameJSON(t *testing.T, name string, got, want []byte) {
	t.Helper()
	g, w := tokens(t, got), tokens(t, want)
	if len(g) != len(w) {
		t.Errorf("%s: %d JSON tokens, want %d:\n got %s\nwant %s", name, len(g), len(w), got, want)
		return
	}
	for i := range g {
		gn, gok := g[i].(json.Number)
		wn, wok := w[i].(json.Number)
		if gok && wok {
			gf, err1 := gn.Float64()
			wf, err2 := wn.Float64()
			if err1 != nil || err2 != nil || math.Abs(gf-wf) > tolerance {
				t.Errorf("%s: token %d is %v, want %v (context %v)", name, i, gn, wn, w[max(0, i-6):i])
			}
			continue
		}
		if g[i] != w[i] {
			t.Errorf("%s: token %d is %v, want %v (context %v)", name, i, g[i], w[i], w[max(0, i-6):i])
			return
		}
	}
}

// compare checks the pipeline's output against corpus-report's.
func compare(t *testing.T, paths, patterns []string, groupBy string, shards, wantDocs int) {
	t.Helper()
	sum, docs := runPipeline(t, Config{Inputs: patterns, GroupBy: groupBy, Shards: shards})
	start := time.Now()
	rep, repDocs := runReport(t, paths, groupBy)
	t.Logf("report.Write (json and jsonl) ran in %v", time.Since(start).Round(time.Millisecond))

	keys := []string{"corpus", "summary"}
	if groupBy != "" {
		keys = append(keys, "groups")
	}
	for k := range sum {
		if !slices.Contains(keys, k) {
			t.Errorf("summary has %q, want only %v", k, keys)
		}
	}
	for _, k := range keys {
		if sum[k] == nil || rep[k] == nil {
			t.Fatalf("%q missing: pipeline %s, report %s", k, sum[k], rep[k])
		}
		sameJSON(t, k, sum[k], rep[k])
	}
	var ci analyze.CorpusInfo
	if err := json.Unmarshal(sum["corpus"], &ci); err != nil {
		t.Fatal(err)
	}
	if ci.Documents != wantDocs || len(docs) != wantDocs {
		t.Errorf("%d documents in the summary, %d written; want %d", ci.Documents, len(docs), wantDocs)
	}
	if len(docs) != len(repDocs) {
		t.Fatalf("%d document objects, corpus-report wrote %d", len(docs), len(repDocs))
	}
	for i := range docs {
		if docs[i] != repDocs[i] {
			t.Fatalf("document objects differ:\n got %s\nwant %s", docs[i], repDocs[i])
		}
	}
}

func TestTestdataCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "corpus")
	for _, groupBy := range []string{"", "section", "tags"} {
		t.Run("group_by="+groupBy, func(t *testing.T) {
			compare(t, []string{dir}, []string{dir + "/*"}, groupBy, 0, 37)
		})
	}
}

// The words the generated essays are made of: sentences that carry the
// themes, negated ones, and filler.
var sentences = []string{
	"I was always the one who reached out first.",
	"Nobody texts back now.",
	"She returned the favor the next week, as neighbors do.",
	"We took turns bringing dinner to each other.",
	"I felt lonely in the crowded room.",
	"I have no one to talk to after work.",
	"They left me out of the group chat again.",
	"The door was shut in my face.",
	"I was not lonely that winter.",
	"Nobody rejected me; I never felt excluded.",
	"The old rules no longer seem to mean anything.",
	"Nothing makes sense anymore and nobody knows what is expected.",
	"The circle of friends keeps getting smaller.",
	"He owes me one, and I owe him two.",
	"The bus was late and the coffee was cold.",
	"We planted tomatoes along the fence.",
	"The meeting ran long, as meetings do.",
	"I read the paper on the porch.",
	"Rain again, all afternoon.",
	"Thank you notes are a dying art, my aunt says.",
}

// generate writes a corpus of n documents: JSON lines in three files, a
// few Markdown files with front matter, a hidden file and one of an
// unknown format, which are not read.
func generate(t *testing.T, dir string, n int) int {
	t.Helper()
	rng := rand.New(rand.NewPCG(9, 2026))
	sections := []any{"essays", "notes", "reviews", []any{"essays", "notes"}, 2024, nil}
	files := []string{"a.jsonl", "b.jsonl", "c.ndjson"}
	var bufs [3]bytes.Buffer
	docs := 0
	for i := range n {
		rec := map[string]any{"id": fmt.Sprintf("g%05d", i)}
		var text []string
		switch {
		case i%97 == 0:
			// no words
		case i%89 == 0:
			text = append(text, "— … !")
		default:
			for range 3 + rng.IntN(10) {
				text = append(text, sentences[rng.IntN(len(sentences))])
			}
		}
		rec["text"] = strings.Join(text, " ")
		if s := sections[rng.IntN(len(sections))]; s != nil {
			rec["section"] = s
		}
		if rng.IntN(4) > 0 {
			rec["date"] = time.Date(2020+rng.IntN(6), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
		if i%500 == 7 {
			delete(rec, "id") // the line number is the ID
		}
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		buf := &bufs[rng.IntN(3)]
		buf.Write(b)
		buf.WriteByte('\n')
		docs++
	}
	bufs[1].WriteString("not json\n") // skipped with a warning, by both
	for i, f := range files {
		write(t, filepath.Join(dir, f), bufs[i].String())
	}
	for i := range 5 {
		md := fmt.Sprintf("---\ntitle: Post %d\nsection: essays\ndate: 2024-0%d-15\n---\n\n# Post %d\n\n%s %s\n\nSee `code here` and [a link](http://example.com).\n",
			i, i+1, i, sentences[i], sentences[i+4])
		write(t, filepath.Join(dir, fmt.Sprintf("post-%d.md", i)), md)
		docs++
	}
	write(t, filepath.Join(dir, ".hidden.md"), "I felt lonely.\n")
	write(t, filepath.Join(dir, "notes.rst"), "I felt lonely.\n")
	return docs
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestGeneratedCorpus(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	dir := t.TempDir()
	docs := generate(t, dir, n)
	compare(t, []string{dir}, []string{filepath.Join(dir, "*")}, "section", 8, docs)
}

// TestSummaryCombineIsAssociative merges random partitions of the same
// scores in random orders and checks that the summaries agree.
func TestSummaryCombineIsAssociative(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const themes = 4
	var scores []docScore
	for i := range 500 {
		sc := docScore{Words: rng.IntN(300), Dominant: rng.IntN(themes+1) - 1, Excluded: []string{"code"}}
		if i%7 == 0 {
			sc.Date = fmt.Sprintf("2024-%02d-01", 1+rng.IntN(12))
		}
		for range themes {
			sc.Per1000 = append(sc.Per1000, math.Round(rng.Float64()*40*1e6)/1e6)
			sc.Count = append(sc.Count, rng.IntN(5))
			sc.Negated = append(sc.Negated, rng.IntN(2))
		}
		scores = append(scores, sc)
	}
	fn := &summaryFn{Themes: themes}
	whole := fn.CreateAccumulator()
	for _, sc := range scores {
		whole = fn.AddInput(whole, sc)
	}
	for trial := range 20 {
		parts := make([]summaryAcc, 1+rng.IntN(30))
		for i := range parts {
			parts[i] = fn.CreateAccumulator()
		}
		for _, i := range rng.Perm(len(scores)) {
			k := rng.IntN(len(parts))
			parts[k] = fn.AddInput(parts[k], scores[i])
		}
		for len(parts) > 1 { // merge random pairs
			i := rng.IntN(len(parts) - 1)
			parts[i] = fn.MergeAccumulators(parts[i], parts[i+1])
			parts = slices.Delete(parts, i+1, i+2)
		}
		got := fn.ExtractOutput(parts[0])
		if got.Documents != whole.Documents || got.Analyzed != whole.Analyzed || got.Words != whole.Words ||
			got.First != whole.First || got.Last != whole.Last || !slices.Equal(got.Count, whole.Count) ||
			!slices.Equal(got.Negated, whole.Negated) || !slices.Equal(got.Dominant, whole.Dominant) ||
			got.Excluded["code"] != whole.Excluded["code"] {
			t.Fatalf("trial %d: counts differ:\n got %+v\nwant %+v", trial, got, whole)
		}
		for ti := range themes {
			g, w := got.Moments[ti], whole.Moments[ti]
			if g.N != w.N || math.Abs(g.Mean-w.Mean) > tolerance || math.Abs(g.Variance()-w.Variance()) > tolerance {
				t.Fatalf("trial %d theme %d: moments %+v, want %+v", trial, ti, g, w)
			}
		}
	}
}

func TestPatternBase(t *testing.T) {
	for _, c := range []struct {
		pat, base string
		wild      bool
	}{
		{"testdata/corpus/*", "testdata/corpus", true},
		{"gs://bucket/essays/*/*.md", "gs://bucket/essays", true},
		{"*.jsonl", "", true},
		{"/*.md", "/", true},
		{"/data/posts.jsonl", "/data", false},
		{"essays/2024-0?-*.md", "essays", true},
	} {
		base, wild := patternBase(c.pat)
		if base != c.base || wild != c.wild {
			t.Errorf("patternBase(%q) = %q, %v; want %q, %v", c.pat, base, wild, c.base, c.wild)
		}
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		x    []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{4, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{0, 0, 7, 0}, 0},
	} {
		i := 0
		values := func(v *float64) bool {
			if i == len(c.x) {
				return false
			}
			*v = c.x[i]
			i++
			return true
		}
		var got []float64
		median(2, values, func(ti int, m float64) {
			if ti != 2 {
				t.Errorf("theme %d, want 2", ti)
			}
			got = append(got, m)
		})
		if want := analyze.Summarize(c.x).Median; len(got) != 1 || got[0] != c.want || got[0] != want {
			t.Errorf("median(%v) = %v, want %v (Summarize: %v)", c.x, got, c.want, want)
		}
	}
}

// TestGzip reads gzipped JSON lines, which fileio decompresses, and checks
// the summary against corpus-report on the same lines uncompressed.
func TestGzip(t *testing.T) {
	plain, zipped := t.TempDir(), t.TempDir()
	var b bytes.Buffer
	for i := range 40 {
		fmt.Fprintf(&b, "{\"id\":%d,\"text\":%q,\"section\":%q}\n", i, sentences[i%len(sentences)]+" "+sentences[(i*7)%len(sentences)], []string{"a", "b"}[i%2])
	}
	write(t, filepath.Join(plain, "posts.jsonl"), b.String())
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(b.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(zipped, "posts.jsonl.gz"), z.String())
	sum, docs := runPipeline(t, Config{Inputs: []string{filepath.Join(zipped, "*")}, GroupBy: "section"})
	rep, _ := runReport(t, []string{plain}, "section")
	for _, k := range []string{"corpus", "summary", "groups"} {
		sameJSON(t, k, sum[k], rep[k])
	}
	if len(docs) != 40 || !strings.Contains(docs[0], `"source":"`+filepath.Join(zipped, "posts.jsonl.gz")+`"`) {
		t.Errorf("%d documents; first %.200s", len(docs), docs[0])
	}
}
