package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// removed are the elements whose content is not the author's prose.
var removed = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Iframe: true, atom.Object: true, atom.Svg: true,
	atom.Math: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blocks are the elements that separate paragraphs.
var blocks = map[atom.Atom]bool{
	atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true,
	atom.Section: true, atom.Div: true, atom.P: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Table: true, atom.Tr: true, atom.Caption: true, atom.Pre: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Br: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Fieldset: true, atom.Hgroup: true,
}

// extractHTML returns the prose of an HTML document, its metadata, and
// the spans of the text that are code (<pre> and <code>). With autop, a
// blank line inside text also separates paragraphs, as WordPress's
// wpautop does for post content.
//
// A document that html.Parse refuses (elements nested too deeply) is
// read token by token instead, without metadata or the choice of
// <article> or <main>; note then says so.
func extractHTML(data []byte, autop bool) (text string, meta map[string]any, spans []Span, note string) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		text, spans = extractHTMLTokens(data, autop)
		return text, nil, spans, strings.TrimPrefix(err.Error(), "html: ") + "; HTML read without its structure"
	}
	meta = make(map[string]any)
	var articles, mains []*html.Node
	var body *html.Node
	// Walk the tree once (iteratively: it may be deep) for metadata and
	// the content elements.
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if _, ok := meta["title"]; !ok && n.Namespace == "" {
					if t := collapse(nodeText(n)); t != "" {
						meta["title"] = t
					}
				}
			case atom.Meta:
				headMeta(n, meta)
			case atom.Body:
				if body == nil {
					body = n
				}
			case atom.Article:
				if !inside(n, atom.Article) && !insideRemoved(n) {
					articles = append(articles, n)
				}
			case atom.Main:
				if !inside(n, atom.Main) && !insideRemoved(n) {
					mains = append(mains, n)
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	roots := articles
	if len(roots) == 0 {
		roots = mains
	}
	if len(roots) == 0 && body != nil {
		roots = []*html.Node{body}
	}
	if len(roots) == 0 {
		roots = []*html.Node{doc}
	}
	w := textWriter{autop: autop, codeStart: -1}
	for _, r := range roots {
		w.node(r)
		w.brk = true
	}
	if len(meta) == 0 {
		meta = nil
	}
	return w.buf.String(), meta, normalizeSpans(w.spans), ""
}

// extractHTMLTokens extracts the text of data token by token.
func extractHTMLTokens(data []byte, autop bool) (string, []Span) {
	z := html.NewTokenizer(bytes.NewReader(data))
	w := textWriter{autop: autop, codeStart: -1}
	skip := make(map[atom.Atom]int) // open removed elements
	skipping := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			w.brk = true
			return w.buf.String(), normalizeSpans(w.spans)
		case html.TextToken:
			if skipping == 0 {
				w.text(string(z.Text()))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := &html.Node{Type: html.ElementNode, DataAtom: atom.Lookup(name)}
			switch {
			case removed[n.DataAtom] && tt == html.StartTagToken:
				skip[n.DataAtom]++
				skipping++
			case removed[n.DataAtom] && tt == html.EndTagToken && skip[n.DataAtom] > 0:
				skip[n.DataAtom]--
				skipping--
			case skipping > 0:
			case tt == html.StartTagToken:
				w.enter(n)
			case tt == html.EndTagToken:
				if (n.DataAtom == atom.Pre && w.pre == 0) || ((n.DataAtom == atom.Code || n.DataAtom == atom.Kbd || n.DataAtom == atom.Samp) && w.code == 0) {
					continue // an end tag without a start tag
				}
				w.leave(n)
			default: // self-closing
				w.enter(n)
				w.leave(n)
			}
		}
	}
}

