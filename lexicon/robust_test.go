package lexicon_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/essaylab/themes/internal/fixtures"
	"github.com/essaylab/themes/lexicon"
)

// Robustness tests (issue 8): shared seeds and the invariants of parse
// errors.

// fuzzSeeds returns the seed inputs in ../testdata/fuzz/<name>.
func fuzzSeeds(tb testing.TB, name string) [][]byte {
	tb.Helper()
	seeds, err := fixtures.Seeds("../testdata", name)
	if err != nil {
		tb.Fatal(err)
	}
	return seeds
}

// checkParseError checks that err, from parsing data as name, is a
// *ParseError that names the file and points at a line and column inside
// data. Only errors about the whole file (no themes, an unclosed LIWC
// category block) may have no line.
func checkParseError(t testing.TB, name string, data []byte, err error) {
	t.Helper()
	var pe *lexicon.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v is not a *ParseError", err)
	}
	if pe.File != name || !strings.HasPrefix(err.Error(), name+":") {
		t.Fatalf("error %q does not begin with the file name %q", err, name)
	}
	if pe.Err == nil || pe.Unwrap() == nil {
		t.Fatalf("error %q wraps nothing", err)
	}
	if pe.Line < 1 {
		if !errors.Is(err, lexicon.ErrNoThemes) && !strings.Contains(err.Error(), "not closed") {
			t.Fatalf("error without a line: %v", err)
		}
		return
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	lines := bytes.Split(data, []byte("\n"))
	if pe.Line > len(lines) {
		t.Fatalf("error at line %d of %d: %v", pe.Line, len(lines), err)
	}
	line := lines[pe.Line-1]
	if pe.Col < 0 || pe.Col > len(line)+1 {
		t.Fatalf("error at column %d of a line of %d bytes: %v", pe.Col, len(line), err)
	}
}

func TestParseErrorPositions(t *testing.T) {
	for _, tt := range []struct {
		src      string
		pos      string // "line:col"
		sentinel error
	}{
		{"theme a\nfacet b\nlonely =zero\n", "3:8", lexicon.ErrBadWeight},
		{"theme a\r\nfacet b\r\nx\r\nx\r\n", "4:1", lexicon.ErrDuplicate},
		{"\ufefftheme a\nfacet b\nx =2\nx =3\n", "4:1", lexicon.ErrDuplicate},
	} {
		_, err := lexicon.Parse(strings.NewReader(tt.src), "bad.lex")
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		checkParseError(t, "bad.lex", []byte(tt.src), err)
		if !strings.HasPrefix(err.Error(), "bad.lex:"+tt.pos+": ") || !errors.Is(err, tt.sentinel) {
			t.Errorf("%q: %v, want bad.lex:%s: and %v", tt.src, err, tt.pos, tt.sentinel)
		}
	}
	for _, src := range []string{"", "# only a comment\n", "\ufeff", "lexicon x\nversion 1\n"} {
		_, err := lexicon.Parse(strings.NewReader(src), "empty.lex")
		if !errors.Is(err, lexicon.ErrNoThemes) {
			t.Errorf("%q: %v, want ErrNoThemes", src, err)
		}
	}
}

// TestParseHostile feeds the parsers inputs that are large or strange:
// they finish, and refuse or accept without panicking.
func TestParseHostile(t *testing.T) {
	inputs := map[string]string{
		"long line":     "theme a\nfacet b\n" + strings.Repeat("x", 1<<20) + "\n",
		"long phrase":   "theme a\nfacet b\n" + strings.Repeat("w ", 50000) + "\n",
		"many stars":    "theme a\nfacet b\nx" + strings.Repeat(" *", 5000) + " y\n",
		"wildcards":     "theme a\nfacet b\n" + strings.Repeat("*", 10000) + "\n",
		"binary":        "\x00\x01\x02\xff\xfe theme",
		"no newline":    "theme a\nfacet b\nlonely",
		"invalid UTF-8": "theme a\nfacet b\nlon\xffely\n",
		"NUL in word":   "theme a\nfacet b\nlon\x00ely\n",
		"huge weight":   "theme a\nfacet b\nx =1e308\ny =-1\nz =NaN\nw =Inf\n",
	}
	for name, src := range inputs {
		for _, parse := range []struct {
			file string
			fn   func([]byte) (*lexicon.Lexicon, error)
		}{
			{"h.lex", func(b []byte) (*lexicon.Lexicon, error) { return lexicon.Parse(bytes.NewReader(b), "h.lex") }},
			{"h.dic", func(b []byte) (*lexicon.Lexicon, error) { return lexicon.ParseDic(bytes.NewReader(b), "h.dic") }},
		} {
			l, err := parse.fn([]byte(src))
			if err != nil {
				checkParseError(t, parse.file, []byte(src), err)
				continue
			}
			for _, th := range l.Themes {
				for _, f := range th.Facets {
					for _, e := range f.Entries {
						if e.Weight != e.Weight || e.Weight > 1e300 || e.Weight < -1e300 {
							t.Errorf("%s %s: entry %q has weight %v", name, parse.file, e.Pattern, e.Weight)
						}
					}
				}
			}
		}
	}
}
