package lexicon

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/essaylab/themes/internal/linefmt"
)

// Source is one lexicon file to parse: its name for messages and its bytes.
type Source struct {
	Name string
	Data []byte
}

// Parse reads a lexicon in the project's format (see the package
// documentation) from r. name is used in error positions.
func Parse(r io.Reader, name string) (*Lexicon, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	return ParseSources(Source{Name: name, Data: b})
}

// ParseSources parses several files of the project's format into one
// lexicon, in order: typically one file per theme. The header directives
// (lexicon, version, license, about) of the first file that has them win.
func ParseSources(srcs ...Source) (*Lexicon, error) {
	p := &lexParser{lex: &Lexicon{Format: "lex", Stemmed: true}, seen: map[string]Position{}}
	h := sha256.New()
	for _, s := range srcs {
		h.Write(s.Data)
		h.Write([]byte{0})
		if err := p.parse(s); err != nil {
			return nil, err
		}
	}
	if len(p.lex.Themes) == 0 {
		name := ""
		if len(srcs) > 0 {
			name = srcs[0].Name
		}
		return nil, &ParseError{File: name, Err: errorf(ErrNoThemes, "no themes: declare one with \"theme NAME\"")}
	}
	p.lex.Hash = "sha256:" + hex.EncodeToString(h.Sum(nil))[:16]
	p.lex.m = compile(p.lex)
	return p.lex, nil
}

// Load reads lexicon files from disk. Files ending in ".dic" are read as
// LIWC dictionaries (see ParseDic); a .dic file must be the only one.
// Other files are read in the project's format.
func Load(paths ...string) (*Lexicon, error) {
	srcs := make([]Source, 0, len(paths))
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, &ParseError{File: path, Err: err}
		}
		srcs = append(srcs, Source{Name: path, Data: b})
	}
	if len(srcs) == 1 && IsDic(srcs[0].Name, srcs[0].Data) {
		return ParseDic(bytes.NewReader(srcs[0].Data), srcs[0].Name)
	}
	return ParseSources(srcs...)
}

// IsDic reports whether a file is a LIWC dictionary: by its extension, or
// by content when its first non-blank line is "%".
func IsDic(name string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(name), ".dic") {
		return true
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for _, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return string(line) == "%"
	}
	return false
}

var directives = map[string]bool{
	"lexicon": true, "version": true, "license": true, "about": true, "source": true, "theme": true, "facet": true,
}

type lexParser struct {
	lex   *Lexicon
	theme *Theme
	facet *Facet
	file  string
	// seen maps theme name + normalised pattern to where it was first written.
	seen map[string]Position
}

func (p *lexParser) parse(s Source) error {
	p.file = s.Name
	p.theme, p.facet = nil, nil
	data := bytes.TrimPrefix(s.Data, []byte("\uFEFF"))
	r := bufio.NewReader(bytes.NewReader(data))
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadString('\n')
		if line == "" && err != nil {
			if err == io.EOF {
				return nil
			}
			return &ParseError{File: p.file, Line: lineNo, Err: err}
		}
		if perr := p.line(strings.TrimRight(line, "\r\n"), lineNo); perr != nil {
			return perr
		}
		if err == io.EOF {
			return nil
		}
	}
}

func (p *lexParser) errAt(line, col int, err error) *ParseError {
	return &ParseError{File: p.file, Line: line, Col: col, Err: err}
}

