package report

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/essaylab/themes/analyze"
)

// htmlRenderer writes one self-contained HTML page: the statistics of the
// text report as tables, the charts as inline SVG, then every document's
// text with its evidence highlighted in the colour of its theme. The page
// needs nothing from the network: no scripts, no external styles or fonts.
//
// The documents are rendered as they stream in and kept in memory until
// End writes the page.
type htmlRenderer struct {
	run    *Run
	themes []string // lexicon order
	docs   []htmlDoc
}

type htmlDoc struct {
	id, anchor, title string
	body              string
}

func (r *htmlRenderer) Begin(run *Run) error {
	r.run = run
	r.themes = run.Analyzer.Lexicon().ThemeNames()
	return nil
}

func (r *htmlRenderer) Document(d *analyze.Document) error {
	n := len(r.docs) + 1
	anchor := "doc-" + strconv.Itoa(n)
	title, _ := d.Meta["title"].(string)
	r.docs = append(r.docs, htmlDoc{id: d.ID, anchor: anchor, title: title, body: r.document(d, anchor)})
	return nil
}

// themeClass returns the CSS class of a theme: "theme-" and the name with
// anything but letters, digits and hyphens made a hyphen.
func themeClass(name string) string {
	var b strings.Builder
	b.WriteString("theme-")
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

func cssColor(c color.RGBA) string { return fmt.Sprintf("#%02X%02X%02X", c.R, c.G, c.B) }

// tint is c at alpha a over white, as CSS rgba.
func tint(c color.RGBA, a float64) string {
	return fmt.Sprintf("rgba(%d,%d,%d,%.2f)", c.R, c.G, c.B, a)
}

const pageCSS = `
:root{--ink:#1d1d1f;--soft:#5b5b63;--rule:#dcdce0;--paper:#fff;--wash:#f6f6f8;--accent:#0072B2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--wash);color:var(--ink);font:17px/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif}
main{max-width:52rem;margin:0 auto;padding:2.5rem 1.5rem 4rem;background:var(--paper);min-height:100vh}
h1,h2,h3,h4,.sans,table,figcaption,nav,.legend,.meta,.note{font-family:system-ui,-apple-system,"Segoe UI","Liberation Sans",Arial,sans-serif}
h1{font-size:2.1rem;line-height:1.2;margin:0 0 .4rem;letter-spacing:-.01em}
h2{font-size:1.35rem;line-height:1.3;margin:2.6rem 0 .6rem;padding-top:.8rem;border-top:1px solid var(--rule)}
h3{font-size:1.15rem;line-height:1.3;margin:0 0 .3rem}
p{margin:.5rem 0}
a{color:var(--accent)}
.lede{color:var(--soft);margin:0 0 1rem}
nav.toc{font-size:.9rem;color:var(--soft);margin:1rem 0;columns:2;column-gap:2rem}
nav.toc a{text-decoration:none}nav.toc a:hover{text-decoration:underline}
nav.toc ol{margin:0;padding-left:1.2rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;align-items:center;font-size:.9rem;margin:1rem 0;padding:.6rem .8rem;background:var(--wash);border-radius:6px}
.legend .label{color:var(--soft);margin-right:.2rem}
table{border-collapse:collapse;font-size:.86rem;line-height:1.4;margin:.8rem 0;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .6rem;text-align:left;vertical-align:top;border-bottom:1px solid var(--rule)}
thead th{border-bottom:2px solid var(--ink);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;white-space:nowrap}
.scroll{overflow-x:auto}
.note{font-size:.86rem;color:var(--soft)}
.ev-line{font-size:.95rem;margin:.15rem 0 .15rem 1.6rem;color:var(--ink)}
.ev-line .loc{font-family:system-ui,-apple-system,"Segoe UI","Liberation Sans",Arial,sans-serif;font-size:.75rem;color:var(--soft);white-space:nowrap}
.rank{margin-top:.9rem}
figure.chart{margin:1.2rem 0}
figure.chart svg{display:block;width:100%;height:auto;border:1px solid var(--rule);border-radius:6px}
figure.chart text{font-family:"Liberation Sans",Arial,Helvetica,sans-serif!important}
article.doc{margin:2.4rem 0 0;padding-top:1.2rem;border-top:1px solid var(--rule)}
article.doc .meta{font-size:.86rem;color:var(--soft);margin:.1rem 0 .6rem}
article.doc .meta b{color:var(--ink);font-weight:600}
article.doc table.scores{font-size:.8rem;margin:.4rem 0 1rem}
.text{hyphens:auto;overflow-wrap:break-word}
.text p{white-space:pre-wrap;margin:0 0 .9rem}
.text p.heading{font-family:system-ui,-apple-system,"Segoe UI","Liberation Sans",Arial,sans-serif;font-weight:650;font-size:1.02rem;margin-top:1.3rem}
.excluded{color:#8b8b93;font-size:.9em}
div.excluded{white-space:pre-wrap;border-left:3px solid var(--rule);padding:.1rem 0 .1rem .8rem;margin:0 0 .9rem}
.excluded .why{display:block;font-family:system-ui,-apple-system,"Segoe UI","Liberation Sans",Arial,sans-serif;font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;white-space:normal}
mark{color:inherit}
mark.ev,mark.ev-cont,mark.hl,.swatch{background:var(--bg);box-shadow:inset 0 -2px 0 var(--c);border-radius:2px;padding:0}
mark.hl{padding:0 .08em}
mark.ev mark.ev,mark.ev mark.ev-cont,mark.ev-cont mark.ev,mark.ev-cont mark.ev-cont{padding-bottom:.2em}
mark.negated{background:transparent;box-shadow:none;outline:1.5px dashed var(--c);outline-offset:-1px;text-decoration:line-through;text-decoration-color:var(--c);text-decoration-thickness:1.5px}
.swatch{display:inline-block;padding:0 .35em}
`

func (r *htmlRenderer) css() string {
	var b strings.Builder
	b.WriteString(pageCSS)
	for i, t := range r.themes {
		c := ThemeColor(i)
		fmt.Fprintf(&b, ".%s{--c:%s;--bg:%s}\n", themeClass(t), cssColor(c), tint(c, 0.22))
	}
	return b.String()
}

func (r *htmlRenderer) themeIndex(name string) int {
	for i, t := range r.themes {
		if t == name {
			return i
		}
	}
	return -1
}

// legend is the key to the highlights.
func (r *htmlRenderer) legend() string {
	var b strings.Builder
	b.WriteString(`<div class="legend" role="note"><span class="label">Highlights:</span>`)
	for _, t := range r.themes {
		fmt.Fprintf(&b, `<span class="swatch %s">%s</span>`, themeClass(t), html.EscapeString(t))
	}
	if len(r.themes) > 0 {
		fmt.Fprintf(&b, `<span><mark class="negated %s">negated</mark> mention (“not lonely”), counted apart</span>`, themeClass(r.themes[len(r.themes)-1]))
	}
	b.WriteString(`<span class="excluded">grey: set aside, not scored</span></div>`)
	return b.String()
}

var docLine = regexp.MustCompile(`^(\d+)\. (.+?) — `)

func (r *htmlRenderer) End(c *analyze.Corpus, st *analyze.Stats) error {
	w := r.run.W
	title := html.EscapeString(r.run.Title)
	lex := r.run.Analyzer.Lexicon()
	sections := buildSections(r.run, c, st, func(s string) string { return s })
	charts, err := SVGs(c, st)
	if err != nil {
		return err
	}
	anchors := map[string]string{}
	for _, d := range r.docs {
		anchors[d.id] = d.anchor
	}

	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", title, r.css())
	fmt.Fprintf(w, "<header>\n<h1>%s</h1>\n", title)
	fmt.Fprintf(w, "<p class=\"lede\">%s documents, %s words, scored for %s with the lexicon %s %s.</p>\n",
		thousands(st.Documents), thousands(st.Words), html.EscapeString(joinAnd(r.themes)), html.EscapeString(lex.Name), html.EscapeString(lex.Version))
	w.WriteString(r.legend() + "\n")

	// Contents.
	id := func(i int) string { return "s" + strconv.Itoa(i+1) }
	w.WriteString("<nav class=\"toc\" aria-label=\"Contents\"><ol>\n")
	for i, s := range sections {
		fmt.Fprintf(w, "<li><a href=\"#%s\">%s</a></li>\n", id(i), html.EscapeString(s.title))
		if i == 1 && len(charts) > 0 {
			w.WriteString("<li><a href=\"#charts\">Charts</a></li>\n")
		}
	}
	if len(r.docs) > 0 {
		w.WriteString("<li><a href=\"#documents\">Documents</a></li>\n")
	}
	w.WriteString("</ol></nav>\n</header>\n")

	for i, s := range sections {
		theme := ""
		if strings.HasPrefix(s.title, "Where ") && strings.HasSuffix(s.title, " is strongest") {
			theme = strings.TrimSuffix(strings.TrimPrefix(s.title, "Where "), " is strongest")
		}
		fmt.Fprintf(w, "<section id=\"%s\">\n<h2>%s</h2>\n", id(i), html.EscapeString(s.title))
		if s.intro != "" {
			fmt.Fprintf(w, "<p class=\"note\">%s</p>\n", html.EscapeString(s.intro))
		}
		for _, p := range s.paras {
			switch {
			case strings.HasPrefix(p, "   "):
				w.WriteString("<p class=\"ev-line\">" + r.evidenceLine(strings.TrimSpace(p), theme) + "</p>\n")
			case theme != "" && docLine.MatchString(p):
				m := docLine.FindStringSubmatchIndex(p)
				docID := p[m[4]:m[5]]
				name := html.EscapeString(docID)
				if a, ok := anchors[docID]; ok {
					name = "<a href=\"#" + a + "\">" + name + "</a>"
				}
				w.WriteString("<p class=\"rank\">" + html.EscapeString(p[:m[4]]) + "<b>" + name + "</b>" + html.EscapeString(p[m[5]:]) + "</p>\n")
			default:
				w.WriteString("<p>" + markHTML(p, "") + "</p>\n")
			}
		}
		if s.table != nil {
			w.WriteString(s.table.html())
		}
		for _, p := range s.after {
			fmt.Fprintf(w, "<p class=\"note\">%s</p>\n", html.EscapeString(p))
		}
		w.WriteString("</section>\n")
		if i == 1 && len(charts) > 0 {
			w.WriteString("<section id=\"charts\">\n<h2>Charts</h2>\n")
			for _, ch := range charts {
				fmt.Fprintf(w, "<figure class=\"chart\" id=\"chart-%s\">\n%s</figure>\n", ch.Name, inlineSVG(ch.SVG, ch.Title))
			}
			w.WriteString("</section>\n")
		}
	}

	if len(r.docs) > 0 {
		w.WriteString("<section id=\"documents\">\n<h2>Documents</h2>\n")
		w.WriteString("<p class=\"note\">Each document’s text as analyzed, with every match of the lexicon highlighted in its theme’s colour; hover a highlight for its theme, facet and lexicon term. Front matter is shown as the line under the title, and link targets and similar markup are left out; grey passages were set aside as not the author’s prose and were not scored.</p>\n")
		for _, d := range r.docs {
			w.WriteString(d.body)
		}
		w.WriteString("</section>\n")
	}
	fmt.Fprintf(w, "<footer class=\"note\"><p>%s · lexicon %s %s (%s)</p></footer>\n", title,
		html.EscapeString(lex.Name), html.EscapeString(lex.Version), html.EscapeString(lex.Hash))
	w.WriteString("</main>\n</body>\n</html>\n")
	return nil
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return "no themes"
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// evidenceLine renders "source:line  [facet/term] excerpt" as the
// excerpt followed by the facet, term and line in small type (the source
// is the document's, named above).
func (r *htmlRenderer) evidenceLine(p, theme string) string {
	loc, rest, ok := strings.Cut(p, "  ")
	if !ok || !strings.HasPrefix(rest, "[") {
		return markHTML(p, theme)
	}
	tag, quote, ok := strings.Cut(rest[1:], "] ")
	if !ok {
		return markHTML(p, theme)
	}
	where := tag
	if i := strings.LastIndexByte(loc, ':'); i >= 0 {
		where += " · line " + loc[i+1:]
	}
	return "<span class=\"quote\">" + markHTML(quote, theme) + "</span> <span class=\"loc\" title=\"" +
		html.EscapeString(loc) + "\">" + html.EscapeString(where) + "</span>"
}

// markHTML escapes s and turns the evidence markers \x01 and \x02 into a
// highlight in the colour of theme.
func markHTML(s, theme string) string {
	cls := "hl"
	if theme != "" {
		cls += " " + themeClass(theme)
	}
	s = html.EscapeString(s)
	return strings.NewReplacer("\x01", "<mark class=\""+cls+"\">", "\x02", "</mark>").Replace(s)
}

// html renders the table.
func (t *table) html() string {
	var b strings.Builder
	cls := func(i int) string {
		if t.right != nil && i < len(t.right) && t.right[i] {
			return " class=\"num\""
		}
		return ""
	}
	b.WriteString("<div class=\"scroll\"><table>\n<thead><tr>")
	for i, h := range t.head {
		fmt.Fprintf(&b, "<th%s>%s</th>", cls(i), html.EscapeString(h))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range t.rows {
		b.WriteString("<tr>")
		for i, c := range row {
			fmt.Fprintf(&b, "<td%s>%s</td>", cls(i), html.EscapeString(c))
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody></table></div>\n")
	return b.String()
}

// inlineSVG prepares a chart's SVG for the page: without the XML
// prologue, scaled to the column by its viewBox, labelled for screen
// readers.
func inlineSVG(svg []byte, title string) string {
	if i := bytes.Index(svg, []byte("<svg")); i >= 0 {
		svg = svg[i:]
	}
	s := string(svg)
	s = regexp.MustCompile(`^<svg width="[^"]*" height="[^"]*"`).ReplaceAllLiteralString(s,
		`<svg role="img" aria-label="`+html.EscapeString(title)+`"`)
	return s
}

// The documents.

// span is a range of the text rendered as an element.
type span struct {
	start, end int
	level      int // 0 block, 1 evidence, 2 inline excluded
	order      int // evidence index, for a stable order
	open       func(first bool) string
	close      string
}

// document renders a document's article.
func (r *htmlRenderer) document(d *analyze.Document, anchor string) string {
	var b strings.Builder
	title, _ := d.Meta["title"].(string)
	head := d.ID
	if title != "" {
		head = title
	}
	fmt.Fprintf(&b, "<article class=\"doc\" id=\"%s\" data-id=\"%s\">\n<h3>%s</h3>\n", anchor, html.EscapeString(d.ID), html.EscapeString(head))

	// The line under the title: id, date, then the other metadata.
	var meta []string
	meta = append(meta, "<b>"+html.EscapeString(d.ID)+"</b>")
	if v, ok := d.Meta["date"]; ok {
		meta = append(meta, html.EscapeString(metaString(v)))
	}
	keys := make([]string, 0, len(d.Meta))
	for k := range d.Meta {
		if k != "title" && k != "date" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if v := metaString(d.Meta[k]); v != "" {
			meta = append(meta, html.EscapeString(k)+": "+html.EscapeString(v))
		}
	}
	dom := "no theme"
	if d.DominantBy == analyze.ByContext && d.Dominant == "" && d.Context != nil {
		dom += fmt.Sprintf(" (weak evidence set aside by the context model, p = %.2f)", d.Context.Probability)
	}
	if d.Dominant != "" {
		dom = "mostly " + d.Dominant
		if d.DominantBy == analyze.ByContext && d.Context != nil {
			dom += fmt.Sprintf(" (context model, p = %.2f)", d.Context.Probability)
		}
	}
	meta = append(meta, thousands(d.Words)+" words", html.EscapeString(dom))
	b.WriteString("<p class=\"meta\">" + strings.Join(meta, " · ") + "</p>\n")

	// Scores.
	t := &table{head: []string{"theme", "mentions", "negated", "per 1,000 words", "score"}, right: []bool{false, true, true, true, true}}
	for _, s := range d.Themes {
		t.add(s.Theme, strconv.Itoa(s.Count), strconv.Itoa(s.Negated), num(analyze.Float(s.Per1000), 2), num(analyze.Float(s.Score), 2))
	}
	tb := t.html()
	b.WriteString(strings.Replace(tb, "<table>", "<table class=\"scores\">", 1))

	if d.Text != nil {
		b.WriteString("<div class=\"text\">\n")
		b.WriteString(r.docText(d))
		b.WriteString("</div>\n")
	}
	b.WriteString("</article>\n")
	return b.String()
}

func metaString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 {
			return v.Format("2006-01-02")
		}
		return v.Format(time.RFC3339)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case []any:
		var parts []string
		for _, e := range v {
			parts = append(parts, metaString(e))
		}
		return strings.Join(parts, ", ")
	case []string:
		return strings.Join(v, ", ")
	case map[string]any:
		return ""
	}
	return fmt.Sprint(v)
}

// hidden reports whether an excluded span is left out of the page rather
// than shown dimmed: the front matter (shown as metadata) and markup.
func hidden(reason string) bool { return reason == "front-matter" || reason == "markup" }

// headingMark matches the "## " of a Markdown heading.
var headingMark = regexp.MustCompile(`^#{1,6}[ \t]+`)

// docText renders the text: a <p> per paragraph, excluded blocks dimmed
// and labelled, evidence as <mark class="ev …"> elements. Ranges that
// overlap without nesting are split: the first part of a piece of
// evidence is mark.ev, the rest mark.ev-cont with the same data-ev.
func (r *htmlRenderer) docText(d *analyze.Document) string {
	src := d.Text.Src
	var spans []span
	type cut struct{ start, end int }
	var drop []cut

	// An excluded span that touches a paragraph is shown inline.
	inPara := func(a, b int) bool {
		for _, p := range d.Paragraphs {
			if a < p.End && b > p.Start {
				return true
			}
		}
		return false
	}
	evStart := map[int]bool{}
	for _, e := range d.Evidence {
		evStart[e.Start] = true
	}
	for _, p := range d.Paragraphs {
		cls := ""
		if p.Heading {
			cls = " class=\"heading\""
			if m := headingMark.FindStringIndex(src[p.Start:p.End]); m != nil && !evStart[p.Start] {
				drop = append(drop, cut{p.Start, p.Start + m[1]})
			}
		}
		tag := "<p" + cls + ">"
		spans = append(spans, span{start: p.Start, end: p.End, open: func(bool) string { return tag }, close: "</p>"})
	}
	for _, x := range d.Excluded {
		if x.Start >= x.End || x.Start < 0 || x.End > len(src) {
			continue
		}
		if hidden(x.Reason) {
			drop = append(drop, cut{x.Start, x.End})
			continue
		}
		why := html.EscapeString(strings.ReplaceAll(x.Reason, "-", " "))
		if inPara(x.Start, x.End) {
			spans = append(spans, span{start: x.Start, end: x.End, level: 2, close: "</span>",
				open: func(bool) string {
					return "<span class=\"excluded\" title=\"set aside: " + why + "\">"
				}})
			continue
		}
		// A block: shown without the blank lines around it.
		text := src[x.Start:x.End]
		trimmed := strings.TrimSpace(text)
		if trimmed == "" {
			continue
		}
		lead := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
		x.Start += lead
		x.End = x.Start + len(strings.TrimRight(text[lead:], " \t\r\n"))
		spans = append(spans, span{start: x.Start, end: x.End, close: "</div>",
			open: func(first bool) string {
				s := "<div class=\"excluded\" data-reason=\"" + html.EscapeString(x.Reason) + "\">"
				if first {
					s += "<span class=\"why\">set aside: " + why + "</span>"
				}
				return s
			}})
	}
	for i, e := range d.Evidence {
		if e.Start >= e.End || e.Start < 0 || e.End > len(src) {
			continue
		}
		cls := "ev " + themeClass(e.Theme)
		tip := e.Theme
		if e.Facet != "" {
			tip += " · " + e.Facet
		}
		tip += " · " + e.Term
		if e.Negated {
			cls += " negated"
			tip += " · negated"
		}
		attrs := fmt.Sprintf(" data-ev=\"%d\" data-theme=\"%s\" data-facet=\"%s\" data-term=\"%s\" title=\"%s\">",
			i, html.EscapeString(e.Theme), html.EscapeString(e.Facet), html.EscapeString(e.Term), html.EscapeString(tip))
		spans = append(spans, span{start: e.Start, end: e.End, level: 1, order: i, close: "</mark>",
			open: func(first bool) string {
				if first {
					return "<mark class=\"" + cls + "\"" + attrs
				}
				return "<mark class=\"" + strings.Replace(cls, "ev ", "ev-cont ", 1) + "\"" + attrs
			}})
	}

	// Boundaries.
	pts := map[int]bool{0: true, len(src): true}
	for _, s := range spans {
		pts[s.start], pts[s.end] = true, true
	}
	for _, c := range drop {
		pts[c.start], pts[c.end] = true, true
	}
	bounds := make([]int, 0, len(pts))
	for p := range pts {
		if p >= 0 && p <= len(src) {
			bounds = append(bounds, p)
		}
	}
	sort.Ints(bounds)
	dropped := func(a, b int) bool {
		for _, c := range drop {
			if a >= c.start && b <= c.end {
				return true
			}
		}
		return false
	}
	starting := map[int][]int{}
	for i, s := range spans {
		starting[s.start] = append(starting[s.start], i)
	}

	var out strings.Builder
	type open struct {
		i     int
		first bool
	}
	var stack []open
	opened := make([]bool, len(spans))
	for k, pos := range bounds {
		// Close what ends here, and whatever is open inside it.
		var reopen []int
		for {
			end := -1
			for j := len(stack) - 1; j >= 0; j-- {
				if spans[stack[j].i].end <= pos {
					end = j
					break
				}
			}
			if end < 0 {
				break
			}
			for j := len(stack) - 1; j >= end; j-- {
				out.WriteString(spans[stack[j].i].close)
				if spans[stack[j].i].end > pos {
					reopen = append(reopen, stack[j].i)
				}
			}
			stack = stack[:end]
		}
		if k == len(bounds)-1 {
			break
		}
		// Open what starts here and reopen the parts cut off: blocks
		// outside evidence outside inline spans; longer outside shorter.
		next := append(reopen, starting[pos]...)
		sort.SliceStable(next, func(a, b int) bool {
			sa, sb := spans[next[a]], spans[next[b]]
			if sa.level != sb.level {
				return sa.level < sb.level
			}
			if sa.end != sb.end {
				return sa.end > sb.end
			}
			return sa.order < sb.order
		})
		for _, i := range next {
			if spans[i].end <= pos {
				continue
			}
			// A block cannot open inside an inline element: close the
			// inline ones and reopen them inside it.
			if spans[i].level == 0 && len(stack) > 0 && spans[stack[len(stack)-1].i].level > 0 {
				var inner []int
				for len(stack) > 0 && spans[stack[len(stack)-1].i].level > 0 {
					top := stack[len(stack)-1]
					out.WriteString(spans[top.i].close)
					inner = append([]int{top.i}, inner...)
					stack = stack[:len(stack)-1]
				}
				out.WriteString(spans[i].open(!opened[i]))
				opened[i] = true
				stack = append(stack, open{i, true})
				for _, j := range inner {
					out.WriteString(spans[j].open(false))
					stack = append(stack, open{j, false})
				}
				continue
			}
			out.WriteString(spans[i].open(!opened[i]))
			opened[i] = true
			stack = append(stack, open{i, true})
		}
		a, b := pos, bounds[k+1]
		if len(stack) == 0 || dropped(a, b) {
			continue
		}
		out.WriteString(html.EscapeString(src[a:b]))
	}
	for j := len(stack) - 1; j >= 0; j-- {
		out.WriteString(spans[stack[j].i].close)
	}
	return strings.TrimSpace(fixParas(out.String())) + "\n"
}

// fixParas puts each paragraph on its own line of the HTML source.
func fixParas(s string) string {
	s = strings.ReplaceAll(s, "</p>", "</p>\n")
	return strings.ReplaceAll(s, "</div>", "</div>\n")
}
