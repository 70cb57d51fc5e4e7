package lexicon

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/essaylab/themes/internal/wordcache"
)

// Token is what the matcher sees of one token of a sentence.
type Token struct {
	Norm string // folded form (see Fold)
	// Stem is Stem(Norm) for words, or empty to match without stems; any
	// other value gives undefined results, since matches are cached by
	// word.
	Stem string
	Word bool // words take part in patterns; other tokens separate them
	// Roots, when set, must be what Lexicon.Roots returns for this word
	// and lexicon: a caller that keeps it beside its words spares the
	// matcher a lookup per word.
	Roots *Roots
}

// Roots is where a word leads in a lexicon's compiled patterns, and what
// the matcher needs to know of the word to follow a pattern through it,
// for callers that cache it per word (see Token.Roots).
type Roots struct {
	nodes []*node
	key   wordKey
	// class holds what the negation rules need to know of the token
	// (negator, scope break, quotation mark, …), so that they test bits
	// instead of looking its normal form up in several maps.
	class wordClass
	// Most words start some phrase ("the", "i") that the next word
	// rarely goes on with. When filter is set, every node of nodes is
	// plain, ends no pattern and has no wildcard trie, and next is the
	// union of their follows: a next word that next.may turns away goes
	// on from none of them, and the word is passed over at once.
	filter bool
	next   follow
}

// follow is what a word must have to go on from a node by the next word:
// an id among exactTo or stemTo, or a wildcard prefix. The masks have bit
// id%64 set for every id there, and turn most words away without a
// search; the edges then tell the rest exactly, as a mask fills up on
// the nodes of common words ("i", "the"). trie is set when the wildcards
// are many and in a byte trie; any word may go on then.
type follow struct {
	exactMask, stemMask uint64
	// exactTo and stemTo are the exact and stem children by word id (see
	// wordKey), sorted by id. In Roots.next they are the union of those of
	// the word's nodes, and lead nowhere (to is nil).
	exactTo, stemTo []edge
	prefixes        []prefixEdge
	trie            bool
}

// Roots returns where the word t leads in the lexicon's patterns when
// matching with or without stems. It depends only on t.Norm, t.Word and
// whether t.Stem is set; package analyze caches it per distinct word. For
// a token that is not a word (t.Word false) it leads nowhere and only
// tells the negation rules what the token is (a quotation mark, clause
// punctuation). The result is shared and must not be modified.
func (l *Lexicon) Roots(t *Token, stemmed bool) *Roots {
	if !t.Word {
		return nonWordRoots(t.Norm)
	}
	return l.m.roots(t, stemmed && l.Stemmed)
}

// Match is one theme match in a sentence.
type Match struct {
	Entry *Entry
	// Start and End are token indices into the slice given to Match,
	// half-open.
	Start, End int
	// Negated reports a mention inside a negation scope ("not lonely").
	Negated bool
}

// DefaultNegationWindow is how many words may stand between a negator and
// the mention it negates, as in VADER, which looks three tokens back.
const DefaultNegationWindow = 3

