package analyze_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

func TestAudit(t *testing.T) {
	l, err := lexicon.Parse(strings.NewReader(`theme isolation
facet alienation
source test
alienation~
friendly~
lonely =2
lone~
never used here
`), "audit.lex")
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.New(analyze.WithLexicon(l))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Alienation at work, then an alien film. I was lonely, so lonely.",
		"My friends were friendly. A lone walk. I am not lonely.",
	}
	au, err := a.Audit(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if au.Documents != 2 || au.Words != 23 {
		t.Errorf("documents %d words %d", au.Documents, au.Words)
	}
	var unmatched []string
	for _, e := range au.Unmatched {
		unmatched = append(unmatched, e.Pattern)
	}
	if fmt.Sprint(unmatched) != "[never used here]" {
		t.Errorf("unmatched %v", unmatched)
	}
	var merges []string
	for _, m := range au.Merges {
		merges = append(merges, m.Entry.Pattern+":"+strings.Join(m.Words, ","))
	}
	if fmt.Sprint(merges) != "[alienation~:alien,alienation friendly~:friendly,friends]" {
		t.Errorf("merges %v", merges)
	}
	var freq []string
	for _, tc := range au.Frequent[0] {
		freq = append(freq, fmt.Sprintf("%s %d/%d", tc.Entry.Pattern, tc.Count, tc.Negated))
	}
	// Ties keep lexicon order.
	if got := strings.Join(freq, ", "); got != "alienation~ 2/0, friendly~ 2/0, lonely 2/1, lone~ 1/0" {
		t.Errorf("frequent %s", got)
	}
}

// TestAuditDefault audits the default lexicon on the shipped corpus and
// logs what a lexicon editor would look at. It checks the audit's
// invariants, not the lexicon's content.
func TestAuditDefault(t *testing.T) {
	files, _ := filepath.Glob("../testdata/corpus/*.md")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	a, err := analyze.New()
	if err != nil {
		t.Fatal(err)
	}
	au, err := a.Audit(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	if au.Documents != len(texts) || len(au.Frequent) != len(a.Lexicon().Themes) {
		t.Fatalf("audit %+v", au)
	}
	total := a.Lexicon().Entries()
	t.Logf("%d of %d entries never match in testdata/corpus", len(au.Unmatched), total)
	for _, m := range au.Merges {
		t.Logf("stem merge: %s meets %v", m.Entry.Pattern, m.Words)
	}
	for ti, f := range au.Frequent {
		var parts []string
		for _, tc := range f {
			if tc.Entry.Theme.Index() != ti {
				t.Errorf("frequent entry %q in theme %d", tc.Entry.Pattern, ti)
			}
			parts = append(parts, fmt.Sprintf("%s %d", tc.Entry.Pattern, tc.Count))
		}
		t.Logf("%s: %s", a.Lexicon().Themes[ti].Name, strings.Join(parts, ", "))
	}
}
