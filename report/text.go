package report

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/essaylab/themes/analyze"
)

// table is a table of cells rendered as aligned text or Markdown.
type table struct {
	head  []string
	right []bool // right-align the column
	rows  [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// text renders the table with two spaces between columns and the given
// indent. Cells are cut to keep within width columns.
func (t *table) text(indent string, width int) string {
	n := len(t.head)
	w := make([]int, n)
	for i, h := range t.head {
		w[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			w[i] = max(w[i], utf8.RuneCountInString(c))
		}
	}
	// Shrink the widest column until the table fits.
	total := func() int {
		s := len(indent) + 2*(n-1)
		for _, x := range w {
			s += x
		}
		return s
	}
	for total() > width {
		wi := 0
		for i := range w {
			if w[i] > w[wi] {
				wi = i
			}
		}
		if w[wi] <= 8 {
			break
		}
		w[wi]--
	}
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString(indent)
		for i, c := range cells {
			c = cut(c, w[i])
			pad := strings.Repeat(" ", w[i]-utf8.RuneCountInString(c))
			if i > 0 {
				b.WriteString("  ")
			}
			if t.right != nil && t.right[i] {
				b.WriteString(pad + c)
			} else if i < len(cells)-1 {
				b.WriteString(c + pad)
			} else {
				b.WriteString(c)
			}
		}
		b.WriteString("\n")
	}
	line(t.head)
	rule := make([]string, n)
	for i := range rule {
		rule[i] = strings.Repeat("-", w[i])
	}
	line(rule)
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

// markdown renders the table as a GitHub-flavoured Markdown table.
func (t *table) markdown() string {
	var b strings.Builder
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	b.WriteString("|")
	for _, h := range t.head {
		b.WriteString(" " + esc(h) + " |")
	}
	b.WriteString("\n|")
	for i := range t.head {
		if t.right != nil && t.right[i] {
			b.WriteString("---:|")
		} else {
			b.WriteString("---|")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		b.WriteString("|")
		for _, c := range r {
			b.WriteString(" " + esc(c) + " |")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// num formats a statistic with d decimals; "–" when undefined.
func num(v analyze.Float, d int) string {
	f := float64(v)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	return strconv.FormatFloat(f, 'f', d, 64)
}

func pval(v analyze.Float) string {
	f := float64(v)
	switch {
	case math.IsNaN(f):
		return "–"
	case f < 0.001:
		return "<.001"
	}
	return strings.TrimPrefix(strconv.FormatFloat(f, 'f', 3, 64), "0")
}

func pct(v analyze.Float) string {
	if math.IsNaN(float64(v)) {
		return "–"
	}
	return strconv.FormatFloat(100*float64(v), 'f', 0, 64) + "%"
}

func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// section is one part of the report, rendered as text or Markdown.
type section struct {
	title string
	intro string
	paras []string // free text lines
	table *table
	after []string
}

// buildSections turns the statistics into the report's sections, shared
// by the text and Markdown renderers. mark highlights the evidence in a
// sentence.
func buildSections(run *Run, c *analyze.Corpus, st *analyze.Stats, mark func(s string) string) []section {
	lex := run.Analyzer.Lexicon()
	var out []section

	// The corpus at a glance.
	g := section{title: "The corpus at a glance"}
	g.paras = append(g.paras, fmt.Sprintf("%d documents (%d with words), %s words.", st.Documents, st.Analyzed, thousands(st.Words)))
	if st.Dates[0] != "" {
		g.paras = append(g.paras, fmt.Sprintf("Dated from %s to %s.", st.Dates[0], st.Dates[1]))
	}
	if len(st.Excluded) > 0 {
		var parts []string
		for _, r := range sortedKeys(st.Excluded) {
			parts = append(parts, fmt.Sprintf("%s %d", r, st.Excluded[r]))
		}
		g.paras = append(g.paras, "Set aside as not the author's prose (spans): "+strings.Join(parts, ", ")+".")
	}
	g.paras = append(g.paras, fmt.Sprintf("Lexicon: %s %s (%s), %d themes, %s entries.", lex.Name, lex.Version, lex.Hash, len(lex.Themes), thousands(lex.Entries())))
	out = append(out, g)

	// Themes.
	th := section{title: "Themes per 1,000 words", intro: "Affirmed mentions per 1,000 words across documents; negated mentions (\"not lonely\") are counted apart."}
	tb := &table{head: []string{"theme", "mean", "95% CI", "median", "sd", "dominates", "mentions", "negated"},
		right: []bool{false, true, true, true, true, true, true, true}}
	for _, ns := range st.Summary {
		s := ns.Value
		tb.add(ns.Name, num(s.Mean, 2), "["+num(s.CI95[0], 2)+", "+num(s.CI95[1], 2)+"]", num(s.Median, 2), num(s.SD, 2),
			pct(s.Dominant), strconv.Itoa(s.Count), strconv.Itoa(s.Negated))
	}
	th.table = tb
	none, named, setAside := 0, 0, 0
	for _, d := range c.Docs {
		if d.Words > 0 && d.Dominant == "" {
			none++
		}
		switch {
		case d.DominantBy == analyze.ByContext && d.Dominant != "":
			named++
		case d.DominantBy == analyze.ByContext:
			setAside++
		}
	}
	if st.Analyzed > 0 {
		th.after = append(th.after, fmt.Sprintf("%d of %d documents carry no theme at all.", none, st.Analyzed))
	}
	if named > 0 {
		th.after = append(th.after, fmt.Sprintf("%d of %d documents have their theme from the context model: the lexicon found no evidence in them.", named, st.Analyzed))
	}
	if setAside > 0 {
		th.after = append(th.after, fmt.Sprintf("In %d of %d documents the context model set weak lexicon evidence aside, reading them as about none of the themes.", setAside, st.Analyzed))
	}
	out = append(out, th)

	// Top documents per theme, with their strongest evidence.
	for ti, t := range lex.Themes {
		docs := topDocs(c, ti, 3)
		if len(docs) == 0 {
			continue
		}
		s := section{title: "Where " + t.Name + " is strongest"}
		if t.About != "" {
			s.intro = t.About
		}
		for i, d := range docs {
			sc := d.Themes[ti]
			s.paras = append(s.paras, fmt.Sprintf("%d. %s%s — score %s per 1,000 words (%s)", i+1, d.ID, titleOf(d),
				num(analyze.Float(sc.Score), 1), plural(sc.Count, "mention")))
			for _, e := range d.Top[ti] {
				loc := d.Source
				if e.Line > 0 {
					loc += ":" + strconv.Itoa(e.Line)
				}
				s.paras = append(s.paras, "   “"+mark(excerpt(e))+"”", fmt.Sprintf("      %s · %s · %s", loc, e.Facet, e.Term))
			}
		}
		out = append(out, s)
	}

	// Correlations.
	if cr := st.Correl; cr != nil && st.Analyzed >= 3 {
		s := section{title: "How the themes travel together", intro: "Spearman's rho between documents' rates; * p < .05."}
		tb := &table{head: append([]string{""}, cr.Themes...), right: make([]bool, len(cr.Themes)+1)}
		for i := range cr.Themes {
			tb.right[i+1] = true
		}
		for i, a := range cr.Themes {
			row := []string{a}
			for j := range cr.Themes {
				cell := num(cr.R[i][j], 2)
				if i != j && float64(cr.P[i][j]) < 0.05 {
					cell += "*"
				}
				if i == j {
					cell = "·"
				}
				row = append(row, cell)
			}
			tb.add(row...)
		}
		s.table = tb
		out = append(out, s)
	}

	// Group comparisons.
	if run.GroupBy != "" {
		s := section{title: "Groups compared by " + run.GroupBy,
			intro: "Per pair of groups (each with 2+ documents): means per 1,000 words, Welch's t, Mann–Whitney p, Cohen's d, Cliff's delta, and p adjusted (Benjamini–Hochberg) over all rows."}
		if len(st.Compare) == 0 {
			s.paras = append(s.paras, "No two groups have two or more documents each.")
		} else {
			rows := append([]analyze.Comparison(nil), st.Compare...)
			sort.SliceStable(rows, func(i, j int) bool { return float64(rows[i].PAdjusted) < float64(rows[j].PAdjusted) })
			tb := &table{head: []string{"theme", "group a", "group b", "n", "mean a", "mean b", "t", "p MW", "d", "delta", "p adj"},
				right: []bool{false, false, false, true, true, true, true, true, true, true, true}}
			for i, r := range rows {
				if i == 12 {
					break
				}
				tb.add(r.Theme, r.GroupA, r.GroupB, fmt.Sprintf("%d/%d", r.NA, r.NB), num(r.MeanA, 2), num(r.MeanB, 2),
					num(r.WelchT, 2), pval(r.MannWhitneyP), num(r.CohensD, 2), num(r.CliffsDelta, 2), pval(r.PAdjusted))
			}
			s.table = tb
			if len(rows) > 12 {
				s.after = append(s.after, fmt.Sprintf("%d more rows in -format json.", len(rows)-12))
			}
		}
		if len(st.Kruskal) > 0 {
			var parts []string
			for _, k := range st.Kruskal {
				parts = append(parts, fmt.Sprintf("%s H=%s p=%s", k.Name, num(k.Value.H, 2), pval(k.Value.P)))
			}
			s.after = append(s.after, "Kruskal–Wallis across all groups: "+strings.Join(parts, "; ")+".")
		}
		out = append(out, s)
	}

	// Trends.
	if len(st.Trends) > 0 {
		s := section{title: "Trends over time", intro: "Least-squares slope of per-1,000-word rates per year, with the Theil–Sen slope and Kendall's tau as a check."}
		tb := &table{head: []string{"theme", "n", "slope/yr", "p", "r²", "Theil–Sen", "tau", "by year"},
			right: []bool{false, true, true, true, true, true, true, false}}
		for _, t := range st.Trends {
			var yrs []string
			for _, y := range t.Years {
				yrs = append(yrs, fmt.Sprintf("%d:%s", y.Year%100, num(y.Mean, 1)))
			}
			tb.add(t.Theme, strconv.Itoa(t.N), num(t.Slope, 2), pval(t.P), num(t.R2, 2), num(t.TheilSen, 2), num(t.KendallTau, 2), strings.Join(yrs, " "))
		}
		s.table = tb
		out = append(out, s)
	}

	// Keyness.
	if len(st.Keyness) > 0 {
		field := st.Keyness[0].Field
		s := section{title: "Key terms by " + field, intro: "Lexicon terms over-represented in a group against the rest of the corpus (G² log-likelihood, log ratio), p < .05; at most 3 per theme and group."}
		tb := &table{head: []string{field, "theme", "term", "freq", "rest", "G²", "log ratio"},
			right: []bool{false, false, false, true, true, true, true}}
		per := map[string]int{}
		for _, k := range st.Keyness {
			if float64(k.P) >= 0.05 {
				continue
			}
			key := k.Group + "\x00" + k.Theme
			if per[key] == 3 {
				continue
			}
			per[key]++
			tb.add(k.Group, k.Theme, k.Term, strconv.Itoa(k.FreqGroup), strconv.Itoa(k.FreqRest), num(k.G2, 1), num(k.LogRatio, 2))
		}
		if len(tb.rows) == 0 {
			s.paras = append(s.paras, "No term is significantly over-represented in any group.")
		} else {
			s.table = tb
		}
		out = append(out, s)
	}

	if len(run.Skipped) > 0 {
		s := section{title: "Warnings"}
		for i, w := range run.Skipped {
			if i == 20 {
				s.paras = append(s.paras, fmt.Sprintf("… and %d more.", len(run.Skipped)-20))
				break
			}
			s.paras = append(s.paras, w)
		}
		out = append(out, s)
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func titleOf(d *analyze.DocSummary) string {
	if t, ok := d.Meta["title"].(string); ok && t != "" {
		return ": “" + t + "”"
	}
	return ""
}

// topDocs returns up to n documents with the highest score for theme ti.
func topDocs(c *analyze.Corpus, ti, n int) []*analyze.DocSummary {
	var docs []*analyze.DocSummary
	for i := range c.Docs {
		if d := &c.Docs[i]; d.Words > 0 && d.Themes[ti].Count > 0 {
			docs = append(docs, d)
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Themes[ti].Score > docs[j].Themes[ti].Score })
	if len(docs) > n {
		docs = docs[:n]
	}
	return docs
}

// excerpt returns the evidence's sentence, cut around the evidence to at
// most about 90 characters, with the evidence between \x01 and \x02.
func excerpt(e analyze.EvidenceLine) string {
	s := e.SentenceText
	if s == "" {
		return "\x01" + e.Text + "\x02"
	}
	a, b := e.Offset, e.Offset+len(e.Text)
	if a < 0 || b > len(s) {
		return "\x01" + e.Text + "\x02"
	}
	before, match, after := s[:a], s[a:b], s[b:]
	before = strings.Join(strings.Fields(before), " ")
	after = strings.Join(strings.Fields(after), " ")
	if n := utf8.RuneCountInString(before); n > 40 {
		r := string([]rune(before)[n-40:])
		if sp := strings.IndexByte(r, ' '); sp >= 0 && sp < len(r)-1 {
			r = r[sp+1:] // start at a word
		}
		before = "…" + r
	}
	if n := utf8.RuneCountInString(after); n > 40 {
		r := string([]rune(after)[:40])
		if sp := strings.LastIndexByte(r, ' '); sp > 0 {
			r = r[:sp] // end at a word
		}
		after = r + "…"
	}
	if before != "" && !strings.HasSuffix(before, " ") && strings.HasSuffix(s[:a], " ") {
		before += " "
	}
	if after != "" && strings.HasPrefix(s[b:], " ") {
		after = " " + after
	}
	return before + "\x01" + strings.Join(strings.Fields(match), " ") + "\x02" + after
}

// textRenderer writes the terminal report, fitting 100 columns.
type textRenderer struct{ run *Run }

func (r *textRenderer) Begin(run *Run) error             { r.run = run; return nil }
func (r *textRenderer) Document(*analyze.Document) error { return nil }
func (r *textRenderer) End(c *analyze.Corpus, st *analyze.Stats) error {
	w := r.run.W
	w.WriteString(r.run.Title + "\n" + strings.Repeat("=", utf8.RuneCountInString(r.run.Title)) + "\n")
	mark := func(s string) string {
		return strings.NewReplacer("\x01", "«", "\x02", "»").Replace(s)
	}
	for _, s := range buildSections(r.run, c, st, mark) {
		w.WriteString("\n" + s.title + "\n" + strings.Repeat("-", utf8.RuneCountInString(s.title)) + "\n")
		if s.intro != "" {
			w.WriteString(wrap(s.intro, 100, "") + "\n")
		}
		for _, p := range s.paras {
			w.WriteString(wrap(p, 100, "      ") + "\n")
		}
		if s.table != nil {
			w.WriteString(s.table.text("  ", 100))
		}
		for _, p := range s.after {
			w.WriteString(wrap(p, 100, "") + "\n")
		}
	}
	return nil
}

// wrap folds s at spaces to width columns, indenting continuation lines.
func wrap(s string, width int, indent string) string {
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	lead := len(s) - len(strings.TrimLeft(s, " "))
	words := strings.Fields(s)
	var b strings.Builder
	line := strings.Repeat(" ", lead)
	n := lead
	for _, wd := range words {
		wl := utf8.RuneCountInString(wd)
		if n > len(indent) && n+1+wl > width && strings.TrimSpace(line) != "" {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line, n = indent, len(indent)
		}
		if strings.TrimSpace(line) != "" {
			line += " "
			n++
		}
		line += wd
		n += wl
	}
	b.WriteString(line)
	return b.String()
}

// markdownRenderer writes the report as Markdown, linking the charts.
type markdownRenderer struct{ run *Run }

func (r *markdownRenderer) Begin(run *Run) error             { r.run = run; return nil }
func (r *markdownRenderer) Document(*analyze.Document) error { return nil }
func (r *markdownRenderer) End(c *analyze.Corpus, st *analyze.Stats) error {
	w := r.run.W
	w.WriteString("# " + r.run.Title + "\n")
	mark := func(s string) string {
		s = strings.NewReplacer("*", `\*`, "_", `\_`, "`", "\\`").Replace(s)
		return strings.NewReplacer("\x01", "**", "\x02", "**").Replace(s)
	}
	for _, s := range buildSections(r.run, c, st, mark) {
		w.WriteString("\n## " + s.title + "\n\n")
		if s.intro != "" {
			w.WriteString(s.intro + "\n\n")
		}
		for i, p := range s.paras {
			if strings.HasPrefix(p, "   ") {
				w.WriteString("   - " + strings.TrimSpace(p) + "\n")
				continue
			}
			if i > 0 {
				w.WriteString("\n")
			}
			w.WriteString(p + "\n")
		}
		if len(s.paras) > 0 {
			w.WriteString("\n")
		}
		if s.table != nil {
			w.WriteString(s.table.markdown() + "\n")
		}
		for _, p := range s.after {
			w.WriteString(p + "\n\n")
		}
	}
	if len(r.run.Plots) > 0 {
		w.WriteString("\n## Charts\n\n")
		for _, p := range r.run.Plots {
			link := p.File
			if rel, err := filepath.Rel(cmp.Or(r.run.LinkDir, "."), p.File); err == nil {
				link = filepath.ToSlash(rel)
			}
			w.WriteString(fmt.Sprintf("![%s](%s)\n\n", p.Title, link))
		}
	}
	return nil
}
