package lexicon_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/essaylab/themes/lexicon"
)

// addSeeds adds the start of each file (up to 2 KB, cut at a line end):
// small seeds keep the fuzzer fast.
func addSeeds(f *testing.F, glob string) {
	files, _ := filepath.Glob(glob)
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			if len(b) > 2048 {
				b = b[:bytes.LastIndexByte(b[:2048], '\n')+1]
			}
			f.Add(b)
		}
	}
}

// FuzzParse checks that the .lex parser never panics, that every error is
// a *ParseError with a line and column, and that an accepted lexicon
// matches its own patterns' words without panicking.
func FuzzParse(f *testing.F) {
	addSeeds(f, "themes/*.lex")
	addSeeds(f, "../testdata/lexicon/*.lex")
	for _, s := range []string{"theme a\nfacet b\nx =2\n- x y\n", "theme a\nfacet b\n* x\n", "\\about", "theme a\nfacet b\na * b ~ =1e309"} {
		f.Add([]byte(s))
	}
	for _, b := range fuzzSeeds(f, "FuzzParse") { // robust_test.go
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := lexicon.Parse(bytes.NewReader(data), "f.lex")
		if err != nil {
			checkParseError(t, "f.lex", data, err) // robust_test.go
			return
		}
		var toks []lexicon.Token
		for _, w := range strings.Fields(string(data)) {
			n := lexicon.Fold(w)
			toks = append(toks, lexicon.Token{Norm: n, Stem: lexicon.Stem(n), Word: true})
		}
		for _, m := range l.Match(nil, toks, lexicon.DefaultNegationWindow) {
			if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
				t.Fatalf("match [%d,%d) of %d tokens", m.Start, m.End, len(toks))
			}
		}
	})
}

// FuzzParseDic does the same for LIWC dictionaries.
func FuzzParseDic(f *testing.F) {
	addSeeds(f, "../testdata/lexicon/*.dic")
	for _, s := range []string{"%\n1\ta\n%\nx\t1\n", "%\n1 a\n%\nkind of 1\n", "%\n%\n", "%\n1\ta\n%\nlike (02 134)131/125\n"} {
		f.Add([]byte(s))
	}
	for _, b := range fuzzSeeds(f, "FuzzParseDic") { // robust_test.go
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := lexicon.ParseDic(bytes.NewReader(data), "f.dic")
		if err != nil {
			checkParseError(t, "f.dic", data, err) // robust_test.go
			return
		}
		var toks []lexicon.Token
		for _, w := range strings.Fields(string(data)) {
			toks = append(toks, lexicon.Token{Norm: lexicon.Fold(w), Word: true})
		}
		for _, m := range l.Match(nil, toks, lexicon.DefaultNegationWindow) {
			if m.Start < 0 || m.End > len(toks) || m.Start >= m.End {
				t.Fatalf("match [%d,%d) of %d tokens", m.Start, m.End, len(toks))
			}
		}
	})
}

func TestParseDicErrors(t *testing.T) {
	tests := []struct {
		src       string
		line, col int
		sentinel  error
	}{
		{"1\ta\n", 1, 1, lexicon.ErrSyntax},
		{"%\n1\ta\n%\nlonely\t2\n", 4, 8, lexicon.ErrUnknownCategory},
		{"%\n1\ta\n1\tb\n%\n", 3, 1, lexicon.ErrDuplicate},
		{"%\n1\ta\n%\nx\t1\nx\t1\n", 5, 1, lexicon.ErrDuplicate},
		{"%\n1\ta\n%\nx~\t1\n", 4, 2, lexicon.ErrSyntax},
		{"%\n1\ta\n", 0, 0, lexicon.ErrSyntax},
		{"%\nx\n%\n", 2, 1, lexicon.ErrSyntax},
	}
	for _, tt := range tests {
		_, err := lexicon.ParseDic(strings.NewReader(tt.src), "t.dic")
		var pe *lexicon.ParseError
		if !errors.As(err, &pe) || pe.Line != tt.line || pe.Col != tt.col || !errors.Is(err, tt.sentinel) {
			t.Errorf("%q: got %v, want %d:%d %v", tt.src, err, tt.line, tt.col, tt.sentinel)
		}
	}
	l, err := lexicon.ParseDic(strings.NewReader("%\n1\ta\n%\nlike (02 134)131/125\nx*\t1\n"), "t.dic")
	if err != nil || len(l.Warnings) != 1 || l.Warnings[0].Line != 4 {
		t.Errorf("LIWC 2007 entry: %v %v", err, l)
	}
}

func TestIsDic(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"a.dic", "", true}, {"a.txt", "\n%\n1\tx\n", true}, {"a.lex", "theme a", false}, {"a", "\ufeff%\n", true},
	} {
		if got := lexicon.IsDic(tt.name, []byte(tt.data)); got != tt.want {
			t.Errorf("IsDic(%q, %q) = %v", tt.name, tt.data, got)
		}
	}
}
