package analyze

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	punktdata "gopkg.in/neurosnap/sentences.v1/data"
)

// Segmenter splits essays into paragraphs, sentences and tokens with byte
// offsets true to the original text. Build one with NewSegmenter and reuse
// it: it is safe for concurrent use.
type Segmenter struct {
	abbrev   map[string]bool // abbreviations that do not end a sentence ("dr", "etc")
	starters map[string]bool // words that often start a sentence ("the", "but")
	words    *words
	recycled sync.Pool // *textBufs, see Recycle
}

// extraAbbrev supplements Punkt's English abbreviation types with those of
// essays and reference lists that its newspaper training lacks.
var extraAbbrev = []string{
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "cf", "al",
	"fig", "vol", "pp", "ed", "eds", "approx", "dept", "est", "govt", "mt",
	"rev", "gen", "lt", "col", "capt", "sgt", "inc", "ltd", "co", "corp",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"no", "nos", "ch", "chap", "p", "op", "ibid", "trans", "univ", "assn",
}

var (
	punktOnce sync.Once
	// punktAbbrev and punktStarters are what the segmenter uses of the
	// Punkt model, shared by every Segmenter. The rest of the model (its
	// orthographic contexts and collocations, about a megabyte of maps)
	// is dropped once they are built, so that it does not weigh on every
	// garbage collection.
	punktAbbrev, punktStarters map[string]bool
	punktErr                   error
)

// NewSegmenter returns a Segmenter. It loads the Punkt English model that
// prose v2 segments with (its abbreviation types and sentence starters)
// once per process; the model is then shared.
func NewSegmenter() (*Segmenter, error) {
	punktOnce.Do(func() {
		b, err := punktdata.Asset("data/english.json")
		if err != nil {
			punktErr = fmt.Errorf("analyze: loading Punkt English model: %w", err)
			return
		}
		storage, err := sentences.LoadTraining(b)
		if err != nil {
			punktErr = fmt.Errorf("analyze: loading Punkt English model: %w", err)
			return
		}
		punktAbbrev = make(map[string]bool, len(storage.AbbrevTypes)+len(extraAbbrev))
		punktStarters = make(map[string]bool, len(storage.SentStarters)+8)
		for a := range storage.AbbrevTypes {
			// Punkt stores multi-period abbreviations without their last
			// period ("u.s"); single words are all we need here, because
			// "U.S." is one token whose end the segmenter judges itself.
			if !strings.Contains(a, ".") && a != "" {
				punktAbbrev[a] = true
			}
		}
		for _, a := range extraAbbrev {
			punktAbbrev[a] = true
		}
		for w := range storage.SentStarters {
			punktStarters[w] = true
		}
		for _, w := range []string{"i", "we", "you", "she", "and", "so", "then", "that"} {
			punktStarters[w] = true
		}
	})
	if punktErr != nil {
		return nil, punktErr
	}
	return &Segmenter{abbrev: punktAbbrev, starters: punktStarters, words: newWords(1 << 18)}, nil
}

