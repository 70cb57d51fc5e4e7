package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestMarkdownLinear checks that adversarial paragraphs are scanned in
// about linear time.
func TestMarkdownLinear(t *testing.T) {
	var runs strings.Builder
	for i := 1; runs.Len() < 1<<20; i++ {
		runs.WriteString(strings.Repeat("`", i%700+1) + " ")
	}
	inputs := map[string]string{
		"brackets":     strings.Repeat("[", 1<<20),
		"closed":       strings.Repeat("[a](", 1<<18),
		"angles":       strings.Repeat("<a ", 1<<18),
		"comments":     strings.Repeat("<!-- ", 1<<18),
		"quotes":       strings.Repeat("<a b=\"", 1<<18),
		"urls":         strings.Repeat(".www.", 1<<18),
		"backticks":    runs.String(),
		"entities":     strings.Repeat("&#", 1<<19),
		"nested lists": strings.Repeat("- a\n  ", 1<<17),
	}
	for name, in := range inputs {
		start := time.Now()
		spans := normalizeSpans(markdownSpans(in, 0))
		checkSpans(t, in, spans)
		d := time.Since(start)
		t.Logf("%s: %v", name, d)
		if d > 2*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(in))
		}
	}
}
