package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/essaylab/themes/lexicon"
)

// tokenize appends the tokens of src[start:end] to sc.t.Tokens. The text is
// split at white space into chunks (as prose's tokenizer does), and each
// chunk is split by the rules in splitChunk.
func (sc *scanner) tokenize(start, end int) {
	src := sc.src
	k := 0
	for k < len(sc.skip) && sc.skip[k].End <= start {
		k++
	}
	i := start
	for i < end {
		if e := sc.skipEnd(i, &k); e > i {
			i = e
			continue
		}
		c := src[i]
		if c < utf8.RuneSelf {
			if isASCIISpace(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(src[i:]); isSpaceRune(r) {
			i += size
			continue
		}
		// A chunk: up to white space, a skip span or the block's end.
		limit := end
		if k < len(sc.skip) && sc.skip[k].Start < limit {
			limit = sc.skip[k].Start
		}
		if j := sc.plainWord(i, limit); j > i {
			i = j
			continue
		}
		j := i
		var hint uint8
		for j < limit {
			c := src[j]
			if c < utf8.RuneSelf {
				if c <= ' ' && isASCIISpace(c) {
					break
				}
				hint |= hintOf[c]
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(src[j:])
			if isSpaceRune(r) {
				break
			}
			j += size
		}
		if j-i < 4 {
			hint &^= hintDot
		}
		sc.hint = hint
		sc.splitChunk(i, j)
		i = j
	}
}

// plainWord is the fast path of tokenize for the commonest chunks: ASCII
// letters, alone or followed by one mark of punctuation (',', '.', '!',
// …) and then white space. It emits their tokens, just as splitChunk
// would, and returns the chunk's end; or it returns i, having emitted
// nothing, for any other chunk. So a plain word is scanned once, rather
// than once for the chunk's end and hints and again for the word's.
func (sc *scanner) plainWord(i, limit int) int {
	src := sc.src
	c := src[i]
	if !isASCIILetter(c) || emoticonStart[c] { // "xD", "T_T"
		return i
	}
	j := i + 1
	for j < limit && isASCIILetter(src[j]) {
		j++
	}
	e := j // the word's end; a mark of punctuation may follow
	if j < limit && !isASCIISpace(src[j]) {
		switch src[j] {
		case ',', ';', ':', '!', '?', ')', '"':
		case '.':
			if e-i == 3 && hasPrefixFold(src[i:], "www") {
				return i // "www." starts a URL
			}
		default:
			return i
		}
		if j++; j < limit && !isASCIISpace(src[j]) {
			return i
		}
	}
	sc.t.Tokens = append(sc.t.Tokens, Token{Start: i, End: e, Kind: Word, w: sc.seg.words.surface(src[i:e])})
	if j > e {
		sc.t.Tokens = append(sc.t.Tokens, Token{Start: e, End: j, Kind: Punct, w: asciiInfo[src[e]]})
	}
	return j
}

// Chunk hints say which rare token kinds a chunk may hold, so that the
// common chunk (a plain word) is not scanned for them.
const (
	hintDot = 1 << iota // a '.': URLs, domains
	hintAt              // an '@': emails
)

// asciiInfo and punctInfo are the shared infos of punctuation tokens, so
// that they cost no allocation.
var asciiInfo = func() (t [utf8.RuneSelf]*wordInfo) {
	for i := range t {
		t[i] = &wordInfo{norm: string(rune(i))}
	}
	return t
}()

var punctInfo = func() map[string]*wordInfo {
	m := map[string]*wordInfo{}
	for _, p := range []string{"—", "…", "...", "..", "?!", "!!", "??", "!?", "!!!", "???"} {
		m[p] = &wordInfo{norm: p}
	}
	return m
}()

// hintOf maps the bytes that may start a rare token kind to their hint.
var hintOf = [256]uint8{'.': hintDot, '@': hintAt}

// emit appends a token. norm is the token's normal form; for words the
// stem is added.
func (sc *scanner) emit(start, end int, kind Kind, norm string) {
	var w *wordInfo
	switch {
	case kind == Word:
		w = sc.seg.words.norm(norm)
	case len(norm) == 1 && norm[0] < utf8.RuneSelf:
		w = asciiInfo[norm[0]]
	default:
		if w = punctInfo[norm]; w == nil {
			w = sc.seg.words.other(norm)
		}
	}
	sc.t.Tokens = append(sc.t.Tokens, Token{Start: start, End: end, Kind: kind, w: w})
}

// lastEnd returns the end offset of the previous token, or -1.
func (sc *scanner) last() *Token {
	if n := len(sc.t.Tokens); n > 0 {
		return &sc.t.Tokens[n-1]
	}
	return nil
}

// splitChunk splits a run of non-space text [cs, ce) into tokens.
func (sc *scanner) splitChunk(cs, ce int) {
	src := sc.src
	i := cs
	for i < ce {
		c := src[i]
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[i:ce])
		}
		switch {
		case i == cs && sc.emoticon(i, ce):
			// emitted
			i = sc.last().End
		case isLetter(c, r, size):
			i = sc.wordLike(i, ce)
		case '0' <= c && c <= '9' || c >= utf8.RuneSelf && unicode.IsDigit(r):
			i = sc.number(i, ce)
		case c == '#' && i+1 < ce && isWordStart(src, i+1, ce) && sc.gluedToOpener(i, cs):
			j := sc.scanTag(i+1, ce)
			sc.emit(i, j, Hashtag, lexicon.Fold(src[i:j]))
			i = j
		case c == '@' && i+1 < ce && isTagByte(src[i+1]) && sc.gluedToOpener(i, cs):
			j := sc.scanTag(i+1, ce)
			sc.emit(i, j, Mention, lexicon.Fold(src[i:j]))
			i = j
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < ce && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
				j++
			}
			sc.emit(i, j, Punct, src[i:j])
			i = j
		case c == '-' && i+1 < ce && src[i+1] == '-':
			j := i + 2
			for j < ce && src[j] == '-' {
				j++
			}
			sc.emit(i, j, Punct, "—")
			i = j
		case isSuperscriptDigit(r):
			j := i + size
			for j < ce {
				r2, s2 := utf8.DecodeRuneInString(src[j:ce])
				if !isSuperscriptDigit(r2) {
					break
				}
				j += s2
			}
			sc.emit(i, j, Footnote, src[i:j])
			i = j
		case isEmoji(r):
			i = sc.emoji(i, ce)
		case c < utf8.RuneSelf:
			kind := Punct
			if isASCIISymbol(c) {
				kind = Symbol
			}
			sc.emit(i, i+1, kind, src[i:i+1])
			i++
		default:
			// Non-ASCII punctuation, symbols and the rest.
			j := i + size
			switch {
			case r == '—' || r == '–' || r == '―' || r == '…':
				for j < ce && strings.HasPrefix(src[j:ce], string(r)) {
					j += size
				}
				norm := "—"
				if r == '…' {
					norm = "…"
				}
				sc.emit(i, j, Punct, norm)
			case unicode.IsPunct(r):
				sc.emit(i, j, Punct, foldPunct(r, src[i:j]))
			case unicode.IsSymbol(r):
				sc.emit(i, j, Symbol, src[i:j])
			default:
				// Format and control characters (ZWJ, variation
				// selectors on their own) are not tokens.
			}
			i = j
		}
	}
}