// Segment splits src into paragraphs, sentences and tokens. The spans in
// skip (which need not be sorted) are not the author's prose, such as
// front matter or Markdown link targets: they hold no tokens, act as
// white space, and are reported in Text.Excluded. Reference lists and blog
// chrome are recognised and excluded too. A leading UTF-8 byte order mark
// is skipped silently. Invalid UTF-8 never stops segmentation: each bad
// byte is read as U+FFFD inside a word and one Warning reports them.
func (s *Segmenter) Segment(src string, skip ...Span) *Text {
	// English prose averages about 5.5 bytes a token: allocating for 5
	// spares the copies of a growing slice on long texts.
	t := &Text{Src: src}
	t.Tokens, t.Sentences = s.buffers(len(src)/5+8, len(src)/64+4)
	skip = normalizeSpans(skip, len(src))
	t.Excluded = append(t.Excluded, skip...)
	sc := scanner{seg: s, t: t, src: src, skip: skip}
	if strings.HasPrefix(src, "\uFEFF") {
		sc.bom = 3
	}
	sc.bufs, _ = blockPool.Get().(*blockBufs)
	if sc.bufs == nil {
		sc.bufs = new(blockBufs)
	}
	blocks := sc.blocks()
	sc.exclude(blocks)
	n := 0
	for _, b := range blocks {
		if !b.excluded {
			n++
		}
	}
	t.Paragraphs = make([]Paragraph, 0, n)
	for _, b := range blocks {
		if b.excluded {
			continue
		}
		sc.paragraph(b)
	}
	blockPool.Put(sc.bufs)
	if !utf8.ValidString(src) {
		for i := 0; i < len(src); {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				if sc.invalid == 0 {
					sc.firstInvalid = i
				}
				sc.invalid++
			}
			i += size
		}
	}
	if sc.invalid > 0 {
		line, col := lineCol(src, sc.firstInvalid)
		msg := "invalid UTF-8: 1 byte read as U+FFFD"
		if sc.invalid > 1 {
			msg = fmt.Sprintf("invalid UTF-8: %d bytes read as U+FFFD, the first", sc.invalid)
		}
		t.Warnings = append(t.Warnings, Warning{Offset: sc.firstInvalid, Line: line, Col: col, Msg: msg})
	}
	sort.SliceStable(t.Excluded, func(i, j int) bool { return t.Excluded[i].Start < t.Excluded[j].Start })
	return t
}

// textBufs are the buffers of a recycled Text.
type textBufs struct {
	tokens    []Token
	sentences []Sentence
}

// buffers returns empty token and sentence slices of at least the given
// capacities, recycled (see Recycle) when there are some large enough.
func (s *Segmenter) buffers(tokens, sentences int) ([]Token, []Sentence) {
	if b, _ := s.recycled.Get().(*textBufs); b != nil {
		if cap(b.tokens) >= tokens && cap(b.sentences) >= sentences {
			return b.tokens[:0], b.sentences[:0]
		}
		// Too small for this text: it goes to the collector, and the
		// larger slices made here come back instead.
	}
	return make([]Token, 0, tokens), make([]Sentence, 0, sentences)
}

// Recycle hands the token and sentence slices of t back to s, for later
// calls of Segment to reuse. It is optional: a program that segments
// many texts and is done with each one (a corpus pipeline) spares their
// allocation and the collector's work. Neither t nor its slices may be
// used afterwards.
func (s *Segmenter) Recycle(t *Text) {
	if t == nil || t.Tokens == nil {
		return
	}
	s.recycled.Put(&textBufs{tokens: t.Tokens[:0], sentences: t.Sentences[:0]})
	t.Tokens, t.Sentences = nil, nil
}

