package analyze_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestSentencesAgreeWithProse runs prose's own Punkt segmenter (built the
// slow way, once per essay, with tagging and NER off) over the prose
// paragraphs of the test essays and checks that most of its sentence ends
// are sentence ends here too. Disagreements are logged: prose glues
// headings onto sentences and breaks after abbreviations such as "Dr.",
// which the segmenter here does not.
func TestSentencesAgreeWithProse(t *testing.T) {
	files, _ := filepath.Glob("../testdata/essays/*.txt")
	agree, total := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tx := segmenter(t).Segment(string(b))
		ours := map[string]bool{}
		for _, s := range tx.Sentences {
			ours[squash(tx.Src[s.Start:s.End])] = true
		}
		for _, p := range tx.Paragraphs {
			if p.Heading {
				continue
			}
			doc, err := prose.NewDocument(tx.Src[p.Start:p.End],
				prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range doc.Sentences() {
				total++
				if ours[squash(s.Text)] {
					agree++
				} else {
					t.Logf("%s: prose sentence not ours: %.80q", filepath.Base(f), s.Text)
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("prose found no sentences")
	}
	rate := float64(agree) / float64(total)
	t.Logf("sentences agreeing with prose: %d of %d (%.1f%%)", agree, total, 100*rate)
	if rate < 0.85 {
		t.Errorf("only %.1f%% of prose's sentences are ours", 100*rate)
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