// line parses one line. Columns are 1-based byte columns of the raw line.
func (p *lexParser) line(raw string, n int) error {
	if !utf8.ValidString(raw) {
		return p.errAt(n, invalidCol(raw), errorf(ErrSyntax, "invalid UTF-8"))
	}
	text := stripComment(raw)
	start := len(text) - len(strings.TrimLeft(text, " \t"))
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	col := start + 1
	kw, rest, _ := strings.Cut(text, " ")
	if k, r, ok := strings.Cut(text, "\t"); ok && len(k) < len(kw) {
		kw, rest = k, r
	}
	rest = strings.TrimSpace(rest)
	if directives[kw] {
		return p.directive(kw, rest, n, col, col+len(text)-len(rest))
	}
	if strings.HasPrefix(text, "\\") {
		text = text[1:]
		col++
	}
	exclusion := false
	if strings.HasPrefix(text, "- ") || text == "-" {
		exclusion = true
		trim := strings.TrimLeft(text[1:], " \t")
		col += len(text) - len(trim)
		text = trim
	}
	return p.entry(text, n, col, exclusion)
}

func invalidCol(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i + 1
		}
		i += size
	}
	return 1
}

// stripComment removes a "#" comment that starts the line or follows
// white space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func (p *lexParser) directive(kw, arg string, line, col, argCol int) error {
	l := p.lex
	switch kw {
	case "lexicon", "version", "license":
		if arg == "" {
			return p.errAt(line, col, errorf(ErrSyntax, "%s needs a value", kw))
		}
		dst := map[string]*string{"lexicon": &l.Name, "version": &l.Version, "license": &l.License}[kw]
		if *dst == "" {
			*dst = arg
		}
	case "about", "source":
		switch {
		case p.facet != nil && kw == "about":
			p.facet.About = joinText(p.facet.About, arg)
		case p.facet != nil:
			p.facet.Source = joinText(p.facet.Source, arg)
		case p.theme != nil && kw == "about":
			p.theme.About = joinText(p.theme.About, arg)
		case kw == "about":
			l.About = joinText(l.About, arg)
		default:
			return p.errAt(line, col, errorf(ErrSyntax, "source outside a facet"))
		}
	case "theme":
		if !validName(arg) {
			return p.errAt(line, argCol, errorf(ErrBadName, "bad theme name %q: use lower-case letters, digits and -", arg))
		}
		if l.Theme(arg) != nil {
			return p.errAt(line, argCol, errorf(ErrDuplicate, "theme %q declared twice", arg))
		}
		p.theme = &Theme{Name: arg, index: len(l.Themes)}
		p.facet = nil
		l.Themes = append(l.Themes, p.theme)
	case "facet":
		if p.theme == nil {
			return p.errAt(line, col, errorf(ErrNoFacet, "facet %q before any theme", arg))
		}
		if !validName(arg) {
			return p.errAt(line, argCol, errorf(ErrBadName, "bad facet name %q: use lower-case letters, digits and -", arg))
		}
		for _, f := range p.theme.Facets {
			if f.Name == arg {
				return p.errAt(line, argCol, errorf(ErrDuplicate, "facet %q declared twice in theme %q", arg, p.theme.Name))
			}
		}
		p.facet = &Facet{Name: arg, Theme: p.theme}
		p.theme.Facets = append(p.theme.Facets, p.facet)
	}
	return nil
}

