package corpus_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/essaylab/themes/corpus"
)

var update = flag.Bool("update", false, "rewrite testdata/corpus-formats/golden.json")

const fixtures = "../testdata/corpus-formats"

// goldenDoc is a Document as stored in the golden file, with the Skip
// spans' bytes shown for review.
type goldenDoc struct {
	ID     string         `json:"id"`
	Source string         `json:"source"`
	Line   int            `json:"line"`
	Format string         `json:"format"`
	Meta   map[string]any `json:"meta,omitempty"`
	Text   string         `json:"text"`
	Skip   []goldenSpan   `json:"skip,omitempty"`
}

type goldenSpan struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
	Bytes  string `json:"bytes"`
}

type golden struct {
	Documents []goldenDoc `json:"documents"`
	Warnings  []string    `json:"warnings"`
}

// readFixtures reads the fixtures folder, with sources relative to it.
func readFixtures(t *testing.T) golden {
	t.Helper()
	var g golden
	rel := func(s string) string {
		return filepath.ToSlash(strings.TrimPrefix(s, fixtures+string(filepath.Separator)))
	}
	r := corpus.NewReader([]string{fixtures}, corpus.Options{
		Warn: func(w corpus.Warning) {
			w.Source = rel(w.Source)
			g.Warnings = append(g.Warnings, w.Error())
		},
	})
	for d, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		gd := goldenDoc{ID: d.ID, Source: rel(d.Source), Line: d.Line, Format: d.Format, Meta: d.Meta, Text: d.Text}
		for _, s := range d.Skip {
			gd.Skip = append(gd.Skip, goldenSpan{s.Start, s.End, s.Reason, d.Text[s.Start:s.End]})
		}
		g.Documents = append(g.Documents, gd)
	}
	return g
}

func TestGolden(t *testing.T) {
	g := readFixtures(t)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(g); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(fixtures, "golden.json")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./corpus -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("documents differ from %s (run go test ./corpus -update and review the diff):\n%s", path, buf.String())
	}
}
