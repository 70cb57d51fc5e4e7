package corpus

import (
	"sort"
	"strings"
)

// Limits on how far the inline scanner looks for the end of a link, which
// keeps it linear on pathological input.
const (
	maxLinkText = 4 << 10
	maxLinkDest = 4 << 10
)

// markdownSpans returns the spans of text[pos:] that are Markdown syntax
// rather than prose. It is not a full CommonMark parser; it recognizes
// the constructs whose text would otherwise be read as words:
//
//   - fenced code blocks (``` and ~~~) and indented code blocks: "code"
//   - HTML blocks that are comments or script, style, pre or textarea
//     elements: "html"
//   - link reference definition lines "[id]: url": "markup"
//
// and, inside paragraphs, the inline constructs documented in the package
// comment.
func markdownSpans(text string, pos int) []Span {
	b := blockScanner{text: text, refs: make(map[string]bool)}
	b.scan(pos)
	in := inlineScanner{text: text, refs: b.refs, spans: b.spans}
	for _, r := range b.regions {
		in.scan(r.start, r.end)
	}
	return in.spans
}

type region struct{ start, end int }

// blockScanner finds the block-level constructs, line by line.
type blockScanner struct {
	text    string
	spans   []Span
	regions []region // runs of paragraph lines for the inline scanner
	refs    map[string]bool
}

// lineInfo describes one line.
type lineInfo struct {
	start, end, next int // end excludes the line ending
	indent           int // indentation in columns (tabs to multiples of 4)
	body             int // offset of the first non-blank byte (end if blank)
}

func (b *blockScanner) line(start int) lineInfo {
	l, next := lineAt(b.text, start)
	l = strings.TrimSuffix(l, "\r")
	li := lineInfo{start: start, end: start + len(l), next: next}
	col := 0
	i := 0
	for ; i < len(l); i++ {
		if l[i] == ' ' {
			col++
		} else if l[i] == '\t' {
			col += 4 - col%4
		} else {
			break
		}
	}
	li.indent = col
	li.body = start + i
	return li
}

func (li lineInfo) blank() bool { return li.body == li.end }

func (b *blockScanner) scan(pos int) {
	text := b.text
	var (
		lists     []int // content indents of the open list items
		inPara    bool  // the previous line was paragraph text
		prevBlank = true
		reg       = region{-1, -1}
	)
	flush := func() {
		if reg.start >= 0 {
			b.regions = append(b.regions, reg)
			reg = region{-1, -1}
		}
	}
	for pos < len(text) {
		li := b.line(pos)
		base := 0
		if len(lists) > 0 {
			base = lists[len(lists)-1]
		}
		if li.blank() {
			flush()
			inPara, prevBlank = false, true
			pos = li.next
			continue
		}
		rest := text[li.body:li.end]

		// Indented code.
		if li.indent >= base+4 && !inPara {
			{
				flush()
				start := li.start
				end := li.next
				p := li.next
				for p < len(text) {
					l := b.line(p)
					if !l.blank() && l.indent < base+4 {
						break
					}
					if !l.blank() {
						end = l.next
					}
					p = l.next
				}
				b.spans = append(b.spans, Span{start, end, ReasonCode})
				pos = end
				prevBlank = false
				continue
			}
		}

		if li.indent < base+4 {
			// Fenced code.
			if c := rest[0]; c == '`' || c == '~' {
				n := runLen(rest, c)
				if n >= 3 && (c == '~' || !strings.Contains(rest[n:], "`")) {
					flush()
					end := len(text)
					for p := li.next; p < len(text); {
						l := b.line(p)
						r := text[l.body:l.end]
						if l.indent < base+4 && len(r) >= n && runLen(r, c) >= n && strings.TrimSpace(r[runLen(r, c):]) == "" {
							end = l.next
							break
						}
						p = l.next
					}
					b.spans = append(b.spans, Span{li.start, end, ReasonCode})
					pos = end
					inPara, prevBlank = false, false
					continue
				}
			}
			// HTML blocks whose content is not prose.
			if rest[0] == '<' {
				if endMark := htmlBlockEnd(rest); endMark != "" {
					flush()
					end := len(text)
					for p := li.start; p < len(text); {
						l := b.line(p)
						from := l.start
						if p == li.start {
							from = li.body + 1
						}
						if containsFold(text[from:l.end], endMark) {
							end = l.next
							break
						}
						p = l.next
					}
					b.spans = append(b.spans, Span{li.start, end, ReasonHTML})
					pos = end
					inPara, prevBlank = false, false
					continue
				}
			}
			// Link reference definitions.
			if !inPara && li.indent < base+4 {
				if label, ok := refDefinition(rest); ok {
					flush()
					b.refs[label] = true
					b.spans = append(b.spans, Span{li.start, li.next, ReasonMarkup})
					pos = li.next
					prevBlank = false
					continue
				}
			}
		}

		// A paragraph line: track lists for the indented-code rule.
		if w, ok := listMarker(rest); ok {
			for len(lists) > 0 && lists[len(lists)-1] > li.indent {
				lists = lists[:len(lists)-1]
			}
			lists = append(lists, li.indent+w)
		} else if prevBlank {
			for len(lists) > 0 && lists[len(lists)-1] > li.indent {
				lists = lists[:len(lists)-1]
			}
		}
		if reg.start < 0 {
			reg.start = li.start
		}
		reg.end = li.end
		inPara = !isATXHeading(rest) && !isThematicBreak(rest)
		prevBlank = false
		pos = li.next
	}
	flush()
}