func isLetter(c byte, r rune, size int) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	if r == utf8.RuneError && size == 1 {
		return true // invalid UTF-8 is read as U+FFFD inside a word
	}
	return unicode.IsLetter(r)
}

func isASCIISymbol(c byte) bool { return strings.IndexByte("$+<=>^`|~%&", c) >= 0 }

func foldPunct(r rune, s string) string {
	switch r {
	case '“', '”', '„', '‟', '«', '»':
		return "\""
	case '‘', '’', '‚', '‛', '‹', '›':
		return "'"
	}
	return s
}

func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || ('⁰' <= r && r <= '⁹' && r != '\u2072' && r != '\u2073')
}

// isEmoji reports a rune that starts an emoji: pictographs, dingbats,
// regional indicators and the like.
func isEmoji(r rune) bool {
	switch {
	case 0x1F000 <= r && r <= 0x1FAFF, 0x2600 <= r && r <= 0x27BF, 0x2B00 <= r && r <= 0x2BFF,
		0x1F1E6 <= r && r <= 0x1F1FF, 0x2300 <= r && r <= 0x23FF:
		return true
	}
	return false
}

// emoji scans an emoji sequence: a pictograph with variation selectors,
// skin tones, keycaps, tags and ZWJ-joined pictographs.
func (sc *scanner) emoji(i, ce int) int {
	src := sc.src
	r, size := utf8.DecodeRuneInString(src[i:ce])
	j := i + size
	regional := 0x1F1E6 <= r && r <= 0x1F1FF
	for j < ce {
		r2, s2 := utf8.DecodeRuneInString(src[j:ce])
		switch {
		case r2 == 0xFE0F || r2 == 0xFE0E || r2 == 0x20E3 || (0x1F3FB <= r2 && r2 <= 0x1F3FF) || (0xE0020 <= r2 && r2 <= 0xE007F):
			j += s2
			continue
		case r2 == 0x200D:
			if r3, s3 := utf8.DecodeRuneInString(src[j+s2 : ce]); isEmoji(r3) {
				j += s2 + s3
				continue
			}
		case regional && 0x1F1E6 <= r2 && r2 <= 0x1F1FF:
			j += s2
			regional = false
			continue
		}
		break
	}
	sc.emit(i, j, Emoji, src[i:j])
	return j
}

