package lexicon_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/internal/fixtures"
	"github.com/essaylab/themes/lexicon"
)

// testLex is testdata/lexicon/test.lex, shared with package analyze's tests.
var testLex = func() string {
	b, err := os.ReadFile("../testdata/lexicon/test.lex")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

func mustParse(t testing.TB, src string) *lexicon.Lexicon {
	t.Helper()
	l, err := lexicon.Parse(strings.NewReader(src), "test.lex")
	if err != nil {
		t.Fatal(err)
	}
	return l
}

var seg *analyze.Segmenter

func segmenter(t testing.TB) *analyze.Segmenter {
	if seg == nil {
		s, err := analyze.NewSegmenter()
		if err != nil {
			t.Fatal(err)
		}
		seg = s
	}
	return seg
}

// matchText returns the matches of l in text as "theme:surface" strings,
// with a "!" before negated ones.
func matchText(t testing.TB, l *lexicon.Lexicon, text string, window int) []string {
	tx := segmenter(t).Segment(text)
	var out []string
	for si := range tx.Sentences {
		toks := tx.SentenceTokens(si)
		lt := make([]lexicon.Token, len(toks))
		for i, tok := range toks {
			lt[i] = lexicon.Token{Norm: tok.Norm(), Stem: tok.Stem(), Word: tok.Kind == analyze.Word}
		}
		for _, m := range l.Match(nil, lt, window) {
			s := m.Entry.Theme.Name + ":" + tx.Src[toks[m.Start].Start:toks[m.End-1].End]
			if m.Negated {
				s = "!" + s
			}
			out = append(out, s)
		}
	}
	return out
}

func TestMatch(t *testing.T) {
	l := mustParse(t, testLex)
	tests := []struct {
		text string
		want []string
	}{
		{"I was lonely.", []string{"isolation:lonely"}},
		{"Isolating, isolated, isolation.", []string{"isolation:Isolating", "isolation:isolated", "isolation:isolation"}},
		// Precedence: the phrase beats its words; a token counts once per theme.
		{"I reached out first again.", []string{"reciprocity:reached out first"}},
		{"She reaches out.", []string{"reciprocity:reaches out"}},
		{"There was no one to talk to.", []string{"isolation:no one to talk to"}},
		{"Nobody calls anymore.", []string{"isolation:Nobody calls"}},
		{"They shut the door. They shut my door.", []string{"rejection:shut the door", "rejection:shut my door"}},
		{"I was left out, again.", []string{"rejection:left out"}},
		// Exclusions remove only the idiom.
		{"Leave it alone to simmer.", nil},
		{"I can't cook, let alone host.", nil},
		{"We rejected the null hypothesis.", nil},
		{"Rejected parts go in the bin, and I felt rejected.", []string{"rejection:rejected"}},
		// Negation.
		{"I am not lonely.", []string{"!isolation:lonely"}},
		{"I never felt rejected.", []string{"!rejection:rejected"}},
		{"I wasn’t excluded.", []string{"!rejection:excluded"}},
		{"No longer isolated.", []string{"!isolation:isolated"}},
		{"I have never been so alone.", []string{"isolation:alone"}},
		{"He’s never felt so alone.", []string{"isolation:felt so alone"}},
		{"I never felt so alone at dinner.", []string{"isolation:felt so alone"}},
		{"It is not just that I felt alone.", []string{"isolation:alone"}},
		{"I wasn't sad, but I was lonely.", []string{"isolation:lonely"}},
		{"Nobody knew I was lonely.", []string{"isolation:lonely"}},
		{"Not lonely, rejected.", []string{"!isolation:lonely", "rejection:rejected"}},
		// Hyphenated words match by their last part.
		{"Weeks of self-isolation.", []string{"isolation:self-isolation"}},
		{"A long self-isolating winter.", []string{"isolation:self-isolating"}},
		// Contractions in patterns are split like the text.
		{"You don't owe me.", []string{"reciprocity:don't owe"}},
		{"You don’t owe me.", []string{"reciprocity:don’t owe"}},
		// One token may count in two themes.
		{"I was eating alone, always the one who called.", []string{"isolation:eating alone", "reciprocity:always the one who called"}},
		{"Give and take.", []string{"reciprocity:Give and take"}},
		// Phrases do not cross punctuation, but pass over quotation marks.
		{"I was left — out.", nil},
		{"I was 'left out' again.", []string{"rejection:left out"}},
		{"I was left 'out' again.", []string{"rejection:left 'out"}},
		{"They \u201cstopped\u201d inviting me.", []string{"rejection:stopped\u201d inviting me"}},
		{"I was left \"\" out.", []string{"rejection:left \"\" out"}},
		{"I was left, out.", nil},
		// A gap (..) stands for up to three words, not punctuation.
		{"They stopped inviting me.", []string{"rejection:stopped inviting me"}},
		{"They stopped ever really inviting me.", []string{"rejection:stopped ever really inviting me"}},
		{"They stopped one two three inviting me.", []string{"rejection:stopped one two three inviting me"}},
		{"They stopped one two three four inviting me.", nil},
		{"They stopped, then inviting me.", nil},
	}
	for _, tt := range tests {
		got := matchText(t, l, tt.text, lexicon.DefaultNegationWindow)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNegationWindow(t *testing.T) {
	l := mustParse(t, testLex)
	text := "I have not, for years, felt alone. I have not in all those long years felt alone."
	tests := []struct {
		window int
		want   []string
	}{
		{-1, []string{"isolation:alone", "isolation:alone"}},
		{3, []string{"isolation:alone", "isolation:alone"}},
		{7, []string{"isolation:alone", "!isolation:alone"}},
	}
	for _, tt := range tests {
		got := matchText(t, l, text, tt.window)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("window %d: got %q, want %q", tt.window, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		sentinel  error
	}{
		{"lonely\n", 1, 1, lexicon.ErrNoFacet},
		{"theme a\nfacet b\nlonely =0\n", 3, 8, lexicon.ErrBadWeight},
		{"theme a\nfacet b\nlonely =x\n", 3, 8, lexicon.ErrBadWeight},
		{"theme a\nfacet b\nlonely\n  lonely\n", 4, 3, lexicon.ErrDuplicate},
		{"theme a\nfacet b\nisolate~\nisolating~\n", 4, 1, lexicon.ErrDuplicate},
		{"theme a\nfacet b\n=2\n", 3, 1, lexicon.ErrEmptyPattern},
		{"theme a\nfacet b\nleft (out)\n", 3, 6, lexicon.ErrSyntax},
		{"theme a\nfacet b\n* out\n", 3, 1, lexicon.ErrSyntax},
		{"theme A\n", 1, 7, lexicon.ErrBadName},
		{"theme a\ntheme a\n", 2, 7, lexicon.ErrDuplicate},
		{"facet b\n", 1, 1, lexicon.ErrNoFacet},
		{"theme a\nfacet b\nfacet b\n", 3, 7, lexicon.ErrDuplicate},
		{"# nothing\n", 0, 0, lexicon.ErrNoThemes},
		{"theme a\nfacet b\n- leave it =2\n", 3, 12, lexicon.ErrBadWeight},
		{"theme a\nfacet b\nbad\xffword\n", 3, 4, lexicon.ErrSyntax},
	}
	for _, tt := range tests {
		_, err := lexicon.Parse(strings.NewReader(tt.src), "t.lex")
		var pe *lexicon.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%q: got %v, want a *ParseError", tt.src, err)
			continue
		}
		if pe.Line != tt.line || pe.Col != tt.col || !errors.Is(err, tt.sentinel) {
			t.Errorf("%q: got %v (line %d col %d), want %d:%d %v", tt.src, err, pe.Line, pe.Col, tt.line, tt.col, tt.sentinel)
		}
		if tt.line > 0 && !strings.HasPrefix(err.Error(), fmt.Sprintf("t.lex:%d:%d: ", tt.line, tt.col)) {
			t.Errorf("%q: message %q does not start with file:line:col", tt.src, err)
		}
	}
}

func TestParseMetadata(t *testing.T) {
	l := mustParse(t, testLex)
	if l.Name != "test" || l.Version != "1" || !strings.HasPrefix(l.Hash, "sha256:") || len(l.Hash) != 23 {
		t.Errorf("header: %q %q %q", l.Name, l.Version, l.Hash)
	}
	if got := strings.Join(l.ThemeNames(), ","); got != "isolation,rejection,reciprocity" {
		t.Errorf("themes %s", got)
	}
	iso := l.Theme("isolation")
	if iso.About != "Being alone." || iso.Facets[0].Source != "Russell 1996." || len(iso.Exclusions) != 2 {
		t.Errorf("isolation: %+v", iso)
	}
	e := iso.Facets[0].Entries[0]
	if e.Pattern != "lonely" || e.Weight != 2 || e.Pos.Line != 9 || e.Pos.Col != 1 {
		t.Errorf("first entry %+v", e)
	}
}

// TestMatchRoots checks that matching by cached roots gives what Match
// gives, on the test essays with the default lexicon, with and without
// stems.
func TestMatchRoots(t *testing.T) {
	l, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	text, err := fixtures.Prose("../testdata", 200<<10)
	if err != nil {
		t.Fatal(err)
	}
	tx := segmenter(t).Segment(text)
	n := 0
	for _, stemmed := range []bool{true, false} {
		for si := range tx.Sentences {
			toks := tx.SentenceTokens(si)
			lt := make([]lexicon.Token, len(toks))
			roots := make([]*lexicon.Roots, len(toks))
			for i, tok := range toks {
				lt[i] = lexicon.Token{Norm: tok.Norm(), Word: tok.Kind == analyze.Word}
				if stemmed {
					lt[i].Stem = tok.Stem()
				}
				roots[i] = l.Roots(&lt[i], stemmed)
			}
			want := l.Match(nil, lt, lexicon.DefaultNegationWindow)
			got := l.MatchRoots(nil, roots, lexicon.DefaultNegationWindow)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("sentence %d (stemmed %v): MatchRoots %v, Match %v", si, stemmed, got, want)
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Fatal("no matches in the test essays")
	}
}
