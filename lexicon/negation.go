package lexicon

import "strings"

// This file holds the negation rules (negated, see Lexicon.Match), among
// them the two that reach past a clause boundary, in the spirit of
// NegEx's pre- and post-negation triggers (Chapman et al. 2001): a denied clause ("it's not that I'm lonely", "I
// don't think I was rejected") and a denial that follows the mention
// ("loneliness was never the problem"). Hard passages often name one theme
// only to deny it and then tell another; without these rules the denied
// theme's plain word wins.

// The word lists of the rules are maps, for reading; the rules test the
// bits of a wordClass instead, which each token's Roots holds (see
// classes), so that a mention's negation costs no map lookup.

// negators open a negation scope.
var negators = map[string]bool{
	"not": true, "n't": true, "no": true, "never": true, "nobody": true, "none": true, "nothing": true,
	"neither": true, "nor": true, "without": true, "hardly": true, "barely": true, "scarcely": true,
	"cannot": true, "nowhere": true, "noone": true, "nope": true,
}

// pronounNegators are negative pronouns. As the subject of a clause they
// assert something of nobody ("Nobody plays by the rules any more" is
// anomie, not its absence), so they negate only a mention at most one word
// after them ("nobody rejected me", "nothing lonely").
var pronounNegators = map[string]bool{"nobody": true, "nothing": true, "none": true, "noone": true, "neither": true}

// notNegating are words after a negator that cancel it: "not just",
// "no doubt", "nothing but".
var notNegating = map[string]bool{
	"just": true, "only": true, "merely": true, "simply": true, "doubt": true, "wonder": true, "but": true,
	"exactly": true,
}

// intensifiers after "never" make it an intensifier: "never felt so alone".
var intensifiers = map[string]bool{"so": true, "such": true, "more": true, "as": true, "this": true}

// scopeBreaks end a negation scope when met between negator and mention.
var scopeBreaks = map[string]bool{
	"but": true, "yet": true, "though": true, "although": true, "however": true, "except": true,
	"whereas": true, "that": true, "because": true, "when": true, "if": true, "who": true, "which": true,
	"while": true, "until": true, "since": true, "i": true, "we": true, "they": true, "he": true,
	"she": true, "you": true, "and": true,
}

// isClausePunct reports punctuation that ends a negation scope.
func isClausePunct(norm string) bool {
	switch norm {
	case ",", ";", ":", "—", "…", "(", ")", "\"", "'", "[", "]", "-", "/":
		return true
	}
	return strings.ContainsAny(norm, ".!?")
}

// denialWindow bounds how many words a denied clause may hold before the
// mention: "it's not that I ever really felt lonely" has five.
const denialWindow = 6

// complementizers open the clause a negator denies: "not that …",
// "n't because …", "not like …".
var complementizers = map[string]bool{"that": true, "because": true, "'cause": true, "cause": true, "like": true}

// clauseNegators are the negators that can deny a whole clause.
var clauseNegators = map[string]bool{"not": true, "n't": true, "never": true}

// raisingVerbs take a clause whose negation they carry ("I don't think
// I'm lonely" means "I think I'm not lonely"), listed in their normal
// (folded) forms.
var raisingVerbs = map[string]bool{
	"think": true, "thought": true, "say": true, "said": true, "feel": true, "felt": true,
	"believe": true, "believed": true, "mean": true, "meant": true, "suppose": true,
	"reckon": true, "call": true, "claim": true, "consider": true, "guess": true,
	"expect": true, "imagine": true, "saying": true, "thinking": true, "claiming": true,
	"says": true, "thinks": true, "feels": true, "means": true, "suggesting": true,
}

// expectationVerbs after "never" assert their clause rather than deny it:
// "I never thought I'd be this lonely" says the writer is.
var expectationVerbs = map[string]bool{
	"think": true, "thought": true, "believe": true, "believed": true, "imagine": true,
	"expect": true, "guess": true, "suppose": true, "dream": true, "dreamed": true, "dreamt": true,
}