func joinText(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// entry parses a pattern line: words separated by white space and an
// optional final "=weight".
func (p *lexParser) entry(text string, line, col int, exclusion bool) error {
	if p.theme == nil || (!exclusion && p.facet == nil) {
		return p.errAt(line, col, errorf(ErrNoFacet, "entry %q outside a facet: declare \"theme\" and \"facet\" first", text))
	}
	fields, cols := splitFields(text, col)
	weight := 1.0
	if n := len(fields); n > 0 && strings.HasPrefix(fields[n-1], "=") {
		if exclusion {
			return p.errAt(line, cols[n-1], errorf(ErrBadWeight, "an exclusion has no weight"))
		}
		w, err := strconv.ParseFloat(fields[n-1][1:], 64)
		if err != nil || w <= 0 || math.IsInf(w, 0) || math.IsNaN(w) || w > 1000 {
			return p.errAt(line, cols[n-1], errorf(ErrBadWeight, "bad weight %q: want a number > 0 and ≤ 1000", fields[n-1]))
		}
		weight = w
		fields, cols = fields[:n-1], cols[:n-1]
	}
	if len(fields) == 0 {
		return p.errAt(line, col, errorf(ErrEmptyPattern, "empty pattern"))
	}
	words, err := parsePattern(fields, cols, true)
	if err != nil {
		var pe *posErr
		if errors.As(err, &pe) {
			return p.errAt(line, pe.col, pe.err)
		}
		return p.errAt(line, col, err)
	}
	pattern := strings.Join(fields, " ")
	key := p.theme.Name + "\x00" + keyOf(words)
	if exclusion {
		key = "-" + key
	}
	pos := Position{File: p.file, Line: line, Col: col}
	if first, dup := p.seen[key]; dup {
		return p.errAt(line, col, errorf(ErrDuplicate, "duplicate pattern %q in theme %q (first at %s)", pattern, p.theme.Name, first))
	}
	p.seen[key] = pos
	e := &Entry{Pattern: pattern, Weight: weight, Theme: p.theme, Pos: pos, words: words}
	if exclusion {
		p.theme.Exclusions = append(p.theme.Exclusions, e)
		return nil
	}
	e.Facet = p.facet
	p.facet.Entries = append(p.facet.Entries, e)
	return nil
}

type posErr struct {
	col int
	err error
}

func (e *posErr) Error() string { return e.err.Error() }
func (e *posErr) Unwrap() error { return e.err }

// splitFields splits at runs of spaces and tabs, returning each field's
// 1-based column.
var splitFields = linefmt.Fields

// parsePattern turns the words of a pattern into matchable words. With
// stems false (LIWC), a trailing ~ is an error. Contractions are split as
// the text is: "don't" → "do" "n't".
func parsePattern(fields []string, cols []int, stems bool) ([]patWord, error) {
	var words []patWord
	for i, f := range fields {
		c := cols[i]
		if f == "*" || f == ".." {
			if i == 0 || i == len(fields)-1 {
				return nil, &posErr{c, errorf(ErrSyntax, "a lone %s must be inside a phrase, between two words", f)}
			}
			kind := anyWord
			if f == ".." {
				kind = gapWord
				if prev := words[len(words)-1].kind; prev == gapWord || prev == anyWord || fields[i+1] == "*" || fields[i+1] == ".." {
					return nil, &posErr{c, errorf(ErrSyntax, "a gap (..) must stand between two words")}
				}
			}
			words = append(words, patWord{kind: kind})
			continue
		}
		kind := exactWord
		switch {
		case strings.HasSuffix(f, "*"):
			kind = prefixWord
			f = f[:len(f)-1]
		case strings.HasSuffix(f, "~"):
			if !stems {
				return nil, &posErr{c + len(f) - 1, errorf(ErrSyntax, "stem patterns (~) are not allowed here")}
			}
			kind = stemWord
			f = f[:len(f)-1]
		}
		if f == "" {
			return nil, &posErr{c, errorf(ErrEmptyPattern, "empty word")}
		}
		for j, r := range f {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || strings.ContainsRune("'’-.&", r)) {
				return nil, &posErr{c + j, errorf(ErrSyntax, "unexpected %q in pattern word %q", r, fields[i])}
			}
		}
		folded := Fold(f)
		if k := CliticAt(folded); k > 0 && kind == exactWord {
			clitic := folded[k:]
			words = append(words, patWord{kind: exactWord, s: BaseForm(folded[:k], clitic)}, patWord{kind: exactWord, s: clitic})
			continue
		}
		switch kind {
		case stemWord:
			words = append(words, patWord{kind: stemWord, s: Stem(folded)})
		default:
			words = append(words, patWord{kind: kind, s: folded})
		}
	}
	return words, nil
}

// keyOf returns a canonical string for a pattern, for duplicate checks.
func keyOf(words []patWord) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.s)
		b.WriteString([...]string{"", "*", "~", "*", ".."}[w.kind])
	}
	return b.String()
}
