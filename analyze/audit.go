package analyze

import (
	"context"
	"sort"
	"strings"

	"github.com/essaylab/themes/lexicon"
)

// Audit reports how a lexicon's entries behave on a corpus: which never
// match, which stem entries merge words that may not belong together,
// and the most frequent matches per theme.
type Audit struct {
	// Documents and Words are the size of the corpus audited.
	Documents, Words int
	// Unmatched lists the entries that matched nothing, affirmed or
	// negated, in lexicon order.
	Unmatched []*lexicon.Entry
	// Merges lists stem entries whose matches, once plural and verb
	// endings are taken off, are more than one word: "friendly~" meeting
	// both "friendly" and "friends", "alienation~" meeting "alien". They
	// are candidates for an exact word or a wildcard instead.
	Merges []StemMerge
	// Frequent holds, per theme in lexicon order, the entries matched most
	// often (affirmed), at most 10.
	Frequent [][]TermCount
}

// StemMerge is a stem entry and the distinct words it matched.
type StemMerge struct {
	Entry *lexicon.Entry
	// Words are the distinct folded words matched, sorted; Bases the
	// distinct words after removing inflections, sorted.
	Words, Bases []string
}

// TermCount is how often an entry matched.
type TermCount struct {
	Entry   *lexicon.Entry
	Count   int
	Negated int
}

// Audit analyzes texts and reports on the analyzer's lexicon.
func (a *Analyzer) Audit(ctx context.Context, texts []string) (*Audit, error) {
	counts := map[*lexicon.Entry]*TermCount{}
	words := map[*lexicon.Entry]map[string]bool{}
	au := &Audit{}
	for _, text := range texts {
		d, err := a.Analyze(ctx, Input{Text: text})
		if err != nil {
			return nil, err
		}
		au.Documents++
		au.Words += d.Words
		// Evidence does not carry its entry; find it by theme and term.
		for _, e := range d.Evidence {
			entry := a.findEntry(e.Theme, e.Facet, e.Term)
			if entry == nil {
				continue
			}
			tc := counts[entry]
			if tc == nil {
				tc = &TermCount{Entry: entry}
				counts[entry] = tc
			}
			if e.Negated {
				tc.Negated++
			} else {
				tc.Count++
			}
			if strings.Contains(entry.Pattern, "~") && !strings.Contains(e.Text, " ") {
				if words[entry] == nil {
					words[entry] = map[string]bool{}
				}
				words[entry][lexicon.Fold(e.Text)] = true
			}
		}
	}
	for _, th := range a.lex.Themes {
		var freq []TermCount
		for _, f := range th.Facets {
			for _, e := range f.Entries {
				tc := counts[e]
				if tc == nil {
					au.Unmatched = append(au.Unmatched, e)
					continue
				}
				if tc.Count > 0 {
					freq = append(freq, *tc)
				}
				if ws := words[e]; len(ws) > 1 {
					bases := map[string]bool{}
					var list []string
					for w := range ws {
						list = append(list, w)
						bases[inflectionBase(w)] = true
					}
					if len(bases) > 1 {
						sort.Strings(list)
						au.Merges = append(au.Merges, StemMerge{Entry: e, Words: list, Bases: sortedSet(bases)})
					}
				}
			}
		}
		sort.SliceStable(freq, func(i, j int) bool { return freq[i].Count > freq[j].Count })
		if len(freq) > 10 {
			freq = freq[:10]
		}
		au.Frequent = append(au.Frequent, freq)
	}
	return au, nil
}

func (a *Analyzer) findEntry(theme, facet, term string) *lexicon.Entry {
	th := a.lex.Theme(theme)
	if th == nil {
		return nil
	}
	for _, f := range th.Facets {
		if f.Name != facet {
			continue
		}
		for _, e := range f.Entries {
			if e.Pattern == term {
				return e
			}
		}
	}
	return nil
}

// inflectionBase strips English inflections (plural and possessive s,
// -es, -ed, -ing) but not derivations, so that "friends" and "friend"
// share a base and "friendly" does not.
func inflectionBase(w string) string {
	w = strings.TrimSuffix(w, "'s")
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return strings.TrimSuffix(w[:len(w)-3], "e")
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return strings.TrimSuffix(w[:len(w)-2], "e")
	case strings.HasSuffix(w, "es") && len(w) > 4 && strings.ContainsAny(w[len(w)-3:len(w)-2], "sxz"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return strings.TrimSuffix(w[:len(w)-1], "e")
	}
	return strings.TrimSuffix(w, "e")
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