// emoticons are the ASCII emoticons recognised at the start of a chunk,
// after prose's list.
var emoticons = func() []string {
	list := []string{
		":-)", ":)", ":-(", ":(", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":-p", ":p", ":'(", ":'-(",
		":-/", ":/", ":-|", ":|", ":-O", ":O", ":-o", ":o", ":-*", ":*", "<3", "</3", "xD", "XD", "=)", "=(",
		":-))", ":))", ":-((", ":((", "(:", "):", "^_^", "^^", "-_-", "T_T", ";_;", ":-X", ":X", "8-)", "B-)", ":3",
		"¯\\_(ツ)_/¯", "(╯°□°）╯︵┻━┻", "(ಠ_ಠ)", "ಠ_ಠ",
	}
	// Longest first, so ":-))" wins over ":-)".
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && len(list[j]) > len(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}()

// emoticonStart marks the first bytes of emoticons; maxEmoticon is the
// longest emoticon in bytes.
var emoticonStart, emoticonSecond, maxEmoticon = func() (t, t2 [256]bool, n int) {
	for _, e := range emoticons {
		t[e[0]] = true
		if len(e) > 1 {
			t2[e[1]] = true
		}
		n = max(n, len(e))
	}
	// A one-byte emoticon would need every second byte; the chunk may
	// also end with trailing punctuation after a two-byte emoticon.
	for _, c := range ".,!?" {
		t2[c] = true
	}
	return t, t2, n
}()

// emoticon emits an emoticon at the start of chunk [i, ce) if the chunk is
// one, optionally followed by sentence punctuation.
func (sc *scanner) emoticon(i, ce int) bool {
	src := sc.src[i:ce]
	if len(src) > maxEmoticon+3 || !emoticonStart[src[0]] || len(src) > 1 && !emoticonSecond[src[1]] {
		return false
	}
	for _, e := range emoticons {
		if !strings.HasPrefix(src, e) {
			continue
		}
		rest := strings.TrimRight(src[len(e):], ".,!?")
		if rest != "" {
			continue
		}
		sc.emit(i, i+len(e), Emoji, e)
		return true
	}
	return false
}

func isWordStart(src string, i, ce int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(src[i:ce])
	return unicode.IsLetter(r)
}

func isTagByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// gluedToOpener reports whether position i starts its chunk or follows an
// opening bracket or quote: "#tag" and "(@name" but not "C#tag".
func (sc *scanner) gluedToOpener(i, cs int) bool {
	if i == cs {
		return true
	}
	last := sc.last()
	return last != nil && last.End == i && last.Kind == Punct && isOpener(last)
}

// scanTag scans the name of a hashtag or mention from i.
func (sc *scanner) scanTag(i, ce int) int {
	src := sc.src
	j := i
	for j < ce {
		c := src[j]
		if c < utf8.RuneSelf {
			if !isTagByte(c) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[j:ce])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
			break
		}
		j += size
	}
	return j
}

