package report

import (
	"bytes"
	"context"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
)

// plotCorpus builds a small corpus: six short texts over three years in
// two sections.
func plotCorpus(t *testing.T, groupBy string) (*analyze.Corpus, *analyze.Stats) {
	t.Helper()
	a, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []struct{ date, section, text string }{
		{"2022-04-01", "essays", "We take care of each other on this street. When the boiler broke, the neighbours repaid every favour I had ever done. It goes both ways here, and I owe them a dinner."},
		{"2022-11-12", "letters", "I felt so lonely after the move. I had no one to call, and the evenings were long. Nobody knows my name in this building."},
		{"2023-02-20", "essays", "They made plans without me again. I felt left out and unwanted, and the group chat went to radio silence whenever I wrote."},
		{"2023-07-08", "letters", "The town is dying, people say, and nobody follows the rules any more. It feels like a rat race with no point of anything. Still, I was not lonely."},
		{"2024-01-15", "essays", "I always call first; it never goes both ways. She took me for granted and never returned the gesture. I felt isolated and alone by spring."},
		{"2024-09-30", "letters", "My neighbour repaid the loan with interest, and I paid it forward to the family downstairs. That is how a street keeps its ledger, and I am not alone in it."},
	}
	c := analyze.NewCorpus(a.Lexicon(), analyze.CorpusOptions{GroupBy: groupBy})
	for i, x := range texts {
		d, err := a.Analyze(context.Background(), analyze.Input{ID: "doc" + string(rune('a'+i)), Text: x.text,
			Meta: map[string]any{"date": x.date, "section": x.section}})
		if err != nil {
			t.Fatal(err)
		}
		c.Add(d)
	}
	return c, c.Stats()
}

// checkPlots checks that dir holds exactly the PNG and SVG of each plot,
// each decoding at the chart size.
func checkPlots(t *testing.T, dir string, plots []Plot, names []string) {
	t.Helper()
	var got []string
	for _, p := range plots {
		got = append(got, p.Name)
		if p.File != filepath.Join(dir, p.Name+".png") {
			t.Errorf("%s: File %q", p.Name, p.File)
		}
		if p.Title == "" {
			t.Errorf("%s: no title", p.Name)
		}
	}
	if !slices.Equal(got, names) {
		t.Fatalf("plots %v, want %v", got, names)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files, want []string
	for _, e := range entries {
		files = append(files, e.Name())
	}
	for _, n := range names {
		want = append(want, n+".png", n+".svg")
	}
	sort.Strings(want)
	if !slices.Equal(files, want) {
		t.Fatalf("dir holds %v, want %v", files, want)
	}
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n+".png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s.png: %v", n, err)
		}
		if sz := img.Bounds().Size(); sz.X != ChartWidth*ChartDPI/72 || sz.Y != ChartHeight*ChartDPI/72 {
			t.Errorf("%s.png: %v, want %dx%d", n, sz, ChartWidth*ChartDPI/72, ChartHeight*ChartDPI/72)
		}
		s, err := os.ReadFile(filepath.Join(dir, n+".svg"))
		if err != nil {
			t.Fatal(err)
		}
		checkSVG(t, n, s)
	}
}

func checkSVG(t *testing.T, name string, s []byte) {
	t.Helper()
	var doc struct {
		XMLName xml.Name
		Width   string `xml:"width,attr"`
		Height  string `xml:"height,attr"`
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(s, &doc); err != nil {
		t.Fatalf("%s.svg: %v", name, err)
	}
	if doc.XMLName.Local != "svg" || doc.Width != "600pt" || doc.Height != "375pt" || doc.ViewBox != "0 0 600 375" {
		t.Errorf("%s.svg: <%s width=%q height=%q viewBox=%q>", name, doc.XMLName.Local, doc.Width, doc.Height, doc.ViewBox)
	}
	// Every element well-formed to the end.
	dec := xml.NewDecoder(bytes.NewReader(s))
	for {
		if _, err := dec.Token(); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("%s.svg: %v", name, err)
			}
			break
		}
	}
}

