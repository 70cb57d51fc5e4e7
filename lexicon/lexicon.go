package lexicon

import (
	"errors"
	"strconv"

	"github.com/essaylab/themes/internal/linefmt"
)

// Lexicon is a set of themes, each organised in facets of entries. A
// Lexicon returned by Parse, ParseDic, Load or Default is compiled and
// immutable, and safe for concurrent use.
type Lexicon struct {
	Name, Version, License, About string
	// Hash is "sha256:" and the first 16 hex digits of the SHA-256 of the
	// source bytes, so a report names exactly the lexicon it used.
	Hash string
	// Format is "lex" for the project's format, "dic" for LIWC.
	Format string
	Themes []*Theme
	// Stemmed reports whether entries may match by Snowball stem. It is
	// false for LIWC dictionaries, which match words as written.
	Stemmed bool
	// Warnings lists entries skipped while parsing (for example LIWC 2007
	// conditional entries), each with its position.
	Warnings []*ParseError

	m *matcher
}

// Theme is one construct a lexicon measures, such as isolation.
type Theme struct {
	Name, About string
	Facets      []*Facet
	// Exclusions are contexts that cancel the theme's matches they
	// overlap ("leave it alone" for isolation).
	Exclusions []*Entry
	index      int
}

// Facet is a named part of a theme with the source it comes from.
type Facet struct {
	Name, About, Source string
	Theme               *Theme
	Entries             []*Entry
}

// Entry is one pattern of a facet.
type Entry struct {
	// Pattern is the entry as written in the file ("reach~ out").
	Pattern string
	Weight  float64
	Facet   *Facet // nil for an exclusion
	Theme   *Theme
	// Pos is where the entry was written.
	Pos   Position
	words []patWord
}

// Position is a place in a lexicon file.
type Position struct {
	File      string
	Line, Col int // 1-based; Col counts bytes
}

// String formats the position as "file:line:col", leaving out what is
// unknown.
func (p Position) String() string {
	s := p.File
	if p.Line > 0 {
		if s != "" {
			s += ":"
		}
		s += strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// wordKind is how one word of a pattern matches a token.
type wordKind uint8

const (
	exactWord  wordKind = iota // the folded word
	prefixWord                 // reject*: any word starting with the prefix
	stemWord                   // isolate~: any word with the same stem
	anyWord                    // a lone * inside a phrase
	gapWord                    // ".." inside a phrase: up to MaxGap other words
)

// MaxGap is how many words a ".." in a phrase may stand for: "rule~ ..
// anymore" matches "rules anymore", "rules don't hold anymore" and "rules
// that nobody keeps anymore", but not across punctuation.
const MaxGap = 3

type patWord struct {
	kind wordKind
	s    string // folded word, prefix or stem
}

// Theme returns the theme with the given name, or nil.
func (l *Lexicon) Theme(name string) *Theme {
	for _, t := range l.Themes {
		if t.Name == name {
			return t
		}
	}
	return nil
}

// ThemeNames returns the names of the themes in order.
func (l *Lexicon) ThemeNames() []string {
	names := make([]string, len(l.Themes))
	for i, t := range l.Themes {
		names[i] = t.Name
	}
	return names
}

// Entries returns the number of entries (exclusions not included).
func (l *Lexicon) Entries() int {
	n := 0
	for _, t := range l.Themes {
		for _, f := range t.Facets {
			n += len(f.Entries)
		}
	}
	return n
}

// Index returns the theme's position in its lexicon's Themes.
func (t *Theme) Index() int { return t.index }

// Errors matched with errors.Is through a *ParseError.
var (
	ErrSyntax           = errors.New("syntax error")
	ErrDuplicate        = errors.New("duplicate")
	ErrEmptyPattern     = errors.New("empty pattern")
	ErrBadWeight        = errors.New("bad weight")
	ErrUnknownCategory  = errors.New("unknown category")
	ErrNoFacet          = errors.New("entry outside a facet")
	ErrBadName          = errors.New("bad name")
	ErrNoThemes         = errors.New("no themes")
	ErrUnsupportedEntry = errors.New("unsupported entry")
)

// ParseError is an error in a lexicon file, with its position. It prints
// as "file:line:col: message" and unwraps to one of the Err sentinels.
type ParseError struct {
	File      string
	Line, Col int // 1-based; Col counts bytes; 0 when unknown
	Err       error
}

func (e *ParseError) Error() string {
	return Position{File: e.File, Line: e.Line, Col: e.Col}.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// errorf returns an error naming its culprit that unwraps to sentinel.
var errorf = linefmt.Errorf
