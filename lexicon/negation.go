package lexicon

// This file holds the two negation rules that reach past a clause
// boundary, in the spirit of NegEx's pre- and post-negation triggers
// (Chapman et al. 2001): a denied clause ("it's not that I'm lonely", "I
// don't think I was rejected") and a denial that follows the mention
// ("loneliness was never the problem"). Hard passages often name one theme
// only to deny it and then tell another; without these rules the denied
// theme's plain word wins.

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
func raisedNegation(toks []Token, j int) bool {
	v := toks[j].Norm
	j = prevWord(toks, j)
	if j < 0 || !clauseNegators[toks[j].Norm] {
		return false
	}
	return !(toks[j].Norm == "never" && expectationVerbs[v])
}

// deniedClause reports whether the scope break at toks[k], met while
// looking back from a mention, begins a clause that a negator right before
// it denies: "not that", "n't because", "not like", "don't think (that)",
// "wouldn't say (that)", "never said (that)". words is the number of words
// between the break and the mention.
func deniedClause(toks []Token, k, words int) bool {
	if words > denialWindow {
		return false
	}
	j := k
	if !complementizers[toks[j].Norm] {
		// A subject pronoun: the clause may begin with it ("don't think
		// I'm") or with a complementizer before it ("not that I'm").
		j = prevWord(toks, j)
		if j < 0 {
			return false
		}
		if !complementizers[toks[j].Norm] && !raisingVerbs[toks[j].Norm] {
			return false
		}
		if raisingVerbs[toks[j].Norm] {
			return raisedNegation(toks, j)
		}
	}
	// toks[j] is a complementizer: a negator, or a raising verb and a
	// negator, stands before it.
	j = prevWord(toks, j)
	if j < 0 {
		return false
	}
	if clauseNegators[toks[j].Norm] {
		return true
	}
	if toks[j].Norm != "like" && raisingVerbs[toks[j].Norm] {
		return raisedNegation(toks, j)
	}
	return false
}

// prevWord returns the index of the word token right before toks[k], or
// -1 when there is none or a non-word token stands between.
func prevWord(toks []Token, k int) int {
	if k > 0 && toks[k-1].Word {
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

// deniedAfter reports whether the words right after a mention ending at
// toks[b] deny it: a copula, a negator, at most two fillers and a denial
// noun ("Loneliness isn't my problem", "Rejection was never the issue",
// "lonely isn't the right word").
func deniedAfter(toks []Token, b int) bool {
	k := b
	for n := 0; n < 2 && k < len(toks) && toks[k].Word && copulas[toks[k].Norm]; n++ {
		k++
	}
	if k == b || k >= len(toks) || !toks[k].Word || !clauseNegators[toks[k].Norm] {
		return false
	}
	k++
	for n := 0; n < 3 && k < len(toks) && toks[k].Word; n++ {
		if denialNouns[toks[k].Norm] {
			return true
		}
		if !denialFillers[toks[k].Norm] {
			return false
		}
		k++
	}
	return false
}