// raisedNegation reports whether toks[j], a raising verb, is negated by
// the word before it: "don't think", "wouldn't say", "never said", but not
// "never thought" (see expectationVerbs).
func raisedNegation(rs []*Roots, j int) bool {
	v := rs[j].class
	j = prevWord(rs, j)
	if j < 0 || rs[j].class&clsClauseNegator == 0 {
		return false
	}
	return !(rs[j].class&clsNever != 0 && v&clsExpectationVerb != 0)
}

// deniedClause reports whether the scope break at toks[k], met while
// looking back from a mention, begins a clause that a negator right before
// it denies: "not that", "n't because", "not like", "don't think (that)",
// "wouldn't say (that)", "never said (that)". words is the number of words
// between the break and the mention.
func deniedClause(rs []*Roots, k, words int) bool {
	if words > denialWindow {
		return false
	}
	j := k
	if rs[j].class&clsComplementizer == 0 {
		// A subject pronoun: the clause may begin with it ("don't think
		// I'm") or with a complementizer before it ("not that I'm").
		j = prevWord(rs, j)
		if j < 0 {
			return false
		}
		if rs[j].class&(clsComplementizer|clsRaisingVerb) == 0 {
			return false
		}
		if rs[j].class&clsRaisingVerb != 0 {
			return raisedNegation(rs, j)
		}
	}
	// toks[j] is a complementizer: a negator, or a raising verb and a
	// negator, stands before it.
	j = prevWord(rs, j)
	if j < 0 {
		return false
	}
	if rs[j].class&clsClauseNegator != 0 {
		return true
	}
	if rs[j].class&(clsLike|clsRaisingVerb) == clsRaisingVerb {
		return raisedNegation(rs, j)
	}
	return false
}

// prevWord returns the index of the word token right before toks[k], or
// -1 when there is none or a non-word token stands between.
func prevWord(rs []*Roots, k int) int {
	if k > 0 && rs[k-1].class&clsNonWord == 0 {
		return k - 1
	}
	return -1
}

// copulas may stand between a mention and a denial after it.
var copulas = map[string]bool{"is": true, "was": true, "'s": true, "has": true, "had": true, "been": true, "are": true, "were": true, "'re": true}

// denialFillers may stand between the negator and the noun of a denial
// after the mention: "was never really the problem".
var denialFillers = map[string]bool{
	"my": true, "the": true, "our": true, "really": true, "exactly": true, "quite": true, "ever": true,
	"a": true, "an": true, "real": true, "right": true, "main": true, "biggest": true, "actual": true,
	"even": true, "his": true, "her": true, "their": true, "your": true,
}

// denialNouns close a denial after the mention.
var denialNouns = map[string]bool{
	"problem": true, "issue": true, "point": true, "word": true, "story": true, "thing": true,
	"trouble": true, "question": true, "case": true, "reason": true, "answer": true,
}

// wordClass is a set of bits saying which of the rules' word lists hold
// a token's normal form, and what kind of token it is: the negation rules
// test these bits rather than look words up in the maps.
type wordClass uint32

const (
	clsNegator wordClass = 1 << iota
	clsPronounNegator
	clsNotNegating
	clsIntensifier
	clsScopeBreak
	clsComplementizer
	clsClauseNegator
	clsRaisingVerb
	clsExpectationVerb
	clsCopula
	clsDenialFiller
	clsDenialNoun
	clsNever // "never"
	clsLike  // "like"
	// The kind of token, for tokens that are not words.
	clsNonWord     // not a word: it separates patterns
	clsQuote       // a quotation mark, which phrases pass over
	clsClausePunct // punctuation that ends a negation scope
)