// number scans a number from i: digits with inner , or . before a digit,
// then an optional % or a letter suffix (1990s, 3rd). Digits glued to the
// end of a word or closing punctuation are a footnote marker instead.
func (sc *scanner) number(i, ce int) int {
	src := sc.src
	j := i
	for j < ce {
		c := src[j]
		if isDigitByte(c) {
			j++
			continue
		}
		if (c == ',' || c == '.') && j+1 < ce && isDigitByte(src[j+1]) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(src[j:ce]); unicode.IsDigit(r) {
				j += size
				continue
			}
		}
		break
	}
	if last := sc.last(); last != nil && last.End == i && j-i <= 3 && isDigits(src[i:j]) && (j == ce || !isAlnumAt(src, j, ce)) {
		if last.Kind == Punct && (isCloser(last) || strings.ContainsAny(src[last.Start:last.End], ".,;:!?")) ||
			last.Kind == Word {
			sc.emit(i, j, Footnote, src[i:j])
			return j
		}
	}
	if j < ce && src[j] == '%' {
		j++
	} else {
		for j < ce && ('a' <= src[j] && src[j] <= 'z' || 'A' <= src[j] && src[j] <= 'Z') {
			j++
		}
	}
	sc.emit(i, j, Number, lexicon.Fold(src[i:j]))
	return j
}

func isAlnumAt(src string, j, ce int) bool {
	c := src[j]
	if c < utf8.RuneSelf {
		return isTagByte(c) && c != '_'
	}
	r, _ := utf8.DecodeRuneInString(src[j:ce])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tlds are the top-level domains that make "word.tld" a URL without a
// scheme.
var tlds = map[string]bool{
	"com": true, "org": true, "net": true, "edu": true, "gov": true, "io": true, "co": true, "uk": true,
	"de": true, "fr": true, "ca": true, "au": true, "info": true, "blog": true, "me": true, "app": true,
	"dev": true, "ly": true, "us": true, "eu": true, "nl": true, "ai": true,
}

// wordLike scans what starts with a letter at i: a URL, an email address,
// an abbreviation with periods ("U.S.", "e.g."), or a word (with inner
// apostrophes, hyphens and digits), split into base and clitic when it is a
// contraction and into word and footnote marker when digits are glued on.
func (sc *scanner) wordLike(i, ce int) int {
	src := sc.src
	if sc.hint&hintDot != 0 {
		if j := urlEnd(src, i, ce); j > i {
			sc.emit(i, j, URL, src[i:j])
			return j
		}
	}
	if sc.hint&hintAt != 0 {
		if j := emailEnd(src, i, ce); j > i {
			sc.emit(i, j, Email, lexicon.Fold(src[i:j]))
			return j
		}
	}
	// Abbreviations of single letters and periods: U.S., e.g., a.m.
	if j, n := i, 0; j+3 < ce {
		for j+1 < ce && isASCIILetter(src[j]) && src[j+1] == '.' {
			j += 2
			n++
		}
		if n >= 2 && (j == ce || !isAlnumAt(src, j, ce)) {
			sc.t.Tokens = append(sc.t.Tokens, Token{Start: i, End: j, Kind: Word, w: sc.seg.words.surface(src[i:j])})
			return j
		}
	}
	j := i
	apos := false
	for j < ce {
		c := src[j]
		if c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z' || '0' <= c && c <= '9') {
			j++ // the common case: ASCII letters and digits
			continue
		}
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(src[j:ce])
			if r == utf8.RuneError && size == 1 {
				j++ // counted for the warning in Segment
				continue
			}
		}
		if c < utf8.RuneSelf && (isTagByte(c) && c != '_') || c >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == '\u00AD' || r == '\u200D') {
			j += size
			continue
		}
		// Inner apostrophes and hyphens join letters: don't, o’clock, friends-of-friends.
		if (r == '\'' || r == '’' || r == 'ʼ' || r == '-' || r == '‐' || r == '‑') && j+size < ce && isAlnumAt(src, j+size, ce) {
			apos = apos || r != '-' && r != '‐' && r != '‑'
			j += size
			continue
		}
		break
	}
	// A bare domain: word.tld
	if j+1 < ce && src[j] == '.' && sc.hint&hintDot != 0 {
		e := j + 1
		for e < ce && isASCIILetter(src[e]) {
			e++
		}
		if tlds[strings.ToLower(src[j+1:e])] && (e == ce || !isAlnumAt(src, e, ce)) && isASCIIWord(src[i:j]) {
			for e < ce && !strings.ContainsRune(" \t\n", rune(src[e])) && !isTrailingURLPunct(src, e, ce) {
				e++
			}
			sc.emit(i, e, URL, src[i:e])
			return e
		}
	}
	// Footnote digits glued to a lower-case word: "direction1".
	d := j
	for d > i && isDigitByte(src[d-1]) {
		d--
	}
	if d < j && j-d <= 2 && d-i >= 3 && isLowerASCII(src[i:d]) {
		sc.word(i, d, apos)
		sc.emit(d, j, Footnote, src[d:j])
		return j
	}
	sc.word(i, j, apos)
	return j
}