func TestWritePlots(t *testing.T) {
	all := []string{"theme-means", "theme-trends", "correlations", "arc"}
	t.Run("ungrouped", func(t *testing.T) {
		c, st := plotCorpus(t, "")
		dir := filepath.Join(t.TempDir(), "charts") // created by WritePlots
		plots, err := WritePlots(dir, c, st)
		if err != nil {
			t.Fatal(err)
		}
		checkPlots(t, dir, plots, all)
		svg, _ := os.ReadFile(filepath.Join(dir, "theme-means.svg"))
		if bytes.Contains(svg, []byte(">essays<")) {
			t.Error("ungrouped means chart shows a group")
		}
	})
	t.Run("grouped", func(t *testing.T) {
		c, st := plotCorpus(t, "section")
		dir := t.TempDir()
		plots, err := WritePlots(dir, c, st)
		if err != nil {
			t.Fatal(err)
		}
		checkPlots(t, dir, plots, all)
		svg, _ := os.ReadFile(filepath.Join(dir, "theme-means.svg"))
		for _, g := range []string{">essays<", ">letters<", "by theme and section"} {
			if !bytes.Contains(svg, []byte(g)) {
				t.Errorf("grouped means chart lacks %q", g)
			}
		}
	})
	t.Run("empty", func(t *testing.T) {
		a, err := analyze.New()
		if err != nil {
			t.Fatal(err)
		}
		c := analyze.NewCorpus(a.Lexicon(), analyze.CorpusOptions{})
		dir := t.TempDir()
		plots, err := WritePlots(dir, c, c.Stats())
		if err != nil {
			t.Fatal(err)
		}
		checkPlots(t, dir, plots, nil)
	})
	t.Run("undated", func(t *testing.T) {
		a, err := analyze.New()
		if err != nil {
			t.Fatal(err)
		}
		c := analyze.NewCorpus(a.Lexicon(), analyze.CorpusOptions{})
		d, err := a.AnalyzeString(context.Background(), "I felt so lonely, with no one to call.")
		if err != nil {
			t.Fatal(err)
		}
		c.Add(d)
		dir := t.TempDir()
		plots, err := WritePlots(dir, c, c.Stats())
		if err != nil {
			t.Fatal(err)
		}
		checkPlots(t, dir, plots, []string{"theme-means", "arc"})
	})
}

func TestSVGs(t *testing.T) {
	c, st := plotCorpus(t, "section")
	svgs, err := SVGs(c, st)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range svgs {
		names = append(names, s.Name)
		checkSVG(t, s.Name, s.SVG)
		if bytes.Contains(s.SVG, []byte("font-family:Liberation Sans;")) {
			t.Errorf("%s: font without fallback", s.Name)
		}
	}
	if got := strings.Join(names, " "); got != "theme-means theme-trends correlations arc" {
		t.Errorf("SVGs: %s", got)
	}
}

func TestThemeColor(t *testing.T) {
	seen := map[string]bool{}
	for i := range 8 {
		c := ThemeColor(i)
		if c.A != 255 || seen[cssColor(c)] {
			t.Errorf("ThemeColor(%d) = %v", i, c)
		}
		seen[cssColor(c)] = true
	}
	if ThemeColor(8) != ThemeColor(0) {
		t.Error("the palette does not cycle")
	}
}

func TestNiceTicks(t *testing.T) {
	for _, tc := range []struct {
		lo, hi float64
		want   string
	}{
		{0, 6, "0 2 4 6"},
		{0, 5.2, "0 2 4"},
		{0, 0.9, "0.0 0.2 0.4 0.6 0.8"},
		{0, 12, "0.0 2.5 5.0 7.5 10.0"},
		{-1, 1, "−1.0 −0.5 0.0 0.5 1.0"},
	} {
		var labels []string
		for _, tk := range (niceTicks{}).Ticks(tc.lo, tc.hi) {
			labels = append(labels, tk.Label)
		}
		if got := strings.Join(labels, " "); got != tc.want {
			t.Errorf("Ticks(%v, %v) = %s, want %s", tc.lo, tc.hi, got, tc.want)
		}
	}
}