// headMeta records the metadata of a <meta> element.
func headMeta(n *html.Node, meta map[string]any) {
	var name, prop, content string
	hasContent := false
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "name":
			name = strings.ToLower(strings.TrimSpace(a.Val))
		case "property":
			prop = strings.ToLower(strings.TrimSpace(a.Val))
		case "content":
			content, hasContent = strings.TrimSpace(a.Val), true
		}
	}
	if !hasContent || content == "" {
		return
	}
	switch {
	case name == "description" || name == "author":
		if _, ok := meta[name]; !ok {
			meta[name] = collapse(content)
		}
	case name == "keywords":
		if _, ok := meta[name]; !ok {
			var list []any
			for _, k := range strings.Split(content, ",") {
				if k = collapse(k); k != "" {
					list = append(list, k)
				}
			}
			if len(list) > 0 {
				meta[name] = list
			}
		}
	case prop == "article:published_time" || name == "article:published_time":
		if _, ok := meta["date"]; !ok {
			meta["date"] = normalizeDate(content)
		}
	}
}

// inside reports whether an ancestor of n is an element a.
func inside(n *html.Node, a atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return true
		}
	}
	return false
}

func insideRemoved(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && removed[p.DataAtom] {
			return true
		}
	}
	return false
}

// nodeText returns the concatenated text of n's descendants.
func nodeText(n *html.Node) string {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return b.String()
}

// collapse trims s and replaces each run of white space with one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// textWriter builds the extracted text.
type textWriter struct {
	buf       strings.Builder
	autop     bool
	space     bool // a space is pending
	brk       bool // a paragraph break is pending
	pre       int  // depth of <pre> elements
	code      int  // depth of <pre> and <code> elements
	codeStart int  // start of the current code span in buf, or -1
	spans     []Span
}

// node writes the text of n and its descendants.
func (w *textWriter) node(root *html.Node) {
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.exit {
			w.leave(n)
			continue
		}
		switch n.Type {
		case html.TextNode:
			w.text(n.Data)
			continue
		case html.ElementNode:
			if removed[n.DataAtom] && n != root {
				continue
			}
			w.enter(n)
			stack = append(stack, frame{n: n, exit: true})
		case html.DocumentNode:
		default:
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

func (w *textWriter) enter(n *html.Node) {
	switch a := n.DataAtom; {
	case blocks[a]:
		w.brk = true
	case a == atom.Td || a == atom.Th:
		w.space = true
	}
	switch n.DataAtom {
	case atom.Pre:
		w.pre++
		w.code++
	case atom.Code, atom.Kbd, atom.Samp:
		w.code++
	}
}

func (w *textWriter) leave(n *html.Node) {
	switch a := n.DataAtom; {
	case blocks[a]:
		w.brk = true
	case a == atom.Td || a == atom.Th:
		w.space = true
	}
	switch n.DataAtom {
	case atom.Pre:
		w.pre--
		w.code--
	case atom.Code, atom.Kbd, atom.Samp:
		w.code--
	}
	if w.code == 0 && w.codeStart >= 0 {
		w.spans = append(w.spans, Span{w.codeStart, w.buf.Len(), ReasonCode})
		w.codeStart = -1
	}
}

// text writes the content of a text node.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		if s == "" {
			return
		}
		w.flush()
		w.buf.WriteString(s)
		return
	}
	newlines := 0
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch r {
		case ' ', '\t', '\r', '\f', '\u00a0':
			w.space = true
		case '\n':
			w.space = true
			newlines++
			if w.autop && newlines >= 2 {
				w.brk = true
			}
		default:
			newlines = 0
			w.flush()
			w.buf.WriteString(s[:size])
		}
		s = s[size:]
	}
}

// flush writes the pending separator before visible text.
func (w *textWriter) flush() {
	if w.buf.Len() > 0 {
		switch {
		case w.brk:
			w.buf.WriteString("\n\n")
		case w.space:
			w.buf.WriteByte(' ')
		}
	}
	w.brk, w.space = false, false
	if w.code > 0 && w.codeStart < 0 {
		w.codeStart = w.buf.Len()
	}
}
