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
	// roots caches where the word leads in the patterns of the lexicon
	// last used with it (lexicon.Roots), so matching costs no lookup.
	roots atomic.Pointer[lexRoots]
}

type lexRoots struct {
	lex     *lexicon.Lexicon
	stemmed bool
	roots   *lexicon.Roots
}

// words memoises the normal forms and stems of words: by surface form
// (bySurface) and by normal form (byNorm), so that a word met again costs
// one lookup and no allocation, and every token of a word points at one
// wordInfo.
type words struct {
	bySurface, byNorm *wordcache.Cache[*wordInfo]
}

func newWords(max int) *words {
	return &words{wordcache.New[*wordInfo](max), wordcache.New[*wordInfo](max)}
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
