package report

import (
	"bytes"
	"context"
	"encoding/csv"
	"strings"
	"testing"
)

// TestDominantBy checks that every format says what decided a document's
// dominant theme: the lexicon's evidence or the context model.
func TestDominantBy(t *testing.T) {
	const input = `{"id":"lexicon","text":"I felt so lonely that winter, with nobody to call."}
{"id":"context","text":"My phone has not made a sound since Tuesday. I checked twice that it was still on."}
{"id":"nothing","text":"We repainted the kitchen a pale green and hung the old clock above the door."}
{"id":"set-aside","text":"The bakery turned me away at seven because they had sold out of sourdough, so I bought rye instead."}
`
	run := func(format string) string {
		var buf bytes.Buffer
		if err := Write(context.Background(), &buf, []string{"-"}, Options{Format: format, Stdin: strings.NewReader(input)}); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	rows, err := csv.NewReader(strings.NewReader(run("csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{"lexicon": {"isolation", "lexicon"}, "context": {"isolation", "context"}, "nothing": {"", ""}, "set-aside": {"", "context"}}
	if len(rows) != 5 || rows[0][3] != "dominant" || rows[0][4] != "dominant_by" {
		t.Fatalf("csv: %q", rows)
	}
	for _, r := range rows[1:] {
		if w := want[r[0]]; r[3] != w[0] || r[4] != w[1] {
			t.Errorf("csv row %s: dominant %q by %q, want %q by %q", r[0], r[3], r[4], w[0], w[1])
		}
	}
	if s := run("jsonl"); strings.Count(s, `"dominant_by":"context"`) != 2 || strings.Count(s, `"context":{`) != 3 {
		t.Errorf("jsonl:\n%s", s)
	}
	if s := run("text"); !strings.Contains(s, "1 of 4 documents have their theme from the context model") ||
		!strings.Contains(s, "In 1 of 4 documents the context model set weak lexicon evidence aside") {
		t.Errorf("text report does not say which documents the context model read:\n%s", s)
	}
	if s := run("html"); !strings.Contains(s, "mostly isolation (context model, p = 0.99)") ||
		!strings.Contains(s, "no theme (weak evidence set aside by the context model, p = 1.00)") {
		t.Error("html report does not mark the context model's readings")
	}
}