// normalizeSpans clips spans to [0, n), drops empty ones, sorts them and
// merges overlaps, keeping the first reason.
func normalizeSpans(in []Span, n int) []Span {
	out := make([]Span, 0, len(in))
	for _, sp := range in {
		sp.Start = max(sp.Start, 0)
		sp.End = min(sp.End, n)
		if sp.Start < sp.End {
			out = append(out, sp)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	merged := out[:0]
	for _, sp := range out {
		if k := len(merged) - 1; k >= 0 && sp.Start <= merged[k].End {
			merged[k].End = max(merged[k].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// block is a run of non-blank lines, or a heading line split off one.
type block struct {
	start, end int
	heading    bool
	excluded   bool
}

// blockBufs are the block lists of a Segment call, kept for the next.
type blockBufs struct{ lines, blocks []block }

var blockPool sync.Pool // *blockBufs

// scanner holds the state of one Segment call.
type scanner struct {
	seg          *Segmenter
	t            *Text
	bufs         *blockBufs
	hint         uint8 // chunkHint of the current chunk
	src          string
	skip         []Span
	bom          int
	invalid      int
	firstInvalid int
}

// skipEnd returns the end of the skip span containing i, or i.
// k is a cursor into sc.skip that only moves forward.
func (sc *scanner) skipEnd(i int, k *int) int {
	for *k < len(sc.skip) && sc.skip[*k].End <= i {
		*k++
	}
	if *k < len(sc.skip) && sc.skip[*k].Start <= i {
		return sc.skip[*k].End
	}
	if i < sc.bom {
		return sc.bom
	}
	return i
}

// blocks splits the text at blank lines. Bytes inside skip spans count as
// spaces, but their newlines still end lines.
func (sc *scanner) blocks() []block {
	src := sc.src
	out := sc.bufs.lines[:0]
	k := 0
	i := 0
	bstart, bend := -1, -1 // current block; bend is the end of its last non-blank line
	for i < len(src) {
		// One line: [i, eol).
		ls, le := -1, -1 // first and end of last non-space content on the line
		j := i
		eol := len(src)
		if nl := strings.IndexByte(src[i:], '\n'); nl >= 0 {
			eol = i + nl
		}
		for k < len(sc.skip) && sc.skip[k].End <= i {
			k++
		}
		if (k == len(sc.skip) || sc.skip[k].Start >= eol) && i >= sc.bom {
			// No skip span on the line: trim it from both ends.
			ls, le = trimSpace(src, i, eol)
			j = eol
		}
		for j < len(src) && src[j] != '\n' {
			if e := sc.skipEnd(j, &k); e > j {
				// Skipped bytes are spaces, but a newline inside ends the line.
				if nl := strings.IndexByte(src[j:e], '\n'); nl >= 0 {
					j += nl
					break
				}
				j = e
				continue
			}
			// Scan to the next skip span, newline or non-ASCII byte.
			stop := len(src)
			if k < len(sc.skip) {
				stop = sc.skip[k].Start
			}
			for j < stop {
				c := src[j]
				if c == '\n' || c >= utf8.RuneSelf {
					break
				}
				if !isASCIISpace(c) {
					if ls < 0 {
						ls = j
					}
					le = j + 1
				}
				j++
			}
			if j >= stop || src[j] == '\n' {
				continue
			}
			r, size := utf8.DecodeRuneInString(src[j:])
			if !isSpaceRune(r) {
				if ls < 0 {
					ls = j
				}
				le = j + size
			}
			j += size
		}
		if ls < 0 { // blank line
			if bstart >= 0 {
				out = append(out, block{start: bstart, end: bend})
				bstart = -1
			}
		} else {
			if bstart < 0 {
				bstart = ls
			}
			bend = le
		}
		i = j + 1
	}
	if bstart >= 0 {
		out = append(out, block{start: bstart, end: bend})
	}
	// Split a heading line off the front of a block.
	sc.bufs.lines = out
	res := sc.bufs.blocks[:0]
	for bi, b := range out {
		nl := strings.IndexByte(src[b.start:b.end], '\n')
		first := b.end
		if nl >= 0 {
			first = b.start + nl
		}
		line := strings.TrimRight(src[b.start:first], " \t\r")
		if sc.isHeading(line, bi == 0) {
			res = append(res, block{start: b.start, end: b.start + len(line), heading: true})
			if nl >= 0 {
				rest := b.start + nl + 1
				for rest < b.end && isASCIISpace(src[rest]) {
					rest++
				}
				if rest < b.end {
					res = append(res, block{start: rest, end: b.end})
				}
			}
			continue
		}
		res = append(res, b)
	}
	sc.bufs.blocks = res
	return res
}

// isHeading reports whether a block's first line is a title or heading: a
// Markdown "#" heading, or a short line without final punctuation that is
// the document's first line or written in title case.
func (sc *scanner) isHeading(line string, first bool) bool {
	if len(line) == 0 || len(line) > 120 {
		return false
	}
	if line[0] == '#' {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', ',', ';', ':', '…', '"', '”', '\'', '’', ')', '-', '—', '–':
		if last != ')' && last != '"' && last != '”' {
			return false
		}
		// A closing quote or bracket after final punctuation ends a sentence.
		trimmed := strings.TrimRight(line, ")\"”")
		if l, _ := utf8.DecodeLastRuneInString(trimmed); strings.ContainsRune(".!?…", l) {
			return false
		}
	}
	words, long, capital := 0, 0, 0
	for f := range strings.FieldsSeq(line) {
		words++
		r, _ := utf8.DecodeRuneInString(f)
		if utf8.RuneCountInString(f) >= 4 {
			long++
			if unicode.IsUpper(r) {
				capital++
			}
		}
	}
	if words > 14 {
		return false
	}
	if first {
		return true
	}
	return long > 0 && capital*10 >= long*6
}

// trimSpace returns the first and end of the non-space content of
// src[i:e], or -1, -1 when it is blank.
func trimSpace(src string, i, e int) (int, int) {
	for i < e {
		c := src[i]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:e])
		if !isSpaceRune(r) {
			break
		}
		i += size
	}
	if i == e {
		return -1, -1
	}
	for e > i {
		c := src[e-1]
		if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			e--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(src[i:e])
		if !isSpaceRune(r) {
			break
		}
		e -= size
	}
	return i, e
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// isSpaceRune reports white space, including no-break and other Unicode
// spaces, and the invisible characters that separate nothing.
func isSpaceRune(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u200B', '\u2060', '\uFEFF':
		return true
	}
	return unicode.IsSpace(r)
}

// paragraph tokenizes block b and splits it into sentences.
func (sc *scanner) paragraph(b block) {
	t := sc.t
	first := len(t.Tokens)
	sc.tokenize(b.start, b.end)
	last := len(t.Tokens)
	if first == last {
		return // nothing but invisible characters
	}
	pi := len(t.Paragraphs)
	t.Paragraphs = append(t.Paragraphs, Paragraph{Start: t.Tokens[first].Start, End: t.Tokens[last-1].End, Heading: b.heading})
	p := &t.Paragraphs[pi]
	p.Sentences[0] = len(t.Sentences)
	start := first
	for k := first; k < last; k++ {
		if b.heading {
			break
		}
		if k > start && sc.listItem(k) {
			// A list item on its own line starts a sentence.
			sc.sentence(start, k, pi)
			start = k
		}
		if !sc.terminal(k) {
			continue
		}
		e := k + 1
		for e < last && (isCloser(&t.Tokens[e]) || t.Tokens[e].Kind == Footnote) && t.Tokens[e].Start == t.Tokens[e-1].End {
			e++
		}
		if e < last && !sc.boundary(k, e) {
			continue
		}
		sc.sentence(start, e, pi)
		start = e
		k = e - 1
	}
	if start < last {
		sc.sentence(start, last, pi)
	}
	p.Sentences[1] = len(t.Sentences)
	for i := p.Sentences[0]; i < p.Sentences[1]; i++ {
		p.Words += t.Sentences[i].Words
	}
	t.Words += p.Words
}

// listItem reports whether token k is a list marker ("-", "*", "•",
// "1.", "2)") at the start of a line.
func (sc *scanner) listItem(k int) bool {
	toks := sc.t.Tokens
	tok := &toks[k]
	switch tok.Kind {
	case Punct, Symbol:
		if n := sc.src[tok.Start:tok.End]; n != "-" && n != "*" && n != "•" && n != "–" && n != "—" {
			return false
		}
	case Number:
		if k+1 >= len(toks) || toks[k+1].Start != tok.End || (toks[k+1].Norm() != "." && toks[k+1].Norm() != ")") {
			return false
		}
	default:
		return false
	}
	i := tok.Start
	for i > 0 && (sc.src[i-1] == ' ' || sc.src[i-1] == '\t') {
		i--
	}
	return i > 0 && sc.src[i-1] == '\n'
}

func (sc *scanner) sentence(a, b, pi int) {
	t := sc.t
	si := len(t.Sentences)
	words := 0
	for i := a; i < b; i++ {
		t.Tokens[i].Sentence = si
		if t.Tokens[i].IsWord() {
			words++
		}
	}
	t.Sentences = append(t.Sentences, Sentence{
		Start: t.Tokens[a].Start, End: t.Tokens[b-1].End,
		Tokens: [2]int{a, b}, Paragraph: pi, Words: words,
	})
}

// terminal reports whether token k can end a sentence: a run of . ! ? or
// an ellipsis, or an abbreviation word written with its final period.
func (sc *scanner) terminal(k int) bool {
	tok := &sc.t.Tokens[k]
	switch tok.Kind {
	case Punct:
		c := sc.src[tok.Start]
		return c == '.' || c == '!' || c == '?' || strings.HasPrefix(sc.src[tok.Start:], "…")
	case Word:
		return sc.src[tok.End-1] == '.'
	}
	return false
}

// boundary decides whether the sentence ended by token k (and the closers
// up to e) really ends before token e.
func (sc *scanner) boundary(k, e int) bool {
	toks := sc.t.Tokens
	next := &toks[e]
	nextText := sc.src[next.Start:next.End]
	r, _ := utf8.DecodeRuneInString(nextText)
	starts := unicode.IsUpper(r) || unicode.IsDigit(r) || next.Kind == Emoji || next.Kind == Hashtag || next.Kind == Mention ||
		(next.Kind == Punct && isOpener(next))
	if !starts {
		return false
	}
	tok := &toks[k]
	punct := sc.src[tok.Start:tok.End]
	starter := next.Kind == Word && sc.seg.starters[next.Norm()]
	if tok.Kind == Word { // "U.S." and the like
		return starter
	}
	if punct == "." && k > 0 {
		prev := &toks[k-1]
		if prev.End == tok.Start && prev.Kind == Word {
			if sc.seg.abbrev[prev.Norm()] {
				return starter
			}
			if n := prev.End - prev.Start; n == 1 && unicode.IsUpper(rune(sc.src[prev.Start])) {
				return starter // an initial: "Alvin W. Gouldner"
			}
		}
	}
	return true
}

func isCloser(t *Token) bool {
	switch t.Norm() {
	case "\"", "'", ")", "]", "}", "»", "›":
		return t.Kind == Punct
	}
	return false
}

func isOpener(t *Token) bool {
	switch t.Norm() {
	case "\"", "'", "(", "[", "{", "«", "‹", "¿", "¡":
		return true
	}
	return false
}

// exclude marks reference lists and blog chrome among the blocks and
// records them in t.Excluded.
func (sc *scanner) exclude(blocks []block) {
	src := sc.src
	for i := 0; i < len(blocks); i++ {
		b := &blocks[i]
		text := src[b.start:b.end]
		if isReferencesHeading(text) && i+1 < len(blocks) && isCitationBlock(src[blocks[i+1].start:blocks[i+1].end]) {
			j := i + 1
			for j < len(blocks) && !isChromeBlock(src[blocks[j].start:blocks[j].end]) &&
				(isCitationBlock(src[blocks[j].start:blocks[j].end]) || blocks[j].heading && j+1 < len(blocks) && isCitationBlock(src[blocks[j+1].start:blocks[j+1].end])) {
				j++
			}
			for x := i; x < j; x++ {
				blocks[x].excluded = true
			}
			sc.t.Excluded = append(sc.t.Excluded, Span{Start: b.start, End: blocks[j-1].end, Reason: ReasonReferences})
			i = j - 1
			continue
		}
		if isChromeBlock(text) {
			b.excluded = true
			if n := len(sc.t.Excluded) - 1; n >= 0 && sc.t.Excluded[n].Reason == ReasonChrome && i > 0 && blocks[i-1].excluded &&
				sc.t.Excluded[n].End == blocks[i-1].end {
				sc.t.Excluded[n].End = b.end
			} else {
				sc.t.Excluded = append(sc.t.Excluded, Span{Start: b.start, End: b.end, Reason: ReasonChrome})
			}
		}
	}
}

var referenceHeadings = map[string]bool{
	"references": true, "notes": true, "sources": true, "bibliography": true,
	"works cited": true, "footnotes": true, "endnotes": true, "citations": true,
	"further reading": true, "sources and notes": true, "notes and references": true,
}

func isReferencesHeading(text string) bool {
	if len(text) > 40 || strings.IndexByte(text, '\n') >= 0 {
		return false
	}
	h := strings.Trim(text, "#*_: \t\r")
	// Lower-case ASCII headings on the stack; others (rare) the Unicode
	// way, which can map a non-ASCII letter (the Kelvin sign) to ASCII.
	var buf [40]byte
	for i := 0; i < len(h); i++ {
		if h[i] >= utf8.RuneSelf {
			return referenceHeadings[strings.ToLower(h)]
		}
		buf[i] = lowerByte(h[i])
	}
	return referenceHeadings[string(buf[:len(h)])]
}

// isCitationBlock reports whether at least half the lines of a block look
// like citations: a list marker ("1.", "[2]", "-"), a URL or DOI, or a
// year in parentheses.
func isCitationBlock(text string) bool {
	lines, cites := 0, 0
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines++
		if looksLikeCitation(line) {
			cites++
		}
	}
	return lines > 0 && cites*2 >= lines
}

func looksLikeCitation(line string) bool {
	if strings.Contains(line, "http://") || strings.Contains(line, "https://") || strings.Contains(line, "doi.org") ||
		strings.Contains(line, "doi:") || strings.Contains(line, "et al.") {
		return true
	}
	// A list marker: digits then ". " or ")" or "]", "[n]", "^n", "- ", "* ", "• ".
	i := 0
	if strings.HasPrefix(line, "[") || strings.HasPrefix(line, "^") {
		i = 1
	}
	d := i
	for d < len(line) && line[d] >= '0' && line[d] <= '9' {
		d++
	}
	if d > i && d < len(line) && (line[d] == '.' || line[d] == ')' || line[d] == ']' || line[d] == ' ') {
		return true
	}
	if strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") || strings.HasPrefix(line, "• ") {
		return hasYear(line)
	}
	return hasYear(line) && (strings.Contains(line, "(") || strings.Contains(line, "“") || strings.Contains(line, "\""))
}

// hasYear reports a four-digit year 1500–2099 in the line.
func hasYear(line string) bool {
	for i := 0; i+4 <= len(line); i++ {
		if (line[i] == '1' || line[i] == '2') && isDigits(line[i:i+4]) &&
			(i == 0 || !isDigitByte(line[i-1])) && (i+4 == len(line) || !isDigitByte(line[i+4])) {
			y := line[i : i+4]
			if y >= "1500" && y <= "2099" {
				return true
			}
		}
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// chromePrefixes are the lower-case starts of blog chrome lines: the
// sharing, subscription and comment furniture of WordPress, Substack,
// Medium and Blogger pages.
var chromePrefixes = []string{
	"discover more from ", "subscribe to get the latest", "subscribe to ", "subscribe now", "subscribe",
	"leave a comment", "leave a reply", "share this:", "share this", "like this:", "like loading",
	"loading…", "loading...", "posted in ", "filed under", "tags:", "tagged:", "categories:", "category:",
	"related posts", "related", "continue reading", "previous post", "next post", "type your email",
	"share", "tweet", "facebook", "twitter", "linkedin", "reddit", "pinterest", "email", "print", "like",
	"reblog", "comments", "no comments", "© ", "copyright ", "all rights reserved", "powered by ",
	"sign up for", "join ", "thanks for reading", "written by ", "about the author",
}

// chromeShortOnly are chrome prefixes that also begin ordinary sentences:
// they mark chrome only on a short line.
var chromeShortOnly = map[string]bool{
	"join ": true, "related": true, "written by ": true, "about the author": true, "sign up for": true,
	"thanks for reading": true, "posted in ": true, "subscribe to ": true, "powered by ": true,
}

// chromeExact are chrome lines that must match whole (after trimming), as
// they are also ordinary words.
var chromeExact = map[string]bool{
	"subscribe": true, "share": true, "tweet": true, "facebook": true, "twitter": true, "linkedin": true,
	"reddit": true, "pinterest": true, "email": true, "print": true, "like": true, "reblog": true,
	"related": true, "comments": true, "loading": true, "menu": true, "search": true, "skip to content": true,
}

// isChromeBlock reports whether every line of a short block is blog chrome.
func isChromeBlock(text string) bool {
	if len(text) > 400 {
		return false
	}
	for text != "" {
		line := text
		if nl := strings.IndexByte(text, '\n'); nl >= 0 {
			line, text = text[:nl], text[nl+1:]
		} else {
			text = ""
		}
		line = trimChrome(line)
		if line == "" {
			continue
		}
		if !isChromeLine(line) {
			return false
		}
	}
	return true
}

// trimChrome is strings.Trim(line, " \t\r*_#-•|") without its general
// path for a cut set that is not all ASCII, which costs a rune decoding
// and a set search per byte; most blocks are not chrome and are turned
// away by their first line.
func trimChrome(line string) string {
	const bullet = "•"
	for line != "" {
		if c := line[0]; c < utf8.RuneSelf && chromeTrim[c] {
			line = line[1:]
		} else if strings.HasPrefix(line, bullet) {
			line = line[len(bullet):]
		} else {
			break
		}
	}
	for line != "" {
		if c := line[len(line)-1]; c < utf8.RuneSelf && chromeTrim[c] {
			line = line[:len(line)-1]
		} else if strings.HasSuffix(line, bullet) {
			line = line[:len(line)-len(bullet)]
		} else {
			break
		}
	}
	return line
}

// chromeTrim marks the ASCII bytes trimChrome trims.
var chromeTrim = func() (t [utf8.RuneSelf]bool) {
	for _, c := range []byte(" \t\r*_#-|") {
		t[c] = true
	}
	return t
}()

func isChromeLine(line string) bool {
	if len(line) > 160 || !chromeFirst[lowerByte(line[0])] {
		return false
	}
	// Lower-case the start of the line without allocating: every chrome
	// pattern is shorter than the buffer.
	var buf [48]byte
	n := min(len(line), len(buf))
	for i := 0; i < n; i++ {
		buf[i] = lowerByte(line[i])
	}
	l := buf[:n]
	if len(line) <= len(buf) {
		ls := bytes.TrimRight(l, " .:!")
		ls = bytes.TrimSuffix(ls, []byte("…"))
		if chromeExact[string(ls)] {
			return true
		}
		d := 0
		for d < len(ls) && isDigitByte(ls[d]) {
			d++
		}
		if d > 0 && d < len(ls) {
			switch string(bytes.TrimSpace(ls[d:])) {
			case "comments", "comment", "likes", "like", "shares", "responses":
				return true
			}
		}
	}
	for _, p := range chromeStarts {
		if len(l) >= len(p) && string(l[:len(p)]) == p {
			return !chromeShortOnly[p] || countFields(line) <= 8
		}
	}
	return false
}

// chromeStarts are the chromePrefixes that are not whole-line words;
// chromeFirst marks the first bytes a chrome line can start with.
var chromeStarts, chromeFirst = func() (starts []string, first [256]bool) {
	for _, p := range chromePrefixes {
		first[p[0]] = true
		if !chromeExact[strings.TrimRight(p, " :")] {
			starts = append(starts, p)
		}
	}
	for w := range chromeExact {
		first[w[0]] = true
	}
	for c := '0'; c <= '9'; c++ {
		first[c] = true
	}
	return starts, first
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// countFields returns len(strings.Fields(s)) without allocating.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
