package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestGoldenFormats writes every format for the small test corpus, with
// and without groups, and compares with testdata/report/report*.golden.*
// (go test ./report -update rewrites them).
func TestGoldenFormats(t *testing.T) {
	for _, tt := range []struct {
		format, groupBy, file string
	}{
		{"text", "", "report.golden.txt"},
		{"text", "section", "report-by-section.golden.txt"},
		{"markdown", "", "report.golden.md"},
		{"json", "section", "report-by-section.golden.json"},
		{"jsonl", "", "report.golden.jsonl"},
		{"csv", "", "report.golden.csv"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(context.Background(), &buf, []string{htmlCorpus}, Options{Format: tt.format, GroupBy: tt.groupBy, Analyzer: testAnalyzer(t)})
			if err != nil {
				t.Fatal(err)
			}
			path := "../testdata/report/" + tt.file
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from the golden file; run go test ./report -update and review the diff", path)
			}
		})
	}
}

// TestWorkersIdentical checks that the output does not depend on the
// number of workers, on the shipped corpus with the default lexicon.
func TestWorkersIdentical(t *testing.T) {
	var outs [][]byte
	for _, w := range []int{1, 3, 8} {
		var buf bytes.Buffer
		if err := Write(context.Background(), &buf, []string{"../testdata/corpus"}, Options{Format: "json", GroupBy: "section", Workers: w}); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, buf.Bytes())
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("output with %d workers differs from 1 worker", []int{1, 3, 8}[i])
		}
	}
}

func TestMachineFormats(t *testing.T) {
	run := func(format string) []byte {
		var buf bytes.Buffer
		if err := Write(context.Background(), &buf, []string{htmlCorpus}, Options{Format: format, GroupBy: "section", Analyzer: testAnalyzer(t)}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	// JSON: one valid object with the pinned keys.
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(run("json"), &obj); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"lexicon", "documents", "summary", "correlations", "comparisons", "kruskal", "trends", "keyness", "warnings"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("json lacks %q", k)
		}
	}
	var docs []map[string]any
	if err := json.Unmarshal(obj["documents"], &docs); err != nil || len(docs) != 3 {
		t.Fatalf("documents: %v (%d)", err, len(docs))
	}
	// JSONL: one document object a line, in input order.
	lines := strings.Split(strings.TrimSpace(string(run("jsonl"))), "\n")
	for i, line := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("jsonl line %d: %v", i+1, err)
		}
		if d["id"] != docs[i]["id"] {
			t.Errorf("jsonl line %d is %v, want %v", i+1, d["id"], docs[i]["id"])
		}
	}
	// CSV: the pinned columns; numbers read back exactly.
	rows, err := csv.NewReader(bytes.NewReader(run("csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := strings.Join(rows[0], ",")
	want := "id,words,sentences,dominant,dominant_by,reciprocity_count,reciprocity_negated,reciprocity_per1000,reciprocity_score"
	if !strings.HasPrefix(head, want) || !strings.HasSuffix(head, "date,section,tags,title") {
		t.Errorf("csv header %s", head)
	}
	if len(rows) != 4 {
		t.Fatalf("csv rows %d", len(rows))
	}
	for i, d := range docs {
		th := d["themes"].(map[string]any)["isolation"].(map[string]any)
		col := strings.Index(head, "isolation_per1000")
		idx := strings.Count(head[:col], ",")
		v, err := strconv.ParseFloat(rows[i+1][idx], 64)
		if err != nil || v != th["per1000"].(float64) {
			t.Errorf("row %d isolation_per1000 %q, json %v", i+1, rows[i+1][idx], th["per1000"])
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Write(context.Background(), &bytes.Buffer{}, []string{htmlCorpus}, Options{Format: "pdf"})
	if !errors.Is(err, ErrUsage) {
		t.Errorf("got %v", err)
	}
}

func TestMissingPath(t *testing.T) {
	err := Write(context.Background(), &bytes.Buffer{}, []string{"../testdata/no-such-folder"}, Options{Format: "csv", Analyzer: testAnalyzer(t)})
	if err == nil || errors.Is(err, ErrUsage) {
		t.Errorf("got %v", err)
	}
}
