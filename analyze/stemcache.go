package analyze

import (
	"strings"
	"sync/atomic"

	"github.com/essaylab/themes/internal/wordcache"
	"github.com/essaylab/themes/lexicon"
)

// wordInfo is the normal form and stem of a word, shared by every token
// of that word.
type wordInfo struct {
	norm, stem string
	// roots caches the token as the matcher of the lexicon last used
	// with it sees it (lexicon.Roots), so matching costs no lookup.
	roots atomic.Pointer[lexRoots]
}

// lexRoots is a word or other token as the matcher of one lexicon sees
// it, matching with or without stems. It holds a copy of the Roots
// (which are immutable), so that the one load that checks the lexicon
// reaches them too, in the same cache line, where a pointer would cost a
// second dependent load per token.
type lexRoots struct {
	lex           *lexicon.Lexicon
	stemmed, word bool
	roots         lexicon.Roots
}

// lexRoots returns the Roots of a token of w for lexicon l, from w's
// cache when it is for l. word tells whether the token is a Word.
func (w *wordInfo) lexRoots(l *lexicon.Lexicon, word, stemmed bool) *lexicon.Roots {
	if r := w.roots.Load(); r != nil && r.lex == l && r.stemmed == stemmed && r.word == word {
		return &r.roots
	}
	tok := lexicon.Token{Norm: w.norm, Word: word}
	if stemmed && word {
		tok.Stem = w.stem
	}
	r := &lexRoots{lex: l, stemmed: stemmed, word: word, roots: *l.Roots(&tok, stemmed)}
	w.roots.Store(r)
	return &r.roots
}

// words memoises the normal forms and stems of words: by surface form
// (bySurface) and by normal form (byNorm), so that a word met again costs
// one lookup and no allocation, and every token of a word points at one
// wordInfo. Contractions are memoised split (contractions), and the
// normal forms of other tokens (numbers, emoji, symbols) in others, whose
// infos have no stem.
type words struct {
	bySurface, byNorm, others *wordcache.Cache[*wordInfo]
	contractions              *wordcache.Cache[contraction]
}

// contraction is a word written with an apostrophe, split as
// lexicon.CliticAt says: at is where the clitic starts (-1 when the word
// is not a contraction, whose info is then base).
type contraction struct {
	at           int
	base, clitic *wordInfo
}

func newWords(max int) *words {
	return &words{
		bySurface: wordcache.New[*wordInfo](max), byNorm: wordcache.New[*wordInfo](max),
		others: wordcache.New[*wordInfo](max / 4), contractions: wordcache.New[contraction](max / 4),
	}
}

// other returns the info of a token that is not a word, whose normal form
// is n.
func (w *words) other(n string) *wordInfo {
	if v, ok := w.others.Get(n); ok {
		return v
	}
	v := &wordInfo{norm: strings.Clone(n)}
	w.others.Put(n, v)
	return v
}

// contraction returns the split of a word written with an apostrophe.
func (w *words) contraction(s string) contraction {
	if v, ok := w.contractions.Get(s); ok {
		return v
	}
	v := contraction{at: lexicon.CliticAt(s)}
	if v.at > 0 {
		clitic := lexicon.Fold(s[v.at:])
		v.base = w.norm(lexicon.BaseForm(lexicon.Fold(s[:v.at]), clitic))
		v.clitic = w.norm(clitic)
	} else {
		v.base = w.surface(s)
	}
	w.contractions.Put(s, v)
	return v
}

// surface returns the info of a word as written.
func (w *words) surface(s string) *wordInfo {
	if v, ok := w.bySurface.Get(s); ok {
		return v
	}
	v := w.norm(lexicon.Fold(s))
	w.bySurface.Put(s, v)
	return v
}

// norm returns the info of a folded word.
func (w *words) norm(n string) *wordInfo {
	if v, ok := w.byNorm.Get(n); ok {
		return v
	}
	v := &wordInfo{norm: strings.Clone(n)}
	v.stem = lexicon.Stem(v.norm)
	if v.stem == n {
		v.stem = v.norm
	}
	w.byNorm.Put(n, v)
	return v
}