// word emits a word, split into base and clitic when it is a contraction
// (which needs an apostrophe).
func (sc *scanner) word(i, j int, apos bool) {
	w := sc.src[i:j]
	if !apos {
		sc.t.Tokens = append(sc.t.Tokens, Token{Start: i, End: j, Kind: Word, w: sc.seg.words.surface(w)})
		return
	}
	if c := sc.seg.words.contraction(w); c.at > 0 {
		k := i + c.at
		sc.t.Tokens = append(sc.t.Tokens, Token{Start: i, End: k, Kind: Word, w: c.base},
			Token{Start: k, End: j, Kind: Word, Clitic: true, w: c.clitic})
	} else {
		sc.t.Tokens = append(sc.t.Tokens, Token{Start: i, End: j, Kind: Word, w: c.base})
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isTagByte(s[i]) && s[i] != '-' && s[i] != '.' {
			return false
		}
	}
	return s != ""
}

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// urlEnd returns the end of a URL starting at i (http://, https://,
// www.), or i.
func urlEnd(src string, i, ce int) int {
	s := src[i:ce]
	if !(hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")) {
		return i
	}
	j := i
	for j < ce && !isTrailingURLPunct(src, j, ce) {
		j++
	}
	return j
}

// isTrailingURLPunct reports whether src[j] is punctuation that ends a
// URL: one of .,;:!?)'" and closing quotes followed only by more of them
// up to the chunk's end.
func isTrailingURLPunct(src string, j, ce int) bool {
	for k := j; k < ce; {
		r, size := utf8.DecodeRuneInString(src[k:ce])
		if !strings.ContainsRune(".,;:!?)]}'\"”’»>", r) {
			return false
		}
		k += size
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// emailEnd returns the end of an email address starting at i, or i.
func emailEnd(src string, i, ce int) int {
	at := -1
	j := i
	for j < ce {
		c := src[j]
		if isTagByte(c) || c == '.' || c == '%' || c == '+' || c == '-' {
			j++
			continue
		}
		if c == '@' && at < 0 && j > i {
			at = j
			j++
			continue
		}
		break
	}
	if at < 0 {
		return i
	}
	// Trim trailing dots; the domain needs an inner dot with letters after.
	for j > at && src[j-1] == '.' {
		j--
	}
	dom := src[at+1 : j]
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || dot == len(dom)-1 || !isASCIILetter(dom[dot+1]) {
		return i
	}
	return j
}