// Match appends to dst the matches of the lexicon's themes in one
// sentence's tokens and returns the extended slice, ordered by Start and
// then by theme.
//
// Precedence, within a theme (within the whole dictionary for LIWC): at
// each position the longest pattern wins (a phrase beats a word), then
// the most specific (an exact word beats a wildcard, a longer wildcard
// beats a shorter one, a stem comes last); matched tokens are consumed,
// so a token counts at most once per theme and overlapping phrases never
// double-count. Phrases do not cross punctuation, except quotation marks
// (' " “ ” ‘ ’ « »), which they pass over: "she 'forgets' her wallet". Matches overlapping one of the theme's exclusions are
// dropped.
//
// Negation: a match is Negated when a negator (not, n't, no, never,
// nobody, none, nothing, neither, nor, without, hardly, barely, cannot,
// …) stands at most negWindow words before it (a negative pronoun such as
// "nobody" at most one word before it), with no scope break in
// between: clause punctuation (, ; : — … ( ), but not quotation marks:
// "I'm not 'lonely'"), a contrast word
// (but, yet, though, although, however, except), a complementizer (that,
// because, when, if, who, which) or a subject pronoun (I, we, they, he,
// she, you), unless a negator denies that whole clause ("it's not that
// I'm lonely", "I don't think I was rejected", "not because I was
// alone"; see deniedClause). A denial after the mention negates it too
// ("loneliness was never the problem"; see deniedAfter). A negator
// inside the matched phrase does not negate it
// ("nobody calls"). "Not just", "not only", "no doubt", "no wonder",
// "nothing but" are not negations, nor is "never" followed by so, such,
// more or as ("never felt so alone"). A negative negWindow turns negation
// off.
func (l *Lexicon) Match(dst []Match, toks []Token, negWindow int) []Match {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	// Where each word leads from the root, and its key for the steps
	// that follow a pattern through it.
	rs := slices.Grow(sc.roots[:0], len(toks))[:len(toks)]
	for i := range toks {
		switch {
		case !toks[i].Word:
			rs[i] = nonWordRoots(toks[i].Norm)
		case toks[i].Roots != nil:
			rs[i] = toks[i].Roots
		default:
			rs[i] = l.m.roots(&toks[i], l.Stemmed)
		}
	}
	dst = l.m.match(dst, rs, negWindow, sc)
	clear(rs) // the pool must not keep the words alive
	sc.roots = rs
	return dst
}

// MatchRoots is Match for a caller that keeps the Roots of every token
// (Lexicon.Roots, for words and other tokens alike, with the same
// stemmed argument for a sentence): roots[i] stands for the sentence's
// token i, and Match.Start and End index roots. It spares building a
// Token per token; package analyze matches this way.
func (l *Lexicon) MatchRoots(dst []Match, roots []*Roots, negWindow int) []Match {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return l.m.match(dst, roots, negWindow, sc)
}

type key struct {
	entries   []*Entry // the entries with this pattern (several themes for LIWC)
	group     int      // precedence group: the theme, or 0 for a LIWC dictionary
	exclusion bool
	length    int     // pattern length in words
	spec      float64 // specificity, for precedence between equal lengths
	order     int     // for deterministic ties
}

// node is a place in the pattern trie. The maps and the byte trie are
// what compile builds; finish turns the maps into the sorted edges that
// matching follows, and drops them. The fields matching reads come first, to share a
// cache line.
type node struct {
	keys []*key
	// end marks a node no pattern goes on from; plain one that patterns
	// leave only by the next word (no * or gap), so that follow.may can
	// turn that word away.
	end, plain bool
	// follow holds the exact and stem children, by word id, and the
	// wildcard children when there are few: most words continue no
	// pattern, and its masks turn them away without a search.
	follow
	any, gap *node
	// follow.prefixes are the wildcard children, shortest prefix first,
	// when there are few of them; otherwise the byte trie prefix is
	// walked.
	prefix *ptrie

	exact, stem map[string]*node
}

type edge struct {
	id int32
	to *node
}

type prefixEdge struct {
	prefix string
	to     *node
}

// ptrie is a byte trie of wildcard prefixes.
type ptrie struct {
	next map[byte]*ptrie
	to   *node // the pattern node reached when the prefix ends here
}

// maxPrefixList is the most wildcard children a node tests one by one
// rather than through its byte trie.
const maxPrefixList = 8

type matcher struct {
	root   *node
	groups int
	keys   []*key
	// exactIDs and stemIDs number the words and stems that patterns
	// hold, from 1, so that following a pattern compares integers.
	exactIDs, stemIDs map[string]int32
	// plain and stemmed cache roots by folded word, for tokens without
	// and with a stem.
	plain, stemmed *wordcache.Cache[*Roots]
}

// wordKey is what following a pattern needs to know of a word: its
// folded form (for wildcards), the ids of the form and of the stem (0
// when no pattern holds them, or when matching without stems), and the
// same of the last part of a hyphenated word, which may match when the
// whole word does not ("self-isolation" by "isolation").
type wordKey struct {
	norm        string
	exact, stem int32
	part        *wordKey
}