// runLen returns the number of leading bytes c in s.
func runLen(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// htmlBlockEnd returns the text that ends an HTML block starting with
// line, for the kinds of HTML block whose content is not prose, or "".
func htmlBlockEnd(line string) string {
	switch {
	case strings.HasPrefix(line, "<!--"):
		return "-->"
	case strings.HasPrefix(line, "<?"):
		return "?>"
	case strings.HasPrefix(line, "<![CDATA["):
		return "]]>"
	}
	for _, tag := range []string{"script", "style", "pre", "textarea"} {
		if len(line) > len(tag)+1 && strings.EqualFold(line[1:1+len(tag)], tag) {
			if len(line) == len(tag)+1 {
				return "</" + tag + ">"
			}
			switch line[len(tag)+1] {
			case ' ', '\t', '>':
				return "</" + tag + ">"
			}
		} else if len(line) == len(tag)+1 && strings.EqualFold(line[1:], tag) {
			return "</" + tag + ">"
		}
	}
	return ""
}

// containsFold reports whether s contains sub, ignoring ASCII case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// refDefinition reports whether line (without indentation) is a link
// reference definition "[label]: destination", and returns its
// normalized label. Footnote definitions "[^label]:" are not.
func refDefinition(line string) (string, bool) {
	if len(line) < 4 || line[0] != '[' || line[1] == '^' {
		return "", false
	}
	i := 1
	for ; i < len(line) && line[i] != ']'; i++ {
		switch line[i] {
		case '\\':
			i++
		case '[':
			return "", false
		}
	}
	if i >= len(line)-1 || i == 1 || line[i+1] != ':' {
		return "", false
	}
	label := normLabel(line[1:i])
	if label == "" || strings.TrimSpace(line[i+2:]) == "" {
		return "", false
	}
	return label, true
}

// normLabel normalizes a link label: case folded, whitespace collapsed.
func normLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// listMarker reports whether line begins with a list item marker and
// returns the width of the marker and the spaces after it.
func listMarker(line string) (int, bool) {
	n := 0
	switch {
	case line[0] == '-' || line[0] == '+' || line[0] == '*':
		n = 1
	default:
		for n < len(line) && n < 9 && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n == 0 || n >= len(line) || (line[n] != '.' && line[n] != ')') {
			return 0, false
		}
		n++
	}
	if n == len(line) {
		return n + 1, true
	}
	if line[n] != ' ' && line[n] != '\t' {
		return 0, false
	}
	sp := 0
	for n+sp < len(line) && line[n+sp] == ' ' {
		sp++
	}
	if sp == 0 || sp > 4 || n+sp == len(line) {
		sp = 1
	}
	return n + sp, true
}

func isATXHeading(line string) bool {
	n := runLen(line, '#')
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

func isThematicBreak(line string) bool {
	c := line[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case c:
			n++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return n >= 3
}

// inlineScanner finds inline constructs in one paragraph at a time.
// Before scanning a paragraph it pairs backtick runs, brackets and
// parentheses in one pass, so that scanning stays linear in the size of
// the paragraph whatever its content.
type inlineScanner struct {
	text    string
	refs    map[string]bool
	spans   []Span
	closers []region // the "](url)" parts of the links being scanned

	runs    map[int]int // start of a backtick run -> end of the code span it opens (0: none)
	bracket map[int]int // "[" -> matching "]"
	paren   map[int]int // "(" -> matching ")"
	found   map[string][2]int
}

func (s *inlineScanner) add(start, end int, reason string) {
	if end > start {
		s.spans = append(s.spans, Span{start, end, reason})
	}
}

// prepare pairs the backtick runs, brackets and parentheses of text[a:b].
func (s *inlineScanner) prepare(a, b int) {
	text := s.text
	clear(s.runs)
	clear(s.bracket)
	clear(s.paren)
	clear(s.found)
	if s.runs == nil {
		s.runs = make(map[int]int)
		s.bracket = make(map[int]int)
		s.paren = make(map[int]int)
		s.found = make(map[string][2]int)
	}
	// Backtick runs: each opening run is closed by the next run of the
	// same length.
	type run struct{ pos, n int }
	var runs []run
	for i := a; i < b; {
		k := strings.IndexByte(text[i:b], '`')
		if k < 0 {
			break
		}
		i += k
		if i > a && text[i-1] == '\\' && !escaped(text, a, i-1) {
			i++
			continue
		}
		n := runLen(text[i:b], '`')
		runs = append(runs, run{i, n})
		i += n
	}
	open := make(map[int]int) // run length -> index of the open run
	for k, r := range runs {
		if o, ok := open[r.n]; ok {
			s.runs[runs[o].pos] = r.pos + r.n
			delete(open, r.n)
			// Runs between the two are inside the code span.
			for n, oo := range open {
				if oo > o {
					delete(open, n)
				}
			}
			continue
		}
		open[r.n] = k
	}
	for _, o := range open {
		s.runs[runs[o].pos] = 0
	}
	// Brackets and parentheses, outside code spans.
	var brackets, parens []int
	for i := a; i < b; i++ {
		switch text[i] {
		case '\\':
			i++
		case '`':
			end, ok := s.runs[i]
			if ok && end > 0 {
				i = end - 1
			} else {
				i += runLen(text[i:b], '`') - 1
			}
		case '[':
			brackets = append(brackets, i)
		case ']':
			if n := len(brackets); n > 0 {
				s.bracket[brackets[n-1]] = i
				brackets = brackets[:n-1]
			}
		case '(':
			parens = append(parens, i)
		case ')':
			if n := len(parens); n > 0 {
				s.paren[parens[n-1]] = i
				parens = parens[:n-1]
			}
		}
	}
}

// escaped reports whether text[i] is preceded by an odd number of
// backslashes after a.
func escaped(text string, a, i int) bool {
	n := 0
	for i > a && text[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}

// find returns the index of the first sub in text[from:b], or -1. It
// remembers its last answer for each sub, so that repeated failing
// searches in one paragraph cost linear time.
func (s *inlineScanner) find(from, b int, sub string) int {
	if f, ok := s.found[sub]; ok && from >= f[0] && (f[1] < 0 || from <= f[1]) {
		return f[1]
	}
	k := strings.Index(s.text[from:b], sub)
	if k >= 0 {
		k += from
	}
	s.found[sub] = [2]int{from, k}
	return k
}

func (s *inlineScanner) scan(a, b int) {
	text := s.text
	s.prepare(a, b)
	s.closers = s.closers[:0]
	for i := a; i < b; {
		for len(s.closers) > 0 && s.closers[len(s.closers)-1].start < i {
			s.closers = s.closers[:len(s.closers)-1]
		}
		if n := len(s.closers); n > 0 && s.closers[n-1].start == i {
			c := s.closers[n-1]
			s.closers = s.closers[:n-1]
			s.add(c.start, c.end, ReasonMarkup)
			i = c.end
			continue
		}
		switch c := text[i]; c {
		case '\\':
			if i+1 < b && isASCIIPunct(text[i+1]) {
				i += 2
				continue
			}
		case '`':
			if end := s.runs[i]; end > 0 {
				s.add(i, end, ReasonCode)
				i = end
			} else {
				i += runLen(text[i:b], '`')
			}
			continue
		case '!':
			if i+1 < b && text[i+1] == '[' {
				if _, end, ok := s.link(i+1, b); ok {
					s.add(i, end, ReasonMarkup)
					i = end
					continue
				}
			}
		case '[':
			if end := footnoteRef(text[i:min(b, i+128)]); end > 0 {
				s.add(i, i+end, ReasonMarkup)
				i += end
				continue
			}
			if cs, ce, ok := s.link(i, b); ok {
				s.add(i, i+1, ReasonMarkup)
				s.closers = append(s.closers, region{cs, ce})
			}
		case '<':
			if end := autolinkEnd(text[i:b]); end > 0 {
				s.add(i, i+end, ReasonMarkup)
				i += end
				continue
			}
			if end := s.htmlTagEnd(i, b); end > 0 {
				s.add(i, end, ReasonHTML)
				i = end
				continue
			}
		case '&':
			if end := entityEnd(text[i:min(b, i+40)]); end > 0 {
				s.add(i, i+end, ReasonMarkup)
				i += end
				continue
			}
		case 'h', 'H', 'w', 'W':
			if i == a || !isWordByte(text[i-1]) {
				if end := bareURLEnd(text[i:min(b, i+maxLinkDest)]); end > 0 {
					s.add(i, i+end, ReasonMarkup)
					i += end
					continue
				}
			}
		}
		i++
	}
}

// link reports whether the "[" at i begins a link: inline [text](dest),
// full reference [text][label] or collapsed/shortcut reference [text][]
// and [text] with a defined label. It returns the range of the part after
// the link text: "](dest)", "][label]" or "]".
func (s *inlineScanner) link(i, b int) (closeStart, closeEnd int, ok bool) {
	text := s.text
	j, ok := s.bracket[i]
	if !ok || j-i > maxLinkText {
		return 0, 0, false
	}
	label := text[i+1 : j]
	k := j + 1
	if k < b && text[k] == '(' {
		if e, ok := s.paren[k]; ok {
			return j, e + 1, true
		}
	}
	if k < b && text[k] == '[' {
		if e, ok := s.bracket[k]; ok && e-k < 1000 {
			ref := text[k+1 : e]
			if strings.TrimSpace(ref) == "" {
				ref = label
			}
			if s.refs[normLabel(ref)] {
				return j, e + 1, true
			}
		}
	}
	if len(label) < 1000 && s.refs[normLabel(label)] {
		return j, j + 1, true
	}
	return 0, 0, false
}

// footnoteRef returns the length of a footnote reference "[^label]" (or
// definition marker "[^label]:") at the start of s, or 0.
func footnoteRef(s string) int {
	if len(s) < 4 || s[1] != '^' {
		return 0
	}
	for i := 2; i < len(s) && i < 100; i++ {
		switch c := s[i]; {
		case c == ']':
			if i == 2 {
				return 0
			}
			if i+1 < len(s) && s[i+1] == ':' {
				return i + 2
			}
			return i + 1
		case c == '[' || isSpace(c):
			return 0
		}
	}
	return 0
}

// autolinkEnd returns the length of an autolink <scheme:...> or
// <user@host> at the start of s, or 0.
func autolinkEnd(s string) int {
	end := 1
	for end < len(s) && s[end] != '>' && s[end] != '<' && s[end] > ' ' {
		end++
	}
	if end >= len(s) || s[end] != '>' || end < 3 {
		return 0
	}
	in := s[1:end]
	if c := strings.IndexByte(in, ':'); c >= 2 && c <= 32 && isAlpha(in[0]) {
		for i := 1; i < c; i++ {
			if !isAlnum(in[i]) && in[i] != '+' && in[i] != '.' && in[i] != '-' {
				return 0
			}
		}
		return end + 1
	}
	if at := strings.IndexByte(in, '@'); at > 0 && at < len(in)-1 && !strings.ContainsAny(in, `\"()[],;:`) {
		return end + 1
	}
	return 0
}

// htmlTagEnd returns the end of the raw HTML at text[at:b]: an open or
// closing tag, comment, processing instruction, declaration or CDATA
// section. It returns 0 if there is none.
func (sc *inlineScanner) htmlTagEnd(at, b int) int {
	s := sc.text[at:b]
	if len(s) < 3 {
		return 0
	}
	find := func(from int, end string) int {
		if k := sc.find(at+from, b, end); k >= 0 {
			return k - at + len(end)
		}
		return 0
	}
	n := sc.tagEnd(s, find)
	if n == 0 {
		return 0
	}
	return at + n
}

func (sc *inlineScanner) tagEnd(s string, find func(from int, end string) int) int {
	switch {
	case strings.HasPrefix(s, "<!--"):
		return find(4, "-->")
	case strings.HasPrefix(s, "<?"):
		return find(2, "?>")
	case strings.HasPrefix(s, "<![CDATA["):
		return find(9, "]]>")
	case s[1] == '!' && isAlpha(s[2]):
		return find(2, ">")
	case s[1] == '/':
		i := tagName(s, 2)
		if i == 2 {
			return 0
		}
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i < len(s) && s[i] == '>' {
			return i + 1
		}
		return 0
	}
	i := tagName(s, 1)
	if i == 1 {
		return 0
	}
	for {
		// Whitespace, then the end of the tag or an attribute.
		sp := i
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return 0
		}
		if s[i] == '>' {
			return i + 1
		}
		if s[i] == '/' {
			if i+1 < len(s) && s[i+1] == '>' {
				return i + 2
			}
			return 0
		}
		if i == sp || !(isAlpha(s[i]) || s[i] == '_' || s[i] == ':') {
			return 0
		}
		for i < len(s) && (isAlnum(s[i]) || strings.IndexByte("_.:-", s[i]) >= 0) {
			i++
		}
		j := i
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '=' {
			j++
			for j < len(s) && isSpace(s[j]) {
				j++
			}
			if j >= len(s) {
				return 0
			}
			switch q := s[j]; q {
			case '"', '\'':
				k := find(j+1, string(q))
				if k == 0 {
					return 0
				}
				j = k
			default:
				k := j
				for k < len(s) && !isSpace(s[k]) && strings.IndexByte("\"'=<>`", s[k]) < 0 {
					k++
				}
				if k == j {
					return 0
				}
				j = k
			}
			i = j
		}
	}
}

// tagName returns the end of the HTML tag name that starts at s[i], or i.
func tagName(s string, i int) int {
	if i >= len(s) || !isAlpha(s[i]) {
		return i
	}
	for i++; i < len(s) && (isAlnum(s[i]) || s[i] == '-'); i++ {
	}
	return i
}

// entityEnd returns the length of an entity or numeric character
// reference (&amp; &#123; &#x1F;) at the start of s, or 0.
func entityEnd(s string) int {
	i := 1
	switch {
	case i < len(s) && s[i] == '#':
		i++
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		j := i
		for i < len(s) && i-j < 8 && (isDigit(s[i]) || hex && isHex(s[i])) {
			i++
		}
		if i == j {
			return 0
		}
	case i < len(s) && isAlpha(s[i]):
		for i < len(s) && i < 33 && isAlnum(s[i]) {
			i++
		}
	default:
		return 0
	}
	if i < len(s) && s[i] == ';' {
		return i + 1
	}
	return 0
}

// bareURLEnd returns the length of a bare URL (http://, https:// or www.)
// at the start of s, or 0. Trailing punctuation and an unbalanced closing
// parenthesis are not part of the URL.
func bareURLEnd(s string) int {
	var p int
	switch {
	case hasPrefixFold(s, "https://"):
		p = 8
	case hasPrefixFold(s, "http://"):
		p = 7
	case hasPrefixFold(s, "www."):
		p = 4
	default:
		return 0
	}
	if p >= len(s) || !isAlnum(s[p]) {
		return 0
	}
	end := p
	open := 0 // unbalanced "(" minus ")"
	for end < len(s) && !isSpace(s[end]) && s[end] != '<' {
		switch s[end] {
		case '(':
			open++
		case ')':
			open--
		}
		end++
	}
	for end > p {
		c := s[end-1]
		if strings.IndexByte("?!.,:*_~'\";", c) >= 0 {
			end--
			continue
		}
		if c == ')' && open < 0 {
			open++
			end--
			continue
		}
		break
	}
	return end
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }
func isHex(c byte) bool   { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// isWordByte reports whether c continues a word, so a URL cannot start
// after it. Bytes of multi-byte UTF-8 sequences count as word bytes.
func isWordByte(c byte) bool { return isAlnum(c) || c == '_' || c >= 0x80 }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// normalizeSpans sorts spans, drops empty ones, trims overlaps (the
// earlier span wins) and merges adjacent spans with the same reason.
func normalizeSpans(spans []Span) []Span {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if s.Start < last.End {
				s.Start = last.End
			}
			if s.End <= s.Start {
				continue
			}
			if s.Start == last.End && s.Reason == last.Reason {
				last.End = s.End
				continue
			}
		} else if s.End <= s.Start {
			continue
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
