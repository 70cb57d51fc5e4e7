package analyze_test

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats/scalar"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

// corpusReference is testdata/stats/corpus_reference.json, written by
// /usr/bin/python3 testdata/stats/gen_corpus_reference.py (scipy 1.10.1).
type corpusReference struct {
	Themes    []string `json:"themes"`
	Documents []struct {
		ID      string    `json:"id"`
		Section string    `json:"section"`
		Tags    []string  `json:"tags"`
		Date    string    `json:"date"`
		Words   int       `json:"words"`
		Per1000 []float64 `json:"per1000"`
	} `json:"documents"`
	Summary      map[string]map[string]any `json:"summary"`
	Correlations struct {
		R [][]*float64 `json:"r"`
		P [][]*float64 `json:"p"`
	} `json:"correlations"`
	BySection groupReference   `json:"by_section"`
	ByTags    groupReference   `json:"by_tags"`
	Trends    []map[string]any `json:"trends"`
}

type groupReference struct {
	Comparisons []map[string]any          `json:"comparisons"`
	Kruskal     map[string]map[string]any `json:"kruskal"`
}

func fourThemes(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	var b strings.Builder
	for _, th := range []string{"reciprocity", "rejection", "anomie", "isolation"} {
		b.WriteString("theme " + th + "\nfacet f\nsource test\n" + th + "\n")
	}
	l, err := lexicon.Parse(strings.NewReader(b.String()), "four.lex")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func referenceCorpus(t *testing.T, groupBy string) (*analyze.Stats, *corpusReference) {
	t.Helper()
	b, err := os.ReadFile("../testdata/stats/corpus_reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref corpusReference
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	c := analyze.NewCorpus(fourThemes(t), analyze.CorpusOptions{GroupBy: groupBy})
	for _, d := range ref.Documents {
		tags := make([]any, len(d.Tags))
		for i, tg := range d.Tags {
			tags[i] = tg
		}
		doc := &analyze.Document{ID: d.ID, Words: d.Words,
			Meta: map[string]any{"section": d.Section, "tags": tags, "date": d.Date}}
		for i, th := range ref.Themes {
			doc.Themes = append(doc.Themes, analyze.ThemeScore{Theme: th, Per1000: d.Per1000[i], Count: 1})
		}
		c.Add(doc)
	}
	return c.Stats(), &ref
}

func near(t *testing.T, what string, got analyze.Float, want any) {
	t.Helper()
	g := float64(got)
	if want == nil {
		if !math.IsNaN(g) {
			t.Errorf("%s = %v, want null", what, g)
		}
		return
	}
	var w float64
	switch v := want.(type) {
	case float64:
		w = v
	case *float64:
		if v == nil {
			near(t, what, got, nil)
			return
		}
		w = *v
	}
	if !scalar.EqualWithinAbsOrRel(g, w, 1e-9, 1e-9) {
		t.Errorf("%s = %.15g, want %.15g (scipy)", what, g, w)
	}
}

// TestCorpusStatsAgainstScipy checks the wiring of the corpus statistics
// (grouping, pairs, adjustment over all rows, decimal years) against
// scipy on a fixed corpus.
func TestCorpusStatsAgainstScipy(t *testing.T) {
	for _, field := range []string{"section", "tags"} {
		st, ref := referenceCorpus(t, field)
		for _, ns := range st.Summary {
			w := ref.Summary[ns.Name]
			near(t, ns.Name+" mean", ns.Value.Mean, w["mean"])
			near(t, ns.Name+" sd", ns.Value.SD, w["sd"])
			near(t, ns.Name+" median", ns.Value.Median, w["median"])
			ci := w["ci95"].([]any)
			near(t, ns.Name+" ci95 lo", ns.Value.CI95[0], ci[0])
			near(t, ns.Name+" ci95 hi", ns.Value.CI95[1], ci[1])
			if ns.Value.N != int(w["n"].(float64)) {
				t.Errorf("%s n = %d", ns.Name, ns.Value.N)
			}
		}
		for i := range ref.Themes {
			for j := range ref.Themes {
				near(t, "spearman r", st.Correl.R[i][j], ref.Correlations.R[i][j])
				if i != j {
					near(t, "spearman p", st.Correl.P[i][j], ref.Correlations.P[i][j])
				}
			}
		}
		g := ref.BySection
		if field == "tags" {
			g = ref.ByTags
		}
		if len(st.Compare) != len(g.Comparisons) {
			t.Fatalf("%s: %d comparisons, want %d", field, len(st.Compare), len(g.Comparisons))
		}
		for i, row := range st.Compare {
			w := g.Comparisons[i]
			if row.Theme != w["theme"] || row.GroupA != w["group_a"] || row.GroupB != w["group_b"] ||
				row.NA != int(w["n_a"].(float64)) || row.NB != int(w["n_b"].(float64)) || row.Field != field {
				t.Fatalf("%s row %d: %+v, want %v", field, i, row, w)
			}
			for _, f := range []struct {
				name string
				v    analyze.Float
			}{
				{"mean_a", row.MeanA}, {"mean_b", row.MeanB}, {"welch_t", row.WelchT}, {"welch_df", row.WelchDF},
				{"welch_p", row.WelchP}, {"mann_whitney_u", row.MannWhitneyU}, {"mann_whitney_p", row.MannWhitneyP},
				{"cohens_d", row.CohensD}, {"cliffs_delta", row.CliffsDelta}, {"p_adjusted", row.PAdjusted},
			} {
				near(t, field+" "+row.Theme+" "+row.GroupA+"/"+row.GroupB+" "+f.name, f.v, w[f.name])
			}
		}
		for _, k := range st.Kruskal {
			w := g.Kruskal[k.Name]
			near(t, field+" kruskal h "+k.Name, k.Value.H, w["h"])
			near(t, field+" kruskal p "+k.Name, k.Value.P, w["p"])
			if k.Value.DF != int(w["df"].(float64)) {
				t.Errorf("%s kruskal df %d", k.Name, k.Value.DF)
			}
		}
		for i, tr := range st.Trends {
			w := ref.Trends[i]
			if tr.Theme != w["theme"] || tr.N != int(w["n"].(float64)) {
				t.Fatalf("trend %d: %+v", i, tr)
			}
			for _, f := range []struct {
				name string
				v    analyze.Float
			}{
				{"slope", tr.Slope}, {"intercept", tr.Intercept}, {"r2", tr.R2}, {"p", tr.P},
				{"theil_sen_slope", tr.TheilSen}, {"kendall_tau", tr.KendallTau}, {"kendall_p", tr.KendallP},
			} {
				near(t, "trend "+tr.Theme+" "+f.name, f.v, w[f.name])
			}
		}
	}
}

// TestStatsJSONNull checks that undefined statistics are null in JSON.
func TestStatsJSONNull(t *testing.T) {
	c := analyze.NewCorpus(fourThemes(t), analyze.CorpusOptions{GroupBy: "section"})
	doc := &analyze.Document{ID: "only", Words: 10, Meta: map[string]any{"section": "a"}}
	for _, th := range []string{"reciprocity", "rejection", "anomie", "isolation"} {
		doc.Themes = append(doc.Themes, analyze.ThemeScore{Theme: th})
	}
	c.Add(doc)
	b, err := json.Marshal(c.Stats())
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"sd":null`, `"ci95":[null,null]`, `"comparisons":[]`, `"trends":[]`, `"r":[[null`} {
		if !strings.Contains(s, want) {
			t.Errorf("stats JSON lacks %s: %.300s", want, s)
		}
	}
	if strings.Contains(s, "NaN") {
		t.Errorf("NaN in JSON")
	}
}