func compile(l *Lexicon) *matcher {
	m := &matcher{root: &node{}, groups: 1,
		exactIDs: map[string]int32{}, stemIDs: map[string]int32{},
		plain: wordcache.New[*Roots](1 << 18), stemmed: wordcache.New[*Roots](1 << 18)}
	if l.Format == "lex" {
		m.groups = len(l.Themes)
	}
	byKey := map[string]*key{}
	add := func(e *Entry, excl bool) {
		group := 0
		if m.groups > 1 {
			group = e.Theme.index
		}
		id := strconv.Itoa(group) + "\x00" + keyOf(e.words)
		if excl {
			id = "-" + id
		}
		if k := byKey[id]; k != nil {
			k.entries = append(k.entries, e)
			return
		}
		k := &key{entries: []*Entry{e}, group: group, exclusion: excl, order: len(m.keys)}
		for _, w := range e.words {
			if w.kind != gapWord {
				k.length++
			}
			switch w.kind {
			case exactWord:
				k.spec += 3
			case prefixWord:
				k.spec += 2 + float64(len(w.s))/1000
			case stemWord:
				k.spec++
			}
		}
		byKey[id] = k
		m.keys = append(m.keys, k)
		n := m.root
		for _, w := range e.words {
			n = n.child(w)
		}
		n.keys = append(n.keys, k)
	}
	for _, t := range l.Themes {
		for _, f := range t.Facets {
			for _, e := range f.Entries {
				add(e, false)
			}
		}
		for _, e := range t.Exclusions {
			add(e, true)
		}
	}
	m.finish(m.root)
	return m
}

// finish numbers the pattern words below n and builds the edges that
// matching follows.
func (m *matcher) finish(n *node) {
	edges := func(children map[string]*node, ids map[string]int32) []edge {
		var out []edge
		for w, c := range children {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids) + 1)
				ids[w] = id
			}
			out = append(out, edge{id, c})
			m.finish(c)
		}
		slices.SortFunc(out, func(a, b edge) int { return int(a.id) - int(b.id) })
		return out
	}
	n.exactTo = edges(n.exact, m.exactIDs)
	n.stemTo = edges(n.stem, m.stemIDs)
	for _, e := range n.exactTo {
		n.exactMask |= 1 << (e.id % 64)
	}
	for _, e := range n.stemTo {
		n.stemMask |= 1 << (e.id % 64)
	}
	if n.prefix != nil {
		var list []prefixEdge
		var walk func(p *ptrie, prefix []byte)
		walk = func(p *ptrie, prefix []byte) {
			if p.to != nil {
				list = append(list, prefixEdge{string(prefix), p.to})
				m.finish(p.to)
			}
			for c, q := range p.next {
				walk(q, append(prefix, c))
			}
		}
		walk(n.prefix, nil)
		if len(list) <= maxPrefixList {
			// Shortest first, as the trie finds them; two prefixes of
			// one length cannot both match a word.
			slices.SortFunc(list, func(a, b prefixEdge) int {
				if len(a.prefix) != len(b.prefix) {
					return len(a.prefix) - len(b.prefix)
				}
				return strings.Compare(a.prefix, b.prefix)
			})
			n.prefixes = list
		} else {
			n.trie = true
		}
	}
	for _, c := range []*node{n.any, n.gap} {
		if c != nil {
			m.finish(c)
		}
	}
	n.end = len(n.exact) == 0 && len(n.stem) == 0 && n.prefix == nil && n.any == nil && n.gap == nil
	n.plain = n.any == nil && n.gap == nil
	n.exact, n.stem = nil, nil // the edges replace them
}

