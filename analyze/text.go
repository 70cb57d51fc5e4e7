package analyze

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is what a token is. Only Word tokens count as words.
type Kind uint8

// The kinds of token.
const (
	Word     Kind = iota + 1 // letters, with inner apostrophes, hyphens and abbreviation periods
	Number                   // 2019, 1,200, 3.5, 40%, 1990s
	Punct                    // . , ; — … “ ” ( ) and other punctuation
	Symbol                   // $ + = © and other symbols
	URL                      // https://example.org/x, www.example.org, example.org
	Email                    // someone@example.org
	Hashtag                  // #lonely
	Mention                  // @someone
	Emoji                    // 💔, 👩‍👧, :-( and other emoji and emoticons
	Footnote                 // a footnote marker glued to a word or punctuation: the 1 of "direction.1"
)

var kindNames = [...]string{"", "word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji", "footnote"}

// String returns the kind's lower-case name, as used in JSON.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Token is one token of a text. Start and End are byte offsets into the
// original text, half-open: text[t.Start:t.End] is the token's surface form,
// whatever normalisation did to Norm and Stem.
type Token struct {
	Start, End int
	// Sentence is the index of the token's sentence in Text.Sentences.
	Sentence int
	w        *wordInfo
	Kind     Kind
	// Clitic marks the second part of a contraction ("n't" of "don't"):
	// a Word token that is part of the previous word and is not counted
	// as a word of its own.
	Clitic bool
}

// Norm returns the token's normal form: lower case, apostrophes and
// hyphens folded (see lexicon.Fold). For a clitic it is the clitic ("n't",
// "'s"); for a truncated contraction base the full word ("ca" → "can").
func (t *Token) Norm() string { return t.w.norm }

// Stem returns the Snowball English stem of Norm for words, "" for other
// tokens.
func (t *Token) Stem() string { return t.w.stem }

// ContextFeatures returns what the context model (package textmodel)
// reads of the text, in order: the normal form (Token.Norm) of every Word
// token, clitics included, and after each Word token that directly
// follows another in the same sentence, the pair of their normal forms
// joined by BigramJoin ("left_out", "do_n't"). Training and analysis must
// both read texts this way.
func (t *Text) ContextFeatures() []string {
	var out []string
	t.contextFeatures(func(f string, _, _ int) { out = append(out, f) })
	return out
}

// BigramJoin joins the two words of a two-word context feature. No word
// token's normal form contains it.
const BigramJoin = "_"

// contextFeatures calls fn with each context feature and the byte span
// [start, end) of the words it is made of.
func (t *Text) contextFeatures(fn func(f string, start, end int)) {
	for i := range t.Tokens {
		tk := &t.Tokens[i]
		if tk.Kind != Word {
			continue
		}
		fn(tk.w.norm, tk.Start, tk.End)
		if i > 0 {
			if prev := &t.Tokens[i-1]; prev.Kind == Word && prev.Sentence == tk.Sentence {
				fn(prev.w.norm+BigramJoin+tk.w.norm, prev.Start, tk.End)
			}
		}
	}
}

// IsWord reports whether the token counts as a word: a Word that is not a
// clitic.
func (t *Token) IsWord() bool { return t.Kind == Word && !t.Clitic }

// Sentence is a run of tokens inside one paragraph.
type Sentence struct {
	Start, End int // byte offsets, half-open
	// Tokens is the half-open range [Tokens[0], Tokens[1]) of Text.Tokens.
	Tokens [2]int
	// Paragraph is the index of the sentence's paragraph in Text.Paragraphs.
	Paragraph int
	Words     int
}

// Paragraph is a block of text between blank lines, or a heading line.
type Paragraph struct {
	Start, End int // byte offsets, half-open
	// Sentences is the half-open range [Sentences[0], Sentences[1]) of
	// Text.Sentences.
	Sentences [2]int
	// Heading marks a title or heading line: a short line without final
	// punctuation, or a Markdown "#" heading.
	Heading bool
	Words   int
}

// Span is a half-open byte range [Start, End) of a text that is not the
// author's prose, with the reason it was set aside.
type Span struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
}

// Reasons for excluded spans found by the segmenter. Readers of corpora add
// their own ("front-matter", "code", "markup").
const (
	ReasonReferences = "references" // a trailing reference list
	ReasonChrome     = "chrome"     // blog chrome: "Subscribe…", "Leave a comment", "Share this:"
)

// Warning is a problem in the text that did not stop the analysis.
type Warning struct {
	Offset    int // byte offset of the problem
	Line, Col int // 1-based; Col counts bytes
	Msg       string
}

// Error formats the warning as "line:col: msg".
func (w Warning) Error() string { return fmt.Sprintf("%d:%d: %s", w.Line, w.Col, w.Msg) }

// Text is an essay segmented into paragraphs, sentences and tokens. Every
// unit carries byte offsets into Src, which is never modified.
type Text struct {
	Src        string
	Tokens     []Token
	Sentences  []Sentence
	Paragraphs []Paragraph
	// Excluded lists the spans set aside, in order: those the caller
	// passed to Segment and those the segmenter recognised (reference
	// lists, blog chrome). They hold no tokens.
	Excluded []Span
	Warnings []Warning
	// Words counts the Word tokens that are not clitics.
	Words int
}

// Surface returns the token's text as written: t.Src[tok.Start:tok.End].
func (t *Text) Surface(tok *Token) string { return t.Src[tok.Start:tok.End] }

// SentenceTokens returns the tokens of sentence i.
func (t *Text) SentenceTokens(i int) []Token {
	s := &t.Sentences[i]
	return t.Tokens[s.Tokens[0]:s.Tokens[1]]
}

// Prose returns Src[start:end] without the excluded spans inside it (a
// Markdown link target, say), for display, and where offset off of Src
// falls in the returned string.
func (t *Text) Prose(start, end, off int) (string, int) {
	var b []byte
	pos := start
	at := off - start
	for _, sp := range t.Excluded {
		if sp.End <= start || sp.Start >= end {
			continue
		}
		s, e := max(sp.Start, start), min(sp.End, end)
		b = append(b, t.Src[pos:s]...)
		if off >= e {
			at -= e - s
		}
		pos = e
	}
	if b == nil {
		return t.Src[start:end], at
	}
	b = append(b, t.Src[pos:end]...)
	return string(b), at
}

// LineCol returns the 1-based line and byte column of offset off in t.Src.
// It scans the text, so it is meant for messages, not loops.
func (t *Text) LineCol(off int) (line, col int) { return lineCol(t.Src, off) }

// newlineOffsets returns the offsets of the newlines of src, never nil:
// the line of offset off is sort.SearchInts(newlines, off)+1.
func newlineOffsets(src string) []int {
	nl := make([]int, 0, 64)
	for i := 0; ; {
		j := strings.IndexByte(src[i:], '\n')
		if j < 0 {
			return nl
		}
		nl = append(nl, i+j)
		i += j + 1
	}
}

func lineCol(src string, off int) (line, col int) {
	if off > len(src) {
		off = len(src)
	}
	line, last := 1, -1
	for i := 0; i < off; i++ {
		if src[i] == '\n' {
			line++
			last = i
		}
	}
	return line, off - last
}
