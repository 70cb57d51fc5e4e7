package lexicon

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// ParseDic reads a LIWC dictionary (.dic): a block of numbered categories
// between two "%" lines, then one term per line followed by the numbers of
// its categories:
//
//	%
//	1	affiliation
//	2	social
//	%
//	friend*	1	2
//	kind of	2
//
// Fields are separated by tabs; without tabs, the trailing numeric fields
// are the categories and the rest is the term. Terms ending in * are
// trailing wildcards; terms with spaces are phrases. There is no stemming.
// LIWC's rule decides which entry a word belongs to: the most specific
// entry across the whole dictionary wins (an exact term beats a wildcard,
// a longer wildcard beats a shorter one), and the word counts in every
// category of that entry. Category names become theme names, each with
// one facet of the same name. LIWC 2007 conditional entries ("like (02
// 134)131/125") are skipped with a warning in Lexicon.Warnings.
func ParseDic(r io.Reader, name string) (*Lexicon, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	l := &Lexicon{Name: strings.TrimSuffix(baseName(name), ".dic"), Format: "dic"}
	sum := sha256.Sum256(data)
	l.Hash = "sha256:" + hex.EncodeToString(sum[:])[:16]
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	cats := map[string]*Theme{}
	state := 0 // 0 before the first %, 1 in categories, 2 in terms
	seen := map[string]int{}
	br := bufio.NewReader(bytes.NewReader(data))
	errAt := func(line, col int, err error) *ParseError {
		return &ParseError{File: name, Line: line, Col: col, Err: err}
	}
	for lineNo := 1; ; lineNo++ {
		raw, rerr := br.ReadString('\n')
		if raw == "" && rerr != nil {
			if rerr != io.EOF {
				return nil, errAt(lineNo, 0, rerr)
			}
			break
		}
		line := strings.TrimRight(raw, "\r\n")
		if !utf8.ValidString(line) {
			return nil, errAt(lineNo, invalidCol(line), errorf(ErrSyntax, "invalid UTF-8 (save the dictionary as UTF-8)"))
		}
		trimmed := strings.TrimSpace(line)
		col := len(line) - len(strings.TrimLeft(line, " \t")) + 1
		switch {
		case trimmed == "":
		case trimmed == "%":
			if state == 2 {
				return nil, errAt(lineNo, col, errorf(ErrSyntax, "a third %% line"))
			}
			state++
		case state == 0:
			return nil, errAt(lineNo, col, errorf(ErrSyntax, "a LIWC dictionary starts with a %% line"))
		case state == 1:
			id, label, ok := cutField(trimmed)
			if !ok || !isNumber(id) || label == "" {
				return nil, errAt(lineNo, col, errorf(ErrSyntax, "want \"number<TAB>category\", got %q", trimmed))
			}
			if _, dup := cats[id]; dup {
				return nil, errAt(lineNo, col, errorf(ErrDuplicate, "category number %s declared twice", id))
			}
			label = strings.TrimSpace(label)
			if l.Theme(label) != nil {
				return nil, errAt(lineNo, col+len(id)+1, errorf(ErrDuplicate, "category %q declared twice", label))
			}
			t := &Theme{Name: label, index: len(l.Themes)}
			t.Facets = []*Facet{{Name: label, Theme: t}}
			cats[id] = t
			l.Themes = append(l.Themes, t)
		default:
			if strings.ContainsAny(trimmed, "()/") && !strings.Contains(trimmed, "\t(") {
				if strings.Contains(trimmed, "(") {
					l.Warnings = append(l.Warnings, errAt(lineNo, col, errorf(ErrUnsupportedEntry, "LIWC 2007 conditional entry skipped: %q", trimmed)))
					continue
				}
			}
			term, ids, idCols := dicTerm(line)
			if term == "" {
				return nil, errAt(lineNo, col, errorf(ErrEmptyPattern, "empty term"))
			}
			if len(ids) == 0 {
				return nil, errAt(lineNo, col+len(term), errorf(ErrSyntax, "term %q has no categories", term))
			}
			fields, fcols := splitFields(term, col)
			words, err := parsePattern(fields, fcols, false)
			if err != nil {
				var pe *posErr
				if errors.As(err, &pe) {
					return nil, errAt(lineNo, pe.col, pe.err)
				}
				return nil, errAt(lineNo, col, err)
			}
			key := keyOf(words)
			if first, dup := seen[key]; dup {
				return nil, errAt(lineNo, col, errorf(ErrDuplicate, "duplicate term %q (first on line %d)", term, first))
			}
			seen[key] = lineNo
			pos := Position{File: name, Line: lineNo, Col: col}
			done := map[*Theme]bool{}
			for k, id := range ids {
				t, ok := cats[id]
				if !ok {
					return nil, errAt(lineNo, idCols[k], errorf(ErrUnknownCategory, "unknown category %q", id))
				}
				if done[t] {
					continue
				}
				done[t] = true
				f := t.Facets[0]
				f.Entries = append(f.Entries, &Entry{Pattern: strings.Join(fields, " "), Weight: 1, Facet: f, Theme: t, Pos: pos, words: words})
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	if state < 2 {
		return nil, &ParseError{File: name, Err: errorf(ErrSyntax, "the category block is not closed by a second %% line")}
	}
	if len(l.Themes) == 0 {
		return nil, &ParseError{File: name, Err: errorf(ErrNoThemes, "no categories")}
	}
	l.m = compile(l)
	return l, nil
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, "/\\"); i >= 0 {
		return p[i+1:]
	}
	return p
}

func cutField(s string) (a, b string, ok bool) {
	if a, b, ok = strings.Cut(s, "\t"); ok {
		return strings.TrimSpace(a), strings.TrimSpace(b), true
	}
	return strings.Cut(s, " ")
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dicTerm splits a term line into the term and its category numbers, with
// the 1-based column of each number.
func dicTerm(line string) (term string, ids []string, cols []int) {
	fields, fcols := splitFields(line, 1)
	if strings.Contains(strings.TrimSpace(line), "\t") {
		// The term is the first tab-separated field; it may hold spaces.
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		rest := line[lead:]
		t, after, _ := strings.Cut(rest, "\t")
		term = strings.TrimSpace(t)
		off := lead + len(t) + 1
		fs, cs := splitFields(after, off+1)
		return term, fs, cs
	}
	n := len(fields)
	for n > 1 && isNumber(fields[n-1]) {
		n--
	}
	return strings.Join(fields[:n], " "), fields[n:], fcols[n:]
}