func (n *node) child(w patWord) *node {
	switch w.kind {
	case exactWord, stemWord:
		mp := &n.exact
		if w.kind == stemWord {
			mp = &n.stem
		}
		if *mp == nil {
			*mp = map[string]*node{}
		}
		c := (*mp)[w.s]
		if c == nil {
			c = &node{}
			(*mp)[w.s] = c
		}
		return c
	case prefixWord:
		if n.prefix == nil {
			n.prefix = &ptrie{}
		}
		p := n.prefix
		for i := 0; i < len(w.s); i++ {
			if p.next == nil {
				p.next = map[byte]*ptrie{}
			}
			q := p.next[w.s[i]]
			if q == nil {
				q = &ptrie{}
				p.next[w.s[i]] = q
			}
			p = q
		}
		if p.to == nil {
			p.to = &node{}
		}
		return p.to
	case gapWord:
		if n.gap == nil {
			n.gap = &node{}
		}
		return n.gap
	default:
		if n.any == nil {
			n.any = &node{}
		}
		return n.any
	}
}

// candidate is a pattern found at the current position.
type candidate struct {
	k          *key
	start, end int
}

// scratch is the working memory of one match call, pooled.
type scratch struct {
	roots []*Roots // per token: its roots (Match)
	cands []candidate
	excl  []candidate
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// match appends the matches in one sentence, given the roots of its
// tokens, using sc's buffers.
func (m *matcher) match(dst []Match, rs []*Roots, negWindow int, sc *scratch) []Match {
	start := len(dst)
	var consumed [8]int // per group: first position not consumed
	cons := consumed[:0]
	if m.groups <= len(consumed) {
		cons = consumed[:m.groups]
	} else {
		cons = make([]int, m.groups)
	}
	cands, excl := sc.cands[:0], sc.excl[:0]
	for i, r := range rs {
		if len(r.nodes) == 0 {
			continue
		}
		if r.filter && !r.next.may(rs, i+1) {
			continue
		}
		cands = cands[:0]
		for _, c := range r.nodes {
			if len(c.keys) == 0 && !c.may(rs, i+1, mayDepth) {
				// Most words start some phrase ("the", "i", "in *"), and
				// the next words rarely go on with it: turn it away here.
				continue
			}
			cands = m.walk(c, rs, i+1, i, cands)
		}
		if len(cands) == 0 {
			continue
		}
		// The best candidate per group, exclusions apart.
		if len(cands) > 1 {
			slices.SortStableFunc(cands, func(a, b candidate) int {
				switch {
				case better(a, b):
					return -1
				case better(b, a):
					return 1
				}
				return 0
			})
		}
		for ci, c := range cands {
			if c.k.exclusion {
				excl = append(excl, c)
				continue
			}
			if cons[c.k.group] > i {
				continue
			}
			dup := false
			for _, p := range cands[:ci] {
				if !p.k.exclusion && p.k.group == c.k.group {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			cons[c.k.group] = c.end
			for _, e := range c.k.entries {
				dst = append(dst, Match{Entry: e, Start: i, End: c.end})
			}
		}
	}
	sc.cands, sc.excl = cands, excl
	// Drop matches overlapping an exclusion of their theme.
	if len(excl) > 0 {
		out := dst[:start]
		for _, mt := range dst[start:] {
			if !excluded(mt, excl) {
				out = append(out, mt)
			}
		}
		dst = out
	}
	if negWindow >= 0 {
		for i := start; i < len(dst); i++ {
			dst[i].Negated = negated(rs, dst[i].Start, dst[i].End, negWindow)
		}
	}
	return dst
}

// may reports whether the word at position j (after quotation marks)
// may go on from a plain node whose follow f is, as step would find: by
// its ids in the masks or a wildcard prefix, or the same of its last
// part. False positives are possible, false negatives not.
func (f *follow) may(rs []*Roots, j int) bool {
	for j < len(rs) && rs[j].class&clsQuote != 0 {
		j++
	}
	if j >= len(rs) || rs[j].class&clsNonWord != 0 {
		return false
	}
	if f.trie {
		return true
	}
	return f.takes(&rs[j].key)
}

// takes reports whether the word w may go on from a plain node whose
// follow f is: exactly for ids, by the whole word or its last part; a
// trie of wildcards takes every word.
func (f *follow) takes(w *wordKey) bool {
	if f.trie {
		return true
	}
	for ; w != nil; w = w.part {
		if w.exact != 0 && f.exactMask&(1<<(w.exact%64)) != 0 && hasID(f.exactTo, w.exact) ||
			w.stem != 0 && f.stemMask&(1<<(w.stem%64)) != 0 && hasID(f.stemTo, w.stem) {
			return true
		}
		for _, p := range f.prefixes {
			if strings.HasPrefix(w.norm, p.prefix) {
				return true
			}
		}
	}
	return false
}

// mayDepth is how many lone * and gap nodes node.may looks through
// before it gives up and lets walk decide.
const mayDepth = 2

// may reports whether a pattern may end at n or go on from it by the
// words from position j, as walk would follow it: false positives are
// possible, false negatives not. It looks through up to depth lone * and
// gap nodes (" in * way", "rule~ .. broken"), whose words most phrases
// of common words start with.
func (n *node) may(rs []*Roots, j, depth int) bool {
	if len(n.keys) > 0 {
		return true
	}
	if n.end {
		return false
	}
	for j < len(rs) && rs[j].class&clsQuote != 0 {
		j++
	}
	if j >= len(rs) || rs[j].class&clsNonWord != 0 {
		return false
	}
	if (n.exactTo != nil || n.stemTo != nil || n.prefixes != nil || n.trie) && n.takes(&rs[j].key) {
		return true
	}
	if n.any == nil && n.gap == nil {
		return false
	}
	if depth == 0 {
		return true
	}
	if n.any != nil && n.any.may(rs, j+1, depth-1) {
		return true
	}
	if n.gap != nil {
		// As walk: up to MaxGap words, then the rest of the pattern.
		for s := 0; s <= MaxGap && j+s < len(rs); s++ {
			if s > 0 && rs[j+s-1].class&(clsNonWord|clsQuote) == clsNonWord {
				break
			}
			if n.gap.may(rs, j+s, depth-1) {
				return true
			}
		}
	}
	return false
}

// hasID reports whether edges, sorted by id, hold id.
func hasID(edges []edge, id int32) bool {
	i := search(edges, id)
	return i < len(edges) && edges[i].id == id
}

// search returns the index of the first of edges, sorted by id, whose id
// is at least id: a plain binary search, which the compiler inlines
// where slices.BinarySearchFunc calls a closure per step.
func search(edges []edge, id int32) int {
	lo, hi := 0, len(edges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if edges[m].id < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// excluded reports whether match mt overlaps an exclusion of its theme.
func excluded(mt Match, excl []candidate) bool {
	for _, c := range excl {
		if c.k.entries[0].Theme == mt.Entry.Theme && c.start < mt.End && mt.Start < c.end {
			return true
		}
	}
	return false
}

func better(a, b candidate) bool {
	if a.k.length != b.k.length {
		return a.k.length > b.k.length
	}
	if a.k.spec != b.k.spec {
		return a.k.spec > b.k.spec
	}
	return a.k.order < b.k.order
}

// walk follows the pattern trie from node n over the words from position
// j (rs holds their roots and keys),
// appending a candidate starting at start for every pattern that ends.
func (m *matcher) walk(n *node, rs []*Roots, j, start int, cands []candidate) []candidate {
	for _, k := range n.keys {
		cands = append(cands, candidate{k, start, j})
	}
	if n.end {
		return cands
	}
	// Inside a phrase, quotation marks are passed over: "she 'forgets'
	// her wallet", "the group was "full"".
	for j < len(rs) && rs[j].class&clsQuote != 0 {
		j++
	}
	if j >= len(rs) || rs[j].class&clsNonWord != 0 {
		return cands
	}
	var buf [4]*node
	for _, c := range m.step(n, &rs[j].key, buf[:0]) {
		cands = m.walk(c, rs, j+1, start, cands)
	}
	if n.gap != nil {
		// Up to MaxGap words, then the rest of the pattern.
		for s := 0; s <= MaxGap && j+s < len(rs); s++ {
			if s > 0 && rs[j+s-1].class&(clsNonWord|clsQuote) == clsNonWord {
				break // a gap holds words and quotation marks only
			}
			cands = m.walk(n.gap, rs, j+s, start, cands)
		}
	}
	return cands
}

// step appends to out the nodes reached from n by consuming the word w:
// by its folded form, its stem, a wildcard prefix, or a lone *. A
// hyphenated word that matches nothing may match by its last part
// ("self-isolation" by "isolation").
func (m *matcher) step(n *node, w *wordKey, out []*node) []*node {
	before := len(out)
	if w.exact != 0 && n.exactMask&(1<<(w.exact%64)) != 0 {
		if c := find(n.exactTo, w.exact); c != nil {
			out = append(out, c)
		}
	}
	if w.stem != 0 && n.stemMask&(1<<(w.stem%64)) != 0 {
		if c := find(n.stemTo, w.stem); c != nil {
			out = append(out, c)
		}
	}
	if n.prefixes != nil {
		for _, p := range n.prefixes {
			if strings.HasPrefix(w.norm, p.prefix) {
				out = append(out, p.to)
			}
		}
	} else if n.prefix != nil {
		p := n.prefix
		for i := 0; i < len(w.norm) && p != nil; i++ {
			if p = p.next[w.norm[i]]; p != nil && p.to != nil {
				out = append(out, p.to)
			}
		}
	}
	if len(out) == before && w.part != nil {
		out = m.step(n, w.part, out)
	}
	if n.any != nil {
		out = append(out, n.any)
	}
	return out
}

// find returns the node of the edge with the given id, or nil.
func find(edges []edge, id int32) *node {
	if i := search(edges, id); i < len(edges) && edges[i].id == id {
		return edges[i].to
	}
	return nil
}

// roots returns where the word t leads from the root, with its key. It
// is cached by word: it depends only on the word (its stem is Stem of its
// norm), so each distinct word is looked up once per lexicon.
func (m *matcher) roots(t *Token, stemmed bool) *Roots {
	stemmed = stemmed && t.Stem != ""
	c := m.plain
	if stemmed {
		c = m.stemmed
	}
	if v, ok := c.Get(t.Norm); ok {
		return v
	}
	// The key keeps the word: clone it, as t.Norm may be a slice of a
	// large text.
	r := &Roots{key: m.keyOf(strings.Clone(t.Norm), t.Stem, stemmed), class: classes[t.Norm]}
	r.nodes = m.step(m.root, &r.key, nil)
	r.filter = true
	for _, n := range r.nodes {
		r.filter = r.filter && len(n.keys) == 0 && n.plain && !n.trie
		r.next.exactMask |= n.exactMask
		r.next.stemMask |= n.stemMask
		r.next.exactTo = append(r.next.exactTo, n.exactTo...)
		r.next.stemTo = append(r.next.stemTo, n.stemTo...)
		r.next.prefixes = append(r.next.prefixes, n.prefixes...)
	}
	r.next.exactTo = idSet(r.next.exactTo)
	r.next.stemTo = idSet(r.next.stemTo)
	c.Put(t.Norm, r)
	return r
}

// idSet returns the ids of edges, sorted and without duplicates, as
// edges that lead nowhere.
func idSet(edges []edge) []edge {
	for i := range edges {
		edges[i].to = nil
	}
	slices.SortFunc(edges, func(a, b edge) int { return int(a.id - b.id) })
	return slices.Compact(edges)
}

// keyOf returns the key of a word with the given folded form and stem.
func (m *matcher) keyOf(norm, stem string, stemmed bool) wordKey {
	k := wordKey{norm: norm, exact: m.exactIDs[norm]}
	if stemmed {
		k.stem = m.stemIDs[stem]
	}
	if h := strings.LastIndexByte(norm, '-'); h > 0 && h < len(norm)-1 {
		part := norm[h+1:]
		pk := m.keyOf(part, "", false)
		if stemmed {
			pk.stem = m.stemIDs[Stem(part)]
		}
		k.part = &pk
	}
	return k
}
