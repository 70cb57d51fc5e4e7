package textmodel_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/textmodel"
)

var update = flag.Bool("update", false, "write themes.nb from the training files of testdata/devset")

// defaultClasses are the default model's classes, in lexicon order.
var defaultClasses = []string{"reciprocity", "rejection", "anomie", "isolation", "none"}

// trainingFiles are the labelled passages the default model learns from.
var trainingFiles = []string{"../testdata/devset/tuning.jsonl", "../testdata/devset/training.jsonl", "../testdata/devset/training-none.jsonl"}

// readExamples reads labelled passages (JSON lines with "label" and
// "text") and segments them as package analyze does.
func readExamples(t testing.TB, file string) []textmodel.Example {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seg, err := analyze.NewSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	var ex []textmodel.Example
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var p struct{ Label, Text string }
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s:%d: %v", file, line, err)
		}
		ex = append(ex, textmodel.Example{Class: p.Label, Words: seg.Segment(p.Text).ContextFeatures()})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ex
}

// trainDefault trains the default model as documented in the package doc.
func trainDefault(t testing.TB) *textmodel.NaiveBayes {
	var ex []textmodel.Example
	for _, f := range trainingFiles {
		ex = append(ex, readExamples(t, f)...)
	}
	m, err := textmodel.Train(defaultClasses, ex, 0.5, 3)
	if err != nil {
		t.Fatal(err)
	}
	return m.WithAbout("trained on testdata/devset/tuning.jsonl, training.jsonl and training-none.jsonl (5,850 labelled passages by 32 writers); words and word pairs in at least 3 passages")
}

// TestDefaultModel retrains the default model from the tuning passages
// and checks that the embedded file is exactly what training writes.
func TestDefaultModel(t *testing.T) {
	var buf bytes.Buffer
	if _, err := trainDefault(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("themes.nb", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("themes.nb")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, buf.Bytes()) {
		t.Fatalf("themes.nb is not what training on %s writes; run go test ./textmodel -run TestDefaultModel -update", strings.Join(trainingFiles, " and "))
	}
	m, err := textmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	if c := m.Classes(); len(c) != len(defaultClasses) {
		t.Fatalf("Default classes %v, want %v", c, defaultClasses)
	}
	for c, name := range defaultClasses {
		if m.Class(name) != c {
			t.Errorf("class %q at %d, want %d", name, m.Class(name), c)
		}
	}
}
