package analyze_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

func testAnalyzer(t testing.TB, opts ...analyze.Option) *analyze.Analyzer {
	t.Helper()
	l, err := lexicon.Load("../testdata/lexicon/test.lex")
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.New(append([]analyze.Option{analyze.WithLexicon(l)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnalyzeScores(t *testing.T) {
	a := testAnalyzer(t)
	text := "Alone Again\n\nI was lonely. Nobody calls. I am not rejected.\n\nThey shut the door, and I was left out."
	d, err := a.AnalyzeString(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	// Hand-counted: 2 + 9 + 9 = 20 words; isolation: Alone (1), lonely
	// (2), Nobody calls (1); rejection: shut the door (1.5), left out (1),
	// rejected negated.
	if d.Words != 20 || d.Sentences != 5 || len(d.Paragraphs) != 3 {
		t.Fatalf("words %d sentences %d paragraphs %d", d.Words, d.Sentences, len(d.Paragraphs))
	}
	iso, _ := d.Themes.Get("isolation")
	rej, _ := d.Themes.Get("rejection")
	rec, _ := d.Themes.Get("reciprocity")
	check := func(name string, s analyze.ThemeScore, count, negated int, weight float64) {
		t.Helper()
		if s.Count != count || s.Negated != negated || !close(s.Per1000, float64(count)*1000/20) || !close(s.Score, weight*1000/20) {
			t.Errorf("%s: %+v, want count %d negated %d weight %g", name, s, count, negated, weight)
		}
	}
	check("isolation", iso, 3, 0, 4)
	check("rejection", rej, 2, 1, 2.5)
	check("reciprocity", rec, 0, 0, 0)
	if d.Dominant != "isolation" {
		t.Errorf("dominant %q", d.Dominant)
	}
	if len(d.Evidence) != 6 {
		t.Fatalf("evidence %+v", d.Evidence)
	}
	for _, e := range d.Evidence {
		if text[e.Start:e.End] != e.Text {
			t.Errorf("evidence %q at [%d,%d) is %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
		p := d.Paragraphs[e.Paragraph-1]
		if e.Start < p.Start || e.End > p.End {
			t.Errorf("evidence %q outside paragraph %d", e.Text, e.Paragraph)
		}
	}
	if e := d.Evidence[3]; e.Text != "rejected" || !e.Negated || e.Sentence != 4 || e.Paragraph != 2 || e.Facet != "exclusion" || e.Term != "reject~" {
		t.Errorf("negated evidence %+v", e)
	}
	if d.Paragraphs[0].Dominant != "isolation" || d.Paragraphs[2].Dominant != "rejection" {
		t.Errorf("paragraph dominants %q %q", d.Paragraphs[0].Dominant, d.Paragraphs[2].Dominant)
	}
	if got := d.Arc.Transitions; len(got) != 2 || got[0] != (analyze.Transition{From: "isolation", To: "isolation", Count: 1}) ||
		got[1] != (analyze.Transition{From: "isolation", To: "rejection", Count: 1}) {
		t.Errorf("transitions %+v", got)
	}
	// The arc's segment scores average, weighted by segment words, to the score.
	sum := 0.0
	for _, th := range d.Arc.Themes {
		if th.Theme == "isolation" {
			for _, v := range th.Scores {
				sum += v
			}
		}
	}
	if len(d.Arc.Bounds) != 5 || sum == 0 {
		t.Errorf("arc %+v", d.Arc)
	}
}

func close(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestAnalyzeEmpty(t *testing.T) {
	a := testAnalyzer(t)
	for _, text := range []string{"", "   \n\n", "References\n\n1. Someone (2001). A book."} {
		d, err := a.AnalyzeString(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if d.Words != 0 || d.Dominant != "" || len(d.Themes) != 3 {
			t.Errorf("%q: %+v", text, d)
		}
		for _, s := range d.Themes {
			if s.Per1000 != 0 || s.Score != 0 {
				t.Errorf("%q: %+v", text, s)
			}
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{`"themes":{"isolation":{"count":0,"negated":0,"per1000":0,"score":0}`, `"evidence":[]`, `"excluded":[`} {
			if !bytes.Contains(b, []byte(key)) {
				t.Errorf("%q: JSON lacks %s: %s", text, key, b)
			}
		}
	}
}

func TestAnalyzeOptions(t *testing.T) {
	text := "I am not lonely."
	for _, tt := range []struct {
		opts    []analyze.Option
		count   int
		negated int
	}{
		{nil, 0, 1},
		{[]analyze.Option{analyze.WithNegationWindow(-1)}, 1, 0},
	} {
		d, err := testAnalyzer(t, tt.opts...).AnalyzeString(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if s, _ := d.Themes.Get("isolation"); s.Count != tt.count || s.Negated != tt.negated {
			t.Errorf("%v: %+v", tt.opts, s)
		}
	}
	d, _ := testAnalyzer(t, analyze.WithStemming(false)).AnalyzeString(context.Background(), "Isolating.")
	if s, _ := d.Themes.Get("isolation"); s.Count != 1 || d.Evidence[0].Term != "isolat*" {
		t.Errorf("without stemming the wildcard still matches: %+v %+v", s, d.Evidence)
	}
	d, _ = testAnalyzer(t, analyze.WithStemming(false)).AnalyzeString(context.Background(), "Lone.")
	if s, _ := d.Themes.Get("isolation"); s.Count != 0 {
		t.Errorf("stem entry matched without stemming: %+v", d.Evidence)
	}
	if _, err := analyze.New(analyze.WithSegments(0)); err == nil {
		t.Error("WithSegments(0) accepted")
	}
	d, _ = testAnalyzer(t, analyze.WithSegments(2)).AnalyzeString(context.Background(), "I was lonely. Then I was not.")
	if len(d.Arc.Bounds) != 2 || d.Arc.Bounds[1][1] != len("I was lonely. Then I was not.") {
		t.Errorf("arc bounds %v", d.Arc.Bounds)
	}
}

func TestAnalyzeDic(t *testing.T) {
	l, err := lexicon.Load("../testdata/lexicon/small.dic")
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.New(analyze.WithLexicon(l))
	if err != nil {
		t.Fatal(err)
	}
	d, err := a.AnalyzeString(context.Background(), "His friends were friendly. Hi! I was left out, lonely and alone.")
	if err != nil {
		t.Fatal(err)
	}
	// LIWC precedence: "his" exact beats "hi*"; "friendly" exact beats
	// "friend*"; "left out" counts once, in social and negemo.
	want := map[string]int{"social": 3, "affiliation": 3, "negemo": 3}
	for _, s := range d.Themes {
		if s.Count != want[s.Theme] {
			t.Errorf("%s: %d, want %d (%+v)", s.Theme, s.Count, want[s.Theme], d.Evidence)
		}
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	a := testAnalyzer(t)
	b, err := os.ReadFile("../testdata/essays/closed-doors.txt")
	if err != nil {
		t.Fatal(err)
	}
	first, err := a.AnalyzeBytes(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(first)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				d, err := a.AnalyzeReader(context.Background(), bytes.NewReader(b))
				if err != nil {
					t.Error(err)
					return
				}
				if got, _ := json.Marshal(d); !bytes.Equal(got, want) {
					t.Error("concurrent analysis differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestAnalyzeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := testAnalyzer(t).AnalyzeString(ctx, "I was lonely."); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v", err)
	}
}

func TestAnalyzeBytesNotModified(t *testing.T) {
	b := []byte("I WAS LONELY—and Don’t Ask.")
	orig := string(b)
	if _, err := testAnalyzer(t).AnalyzeBytes(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	if string(b) != orig {
		t.Errorf("input modified: %q", b)
	}
}

// TestDocumentGolden writes the document object of a test essay scored
// with testdata/lexicon/test.lex and compares it with the golden file.
func TestDocumentGolden(t *testing.T) {
	b, err := os.ReadFile("../testdata/essays/closed-doors.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := testAnalyzer(t).Analyze(context.Background(), analyze.Input{ID: "closed-doors", Meta: map[string]any{"title": "Closed Doors"}, Text: string(b)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := "../testdata/essays/closed-doors.document.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./analyze -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("document JSON differs from %s; run go test ./analyze -run DocumentGolden -update and review the diff", path)
	}
	if !strings.Contains(string(got), `"evidence": [`) {
		t.Error("no evidence")
	}
}
