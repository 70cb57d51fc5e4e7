package lexicon_test

import (
	"fmt"
	"testing"

	"github.com/essaylab/themes/lexicon"
)

// TestDenial covers the negation rules that reach past a clause boundary:
// a denied clause before the mention and a denial after it.
func TestDenial(t *testing.T) {
	l := mustParse(t, testLex)
	tests := []struct {
		text string
		want []string
	}{
		// A negator denies the clause a complementizer opens.
		{"It's not that I'm lonely.", []string{"!isolation:lonely"}},
		{"It isn’t that I feel lonely.", []string{"!isolation:lonely"}},
		{"Not because I was lonely, but because I was bored.", []string{"!isolation:lonely"}},
		{"It's not like I was ever really lonely.", []string{"!isolation:lonely"}},
		{"I'm not that lonely.", []string{"!isolation:lonely"}},
		// Raising verbs carry the negation into their clause.
		{"I don't think I'm lonely.", []string{"!isolation:lonely"}},
		{"I don't think that I'm lonely.", []string{"!isolation:lonely"}},
		{"I wouldn't say I was lonely.", []string{"!isolation:lonely"}},
		{"I'm not saying I'm lonely.", []string{"!isolation:lonely"}},
		// "Never thought" asserts what it did not expect.
		{"I never thought I'd be this lonely.", []string{"isolation:lonely"}},
		{"I never thought that I was lonely.", []string{"isolation:lonely"}},
		{"I never said I was lonely.", []string{"!isolation:lonely"}},
		{"I don't think I was ever lonely.", []string{"!isolation:lonely"}},
		// The clause must follow the negator directly.
		{"I don't know why I'm lonely.", []string{"isolation:lonely"}},
		{"I didn't notice that I was lonely.", []string{"isolation:lonely"}},
		{"I don't think anyone noticed I was lonely.", []string{"isolation:lonely"}},
		{"It's not that I mind being in a house where, on most nights, I am so lonely.", []string{"isolation:lonely"}},
		// The denied clause is bounded.
		{"It's not that I ever once in all those long years felt lonely.", []string{"isolation:lonely"}},
		// Quotation marks do not end a negation scope; other punctuation does.
		{"I'm not 'lonely'.", []string{"!isolation:lonely"}},
		{"It isn’t “lonely”, exactly.", []string{"!isolation:lonely"}},
		{"I'm not sure; lonely, maybe.", []string{"isolation:lonely"}},
		// A denial after the mention.
		{"Isolation isn't my problem.", []string{"!isolation:Isolation"}},
		{"Being lonely was never really the issue.", []string{"!isolation:lonely"}},
		{"Lonely isn't the right word.", []string{"!isolation:Lonely"}},
		{"Isolation isn't something I chose.", []string{"isolation:Isolation"}},
		{"Isolation is the problem.", []string{"isolation:Isolation"}},
		{"Isolation was not fun, and that was the problem.", []string{"isolation:Isolation"}},
	}
	for _, tt := range tests {
		got := matchText(t, l, tt.text, lexicon.DefaultNegationWindow)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