// classes maps each word of the lists to its bits.
var classes = func() map[string]wordClass {
	c := map[string]wordClass{"never": clsNever, "like": clsLike}
	for _, l := range []struct {
		words map[string]bool
		bit   wordClass
	}{
		{negators, clsNegator}, {pronounNegators, clsPronounNegator}, {notNegating, clsNotNegating},
		{intensifiers, clsIntensifier}, {scopeBreaks, clsScopeBreak}, {complementizers, clsComplementizer},
		{clauseNegators, clsClauseNegator}, {raisingVerbs, clsRaisingVerb}, {expectationVerbs, clsExpectationVerb},
		{copulas, clsCopula}, {denialFillers, clsDenialFiller}, {denialNouns, clsDenialNoun},
	} {
		for w := range l.words {
			c[w] |= l.bit
		}
	}
	return c
}()

// nonWordRoots returns the Roots of a token that is not a word, whose
// normal form is norm: it leads nowhere, and its class says whether it is
// a quotation mark or clause punctuation. The common classes are shared.
func nonWordRoots(norm string) *Roots {
	c := clsNonWord | classes[norm]
	i := 0
	if isQuote(norm) {
		c |= clsQuote
		i |= 1
	}
	if isClausePunct(norm) {
		c |= clsClausePunct
		i |= 2
	}
	if r := &punctRoots[i]; r.class == c {
		return r
	}
	return &Roots{class: c} // a non-word spelled as a listed word: only a caller's own tokens
}

// punctRoots are the shared Roots of tokens that are not words: plain,
// quotation mark, clause punctuation, both.
var punctRoots = [4]Roots{
	{class: clsNonWord}, {class: clsNonWord | clsQuote},
	{class: clsNonWord | clsClausePunct}, {class: clsNonWord | clsQuote | clsClausePunct},
}

// isQuote reports whether a token's normal form is a quotation mark.
func isQuote(norm string) bool {
	switch norm {
	case "'", "\"", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb":
		return true
	}
	return false
}

// deniedAfter reports whether the words right after a mention ending at
// toks[b] deny it: a copula, a negator, at most two fillers and a denial
// noun ("Loneliness isn't my problem", "Rejection was never the issue",
// "lonely isn't the right word").
func deniedAfter(rs []*Roots, b int) bool {
	k := b
	for n := 0; n < 2 && k < len(rs) && rs[k].class&(clsNonWord|clsCopula) == clsCopula; n++ {
		k++
	}
	if k == b || k >= len(rs) || rs[k].class&(clsNonWord|clsClauseNegator) != clsClauseNegator {
		return false
	}
	k++
	for n := 0; n < 3 && k < len(rs) && rs[k].class&clsNonWord == 0; n++ {
		if rs[k].class&clsDenialNoun != 0 {
			return true
		}
		if rs[k].class&clsDenialFiller == 0 {
			return false
		}
		k++
	}
	return false
}

// negated reports whether the mention over tokens [a, b) is in a negation
// scope.
func negated(rs []*Roots, a, b, window int) bool {
	words := 0
	intens := false
	for k := a; k < b; k++ {
		// "never felt so alone" matched as a phrase from "felt".
		intens = intens || rs[k].class&clsIntensifier != 0
	}
	if deniedAfter(rs, b) {
		return true
	}
	for k := a - 1; k >= 0; k-- {
		c := rs[k].class
		if c&clsNonWord != 0 {
			// Quotation marks do not end a scope: "I'm not 'lonely'".
			if c&(clsClausePunct|clsQuote) == clsClausePunct {
				return false
			}
			continue
		}
		if c&clsNegator != 0 {
			if c&clsPronounNegator != 0 && words > 1 {
				// "Nobody plays by the rules": a negative pronoun as
				// subject negates only what it stands right before.
				return false
			}
			if intens && c&clsNever != 0 {
				return false
			}
			if k+1 < len(rs) && rs[k+1].class&(clsNonWord|clsNotNegating) == clsNotNegating {
				return false
			}
			return true
		}
		if c&clsScopeBreak != 0 {
			return deniedClause(rs, k, words)
		}
		if c&clsIntensifier != 0 {
			intens = true
		}
		words++
		if words > window {
			return false
		}
	}
	return false
}
