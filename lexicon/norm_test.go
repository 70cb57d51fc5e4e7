package lexicon_test

import (
	"fmt"
	"testing"

	"github.com/essaylab/themes/lexicon"
)

func TestStemIrregular(t *testing.T) {
	tests := []struct{ word, base string }{
		{"felt", "feel"}, {"left", "leave"}, {"told", "tell"}, {"gave", "give"},
		{"given", "give"}, {"went", "go"}, {"kept", "keep"}, {"paid", "pay"},
		{"forgot", "forget"}, {"forgotten", "forget"}, {"withdrawn", "withdraw"},
		{"sat", "sit"}, {"thought", "think"}, {"heard", "hear"}, {"spoke", "speak"},
		// Regular forms go through Snowball alone.
		{"feeling", "feel"}, {"leaves", "leave"}, {"invited", "invite"},
	}
	for _, tt := range tests {
		if got, want := lexicon.Stem(tt.word), lexicon.Stem(tt.base); got != want {
			t.Errorf("Stem(%q) = %q, want %q (the stem of %q)", tt.word, got, want, tt.base)
		}
	}
	// Words deliberately not mapped keep a stem of their own.
	for _, w := range []string{"had", "led", "rose", "bore", "wound", "lay"} {
		if lexicon.Stem(w) == lexicon.Stem(map[string]string{"had": "have", "led": "lead", "rose": "rise", "bore": "bear", "wound": "wind", "lay": "lie"}[w]) {
			t.Errorf("Stem(%q) meets its verb's base form; it is a homograph and must not", w)
		}
	}
}

func TestMatchIrregularPast(t *testing.T) {
	l := mustParse(t, `lexicon t
version 1
theme rejection
facet f
feel~ leave~ out
tell~ .. not welcome
theme reciprocity
facet g
give~ and give~
`)
	tests := []struct {
		text string
		want []string
	}{
		{"I felt left out.", []string{"rejection:felt left out"}},
		{"I feel left out.", []string{"rejection:feel left out"}},
		{"I was feeling left out.", []string{"rejection:feeling left out"}},
		{"They told me I was not welcome.", []string{"rejection:told me I was not welcome"}},
		{"I gave and gave.", []string{"reciprocity:gave and gave"}},
		{"Turn left out of the car park.", nil},
	}
	for _, tt := range tests {
		got := matchText(t, l, tt.text, lexicon.DefaultNegationWindow)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
