package analyze_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
)

// passage is one labeled passage of the development set.
type passage struct {
	ID, Label, Difficulty, Text, Note string
}

func readPassages(t testing.TB, path string) []passage {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []passage
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var p passage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// classScores are precision, recall and F1 of one class.
type classScores struct{ tp, fp, fn int }

func (c classScores) f1() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// validitySets are the labeled passage sets of testdata/devset, each with
// the macro-F1 floor below which TestValidity fails. The floors are set a
// little under what the default lexicon reaches, so that a change that
// loses validity is noticed; see testdata/devset/README.md for what each
// set is and who saw it.
var validitySets = []struct {
	name, path string
	floor      float64
}{
	// Held out from the lexicon's editors: the honest figures.
	{"held-out", "../testdata/devset/passages.jsonl", 0.70},
	{"held-out-2", "../testdata/devset/heldout.jsonl", 0.61},
	// Read by the editors while they wrote the lexicon: a regression check.
	{"tuning", "../testdata/devset/tuning.jsonl", 0.88},
}

// TestValidity scores the labeled passage sets in testdata/devset by the
// dominant theme ("none" when no theme has an affirmed match) and reports
// per-theme precision, recall and F1, macro-F1 over the five classes,
// accuracy by difficulty and the confusion matrix; with -v also the
// missed passages. It fails when a set's macro-F1 falls below its floor.
func TestValidity(t *testing.T) {
	a, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range validitySets {
		t.Run(set.name, func(t *testing.T) {
			macro := scoreValidity(t, a, readPassages(t, set.path))
			if macro < set.floor {
				t.Errorf("macro-F1 %.3f below the floor %.2f", macro, set.floor)
			}
		})
	}
}

// scoreValidity logs the agreement of a's dominant theme with the labels
// of ps and returns the macro-F1 over the five classes.
func scoreValidity(t *testing.T, a *analyze.Analyzer, ps []passage) float64 {
	classes := []string{"reciprocity", "rejection", "anomie", "isolation", "none"}
	scores := map[string]*classScores{}
	for _, c := range classes {
		scores[c] = &classScores{}
	}
	byDiff := map[string][2]int{}
	confusion := map[[2]string]int{}
	var misses []string
	for _, p := range ps {
		d, err := a.AnalyzeString(context.Background(), p.Text)
		if err != nil {
			t.Fatal(err)
		}
		got := d.Dominant
		if got == "" {
			got = "none"
		}
		confusion[[2]string{p.Label, got}]++
		bd := byDiff[p.Difficulty]
		bd[1]++
		if got == p.Label {
			scores[got].tp++
			bd[0]++
		} else {
			if s := scores[got]; s != nil {
				s.fp++
			}
			scores[p.Label].fn++
			misses = append(misses, fmt.Sprintf("%s (%s) got %s: %.70s", p.ID, p.Label, got, p.Text))
		}
		byDiff[p.Difficulty] = bd
	}
	macro := 0.0
	for _, c := range classes {
		p, r, f := scores[c].f1()
		macro += f / float64(len(classes))
		t.Logf("%-12s precision %.2f recall %.2f F1 %.2f", c, p, r, f)
	}
	diffs := make([]string, 0, len(byDiff))
	for d := range byDiff {
		diffs = append(diffs, d)
	}
	sort.Strings(diffs)
	var parts []string
	for _, d := range diffs {
		parts = append(parts, fmt.Sprintf("%s %.2f", d, float64(byDiff[d][0])/float64(byDiff[d][1])))
	}
	t.Logf("macro-F1 %.3f over %d passages; accuracy by difficulty: %s", macro, len(ps), strings.Join(parts, ", "))
	var rows []string
	for _, want := range classes {
		var cells []string
		for _, got := range classes {
			cells = append(cells, fmt.Sprintf("%3d", confusion[[2]string{want, got}]))
		}
		rows = append(rows, fmt.Sprintf("%-12s %s", want, strings.Join(cells, " ")))
	}
	t.Logf("confusion (rows: label; columns: %s)\n%s", strings.Join(classes, ", "), strings.Join(rows, "\n"))
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("miss:", m)
		}
	}
	return macro
}
