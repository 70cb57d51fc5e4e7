package lexicon

import (
	"strings"
	"testing"
)

// TestDefaultStemsAreWords checks that every stem (~) in the default
// lexicon is written on a word whose inflections share its stem. A stem
// written on a truncated word never matches what its author meant:
// "mov~" matches only "mov", since Snowball stems "moved" and "moving" to
// "move". Irregular past forms ("felt~") are fine: Stem maps them to their
// verb.
func TestDefaultStemsAreWords(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(e *Entry) {
		for _, w := range strings.Fields(e.Pattern) {
			w, ok := strings.CutSuffix(w, "~")
			if !ok || irregular[w] != "" {
				continue
			}
			if !inflectsLike(w) {
				t.Errorf("%s: %s~ never matches %s's inflections (Stem(%q) = %q, Stem(%q) = %q)",
					e.Pos, w, w, w, Stem(w), w+"ing", Stem(w+"ing"))
			}
		}
	}
	if inflectsLike("mov") || !inflectsLike("move") || !inflectsLike("reach") {
		t.Fatal("inflectsLike does not tell mov from move")
	}
	for _, th := range l.Themes {
		for _, f := range th.Facets {
			for _, e := range f.Entries {
				check(e)
			}
		}
		for _, e := range th.Exclusions {
			check(e)
		}
	}
}

// inflectsLike reports whether a stem pattern written on w can meet w's
// inflections. It is false only for what looks like a truncated word: w
// is its own stem, yet neither "-ing" nor "-ed" (with the final consonant
// doubled or not) comes back to it ("mov": "moving" and "moved" stem to
// "move"). Words Snowball shortens ("evening" → "even") are real words.
func inflectsLike(w string) bool {
	s := Stem(w)
	if s != w {
		return true
	}
	last := w[len(w)-1:]
	for _, f := range []string{w + "ing", w + "ed", w + last + "ing", w + last + "ed"} {
		if Stem(f) == s {
			return true
		}
	}
	return false
}
