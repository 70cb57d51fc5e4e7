package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/essaylab/themes/analyze"
)

// Plot is a chart written by WritePlots.
type Plot struct {
	// Name is the chart's name, the base of its files ("theme-means").
	Name string
	// Title describes the chart (the Markdown report's alt text).
	Title string
	// File is the PNG written: the directory given to WritePlots joined
	// with Name+".png". An SVG with the same base sits next to it.
	File string
}

// Chart sizes: every chart is ChartWidth × ChartHeight points; its PNG is
// drawn at ChartDPI, so it is ChartWidth×2 by ChartHeight×2 pixels.
const (
	ChartWidth  = 600 // points
	ChartHeight = 375 // points
	ChartDPI    = 144 // PNG resolution: 1200×750 pixels
)

// okabeIto is the Okabe–Ito palette, safe for the common kinds of colour
// blindness, in the order the themes take it: bluish green, vermillion,
// reddish purple, blue, then orange, sky blue, yellow and black.
var okabeIto = []color.RGBA{
	{0x00, 0x9E, 0x73, 0xFF},
	{0xD5, 0x5E, 0x00, 0xFF},
	{0xCC, 0x79, 0xA7, 0xFF},
	{0x00, 0x72, 0xB2, 0xFF},
	{0xE6, 0x9F, 0x00, 0xFF},
	{0x56, 0xB4, 0xE9, 0xFF},
	{0xF0, 0xE4, 0x42, 0xFF},
	{0x00, 0x00, 0x00, 0xFF},
}

// ThemeColor returns the colour of the theme at index i of the lexicon,
// shared by the charts and the HTML report: the Okabe–Ito palette, in
// turn, so the default themes reciprocity, rejection, anomie and isolation
// are bluish green, vermillion, reddish purple and blue.
func ThemeColor(i int) color.RGBA {
	if i < 0 {
		i = -i
	}
	return okabeIto[i%len(okabeIto)]
}

// ChartSVG is a chart drawn as SVG, for inlining.
type ChartSVG struct {
	Name, Title string
	SVG         []byte
}

// chart is one chart to draw: a header (title, note, legend) above a
// body that draws the plot itself.
type chart struct {
	name, title string
	note        string
	legend      []legendItem
	body        func(c draw.Canvas)
}

type legendItem struct {
	label string
	color color.Color
	glyph draw.GlyphDrawer // nil: a filled square
	line  bool             // a line through the glyph
	dash  bool             // the line dashed
}

// WritePlots draws the charts of the corpus statistics into dir (created
// if missing) as NAME.png and NAME.svg:
//
//   - theme-means: mean per 1,000 words per theme with 95% CI, per group
//     when the corpus is grouped;
//   - theme-trends: per-year means per theme, with the least-squares line;
//   - correlations: the Spearman matrix as a heat map;
//   - arc: the mean arc per theme across documents.
//
// Charts without data (no trends, fewer than three documents for
// correlations, …) are skipped; the Plots written are returned in that
// order. The directory receives nothing but the chart files.
func WritePlots(dir string, c *analyze.Corpus, st *analyze.Stats) ([]Plot, error) {
	charts := buildCharts(c, st)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var out []Plot
	for _, ch := range charts {
		png, err := ch.render("png")
		if err != nil {
			return out, fmt.Errorf("chart %s: %w", ch.name, err)
		}
		svg, err := ch.render("svg")
		if err != nil {
			return out, fmt.Errorf("chart %s: %w", ch.name, err)
		}
		file := filepath.Join(dir, ch.name+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			return out, err
		}
		if err := os.WriteFile(filepath.Join(dir, ch.name+".svg"), svg, 0o644); err != nil {
			return out, err
		}
		out = append(out, Plot{Name: ch.name, Title: ch.title, File: file})
	}
	return out, nil
}

// SVGs draws the charts WritePlots writes, as SVG in memory, in the same
// order and skipping the same charts.
func SVGs(c *analyze.Corpus, st *analyze.Stats) ([]ChartSVG, error) {
	var out []ChartSVG
	for _, ch := range buildCharts(c, st) {
		b, err := ch.render("svg")
		if err != nil {
			return out, fmt.Errorf("chart %s: %w", ch.name, err)
		}
		out = append(out, ChartSVG{Name: ch.name, Title: ch.title, SVG: b})
	}
	return out, nil
}

func buildCharts(c *analyze.Corpus, st *analyze.Stats) []chart {
	var out []chart
	for _, f := range []func(*analyze.Corpus, *analyze.Stats) *chart{meansChart, trendsChart, correlChart, arcChart} {
		if ch := f(c, st); ch != nil {
			out = append(out, *ch)
		}
	}
	return out
}

// render draws the chart as "png" or "svg".
func (ch *chart) render(format string) (b []byte, err error) {
	defer func() {
		// gonum/plot panics on some degenerate input; make it an error.
		if r := recover(); r != nil {
			err = fmt.Errorf("drawing: %v", r)
		}
	}()
	w, h := vg.Length(ChartWidth), vg.Length(ChartHeight)
	var buf bytes.Buffer
	switch format {
	case "png":
		cv := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(ChartDPI), vgimg.UseBackgroundColor(color.White))
		ch.draw(draw.New(cv))
		if _, err := (vgimg.PngCanvas{Canvas: cv}).WriteTo(&buf); err != nil {
			return nil, err
		}
	case "svg":
		cv := vgsvg.New(w, h)
		ch.draw(draw.New(cv))
		if _, err := cv.WriteTo(&buf); err != nil {
			return nil, err
		}
		return fixSVG(buf.Bytes()), nil
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	return buf.Bytes(), nil
}

// fixSVG gives the SVG's font a fallback: Liberation Sans, in which the
// text was measured, has the metrics of Arial and Helvetica.
func fixSVG(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte("font-family:Liberation Sans;"),
		[]byte("font-family:'Liberation Sans',Arial,Helvetica,sans-serif;"))
}

// Type.

var (
	ink      = color.RGBA{0x22, 0x22, 0x22, 0xFF}
	softInk  = color.RGBA{0x55, 0x55, 0x55, 0xFF}
	gridGrey = color.RGBA{0xE4, 0xE4, 0xE4, 0xFF}
	cellGrey = color.RGBA{0xEE, 0xEE, 0xEE, 0xFF}
)

func sans(size vg.Length, bold bool) font.Font {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return f
}

func textStyle(size vg.Length, bold bool, col color.Color) text.Style {
	return text.Style{Color: col, Font: sans(size, bold), Handler: plot.DefaultTextHandler}
}

// newPlot returns a plot with the report's type: sans-serif, 11 pt ticks,
// 12 pt axis labels, no title (the chart header holds it).
func newPlot(xlabel, ylabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = nil
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(12, false)
		ax.Label.TextStyle.Color = ink
		ax.Tick.Label.Font = sans(11, false)
		ax.Tick.Label.Color = ink
		ax.Color = softInk
		ax.Tick.Color = softInk
	}
	p.X.Label.Text = xlabel
	p.Y.Label.Text = ylabel
	p.Y.Tick.Marker = niceTicks{}
	p.X.Label.Padding = 4
	p.Y.Label.Padding = 6
	return p
}

// niceTicks labels an axis at about five round values (steps of 1, 2,
// 2.5 or 5 times a power of ten) with no more decimals than needed.
type niceTicks struct{}

func (niceTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', 3, 64)}}
	}
	raw := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := 10 * mag
	for _, m := range []float64{1, 2, 2.5, 5} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	d := 0
	for d < 8 && math.Abs(step*math.Pow(10, float64(d))-math.Round(step*math.Pow(10, float64(d)))) > 1e-9 {
		d++
	}
	var ticks []plot.Tick
	for k := math.Ceil(lo/step - 1e-9); k*step <= hi+step*1e-9; k++ {
		v := k * step
		if v == 0 {
			v = 0 // not -0
		}
		label := strconv.FormatFloat(v, 'f', d, 64)
		if v < 0 {
			label = "−" + label[1:]
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}

// niceMax returns hi rounded up to the next tick of niceTicks on [0, hi].
func niceMax(hi float64) float64 {
	if !(hi > 0) {
		return 1
	}
	ts := niceTicks{}.Ticks(0, hi)
	if len(ts) < 2 {
		return hi
	}
	step := ts[1].Value - ts[0].Value
	return math.Ceil(hi/step-1e-9) * step
}

// hGrid returns horizontal grid lines, to add before the data.
func hGrid() *plotter.Grid {
	g := plotter.NewGrid()
	g.Vertical.Color = nil
	g.Horizontal.Color = gridGrey
	g.Horizontal.Width = 0.75
	return g
}

// draw draws the header (title, note, legend rows) and the body below.
func (ch *chart) draw(c draw.Canvas) {
	c.SetColor(color.White)
	c.Fill(c.Rectangle.Path())
	c = draw.Crop(c, 10, -14, 8, -10)

	title := textStyle(15, true, ink)
	title.XAlign, title.YAlign = draw.XLeft, draw.YTop
	c.FillText(title, vg.Point{X: c.Min.X, Y: c.Max.Y}, ch.title)
	top := c.Max.Y - title.Height(ch.title) - 3
	if ch.note != "" {
		note := textStyle(11, false, softInk)
		note.XAlign, note.YAlign = draw.XLeft, draw.YTop
		s := fold(note, ch.note, c.Max.X-c.Min.X)
		c.FillText(note, vg.Point{X: c.Min.X, Y: top}, s)
		top -= note.Height(s)
	}
	if len(ch.legend) > 0 {
		top -= 6
		top = drawLegend(c, top, ch.legend)
	}
	top -= 8
	ch.body(draw.Crop(c, 0, 0, 0, top-c.Max.Y))
}

// fold breaks s at spaces into lines no wider than width.
func fold(sty text.Style, s string, width vg.Length) string {
	var lines []string
	line := ""
	for _, w := range strings.Split(s, " ") {
		if line != "" && sty.Width(line+" "+w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return strings.Join(append(lines, line), "\n")
}

// drawLegend draws the items in centred rows from y top down and returns
// the y below them.
func drawLegend(c draw.Canvas, top vg.Length, items []legendItem) vg.Length {
	sty := textStyle(11, false, ink)
	sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	const sw, gap, sep = 18, 5, 18 // swatch width, swatch–label gap, item gap
	rowH := sty.Height("Xg") + 4
	width := func(it legendItem) vg.Length { return sw + gap + sty.Width(it.label) }
	var rows [][]legendItem
	var row []legendItem
	var rw vg.Length
	maxW := c.Max.X - c.Min.X
	for _, it := range items {
		w := width(it)
		if len(row) > 0 && rw+sep+w > maxW {
			rows = append(rows, row)
			row, rw = nil, 0
		}
		if len(row) > 0 {
			rw += sep
		}
		row = append(row, it)
		rw += w
	}
	rows = append(rows, row)
	for _, row := range rows {
		var total vg.Length
		for i, it := range row {
			if i > 0 {
				total += sep
			}
			total += width(it)
		}
		x := c.Min.X + (maxW-total)/2
		y := top - rowH/2
		for _, it := range row {
			if it.line {
				ls := draw.LineStyle{Color: it.color, Width: 2}
				if it.dash {
					ls.Width, ls.Dashes = 1.2, []vg.Length{4, 2}
				}
				c.StrokeLine2(ls, x, y, x+sw, y)
			}
			if it.glyph != nil {
				c.DrawGlyphNoClip(draw.GlyphStyle{Color: it.color, Radius: 4, Shape: it.glyph}, vg.Point{X: x + sw/2, Y: y})
			} else if !it.line {
				c.FillPolygon(it.color, rect(x+3, y-6, x+sw-3, y+6))
			}
			c.FillText(sty, vg.Point{X: x + sw + gap, Y: y}, it.label)
			x += width(it) + sep
		}
		top -= rowH
	}
	return top
}

func rect(x0, y0, x1, y1 vg.Length) []vg.Point {
	return []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
}

// themeGlyph returns a glyph shape per theme, so the lines of line charts
// differ in shape as well as colour.
func themeGlyph(i int) draw.GlyphDrawer {
	switch i % 5 {
	case 0:
		return draw.CircleGlyph{}
	case 1:
		return draw.BoxGlyph{}
	case 2:
		return draw.PyramidGlyph{}
	case 3:
		return diamondGlyph{}
	}
	return draw.RingGlyph{}
}

// diamondGlyph is a filled diamond.
type diamondGlyph struct{}

func (diamondGlyph) DrawGlyph(c *draw.Canvas, sty draw.GlyphStyle, pt vg.Point) {
	r := sty.Radius * 1.3
	c.FillPolygon(sty.Color, []vg.Point{{X: pt.X, Y: pt.Y + r}, {X: pt.X + r, Y: pt.Y}, {X: pt.X, Y: pt.Y - r}, {X: pt.X - r, Y: pt.Y}})
}

func themeNames(st *analyze.Stats) []string {
	names := make([]string, len(st.Summary))
	for i, s := range st.Summary {
		names[i] = s.Name
	}
	return names
}

func finite(v analyze.Float) bool {
	f := float64(v)
	return !math.IsNaN(f) && !math.IsInf(f, 0)
}

func docWord(n int) string {
	if n == 1 {
		return "1 document"
	}
	return thousands(n) + " documents"
}

// Theme means.

// bar is one bar with its confidence interval (NaN: none).
type bar struct {
	x, w    float64 // centre and width in data units
	y       float64
	lo, hi  float64
	col     color.Color
	label   string // drawn above the bar, if set
	labelSz vg.Length
}

type bars []bar

func (bs bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	err := draw.LineStyle{Color: ink, Width: 1.2}
	for _, b := range bs {
		if math.IsNaN(b.y) {
			continue
		}
		x0, x1 := trX(b.x-b.w/2), trX(b.x+b.w/2)
		c.FillPolygon(b.col, rect(x0, trY(0), x1, trY(b.y)))
		top := trY(b.y)
		if !math.IsNaN(b.lo) && !math.IsNaN(b.hi) {
			lo, hi := trY(math.Max(b.lo, 0)), trY(b.hi)
			xm := trX(b.x)
			capW := (x1 - x0) * 0.22
			c.StrokeLine2(err, xm, lo, xm, hi)
			c.StrokeLine2(err, xm-capW, hi, xm+capW, hi)
			if b.lo > 0 {
				c.StrokeLine2(err, xm-capW, lo, xm+capW, lo)
			}
			top = max(top, hi)
		}
		if b.label != "" {
			sty := textStyle(b.labelSz, false, ink)
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
			c.FillText(sty, vg.Point{X: trX(b.x), Y: top + 3}, b.label)
		}
	}
}

func (bs bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	for _, b := range bs {
		xmin = math.Min(xmin, b.x-b.w/2)
		xmax = math.Max(xmax, b.x+b.w/2)
		for _, v := range []float64{b.y, b.hi} {
			if !math.IsNaN(v) {
				ymax = math.Max(ymax, v)
			}
		}
	}
	return xmin, xmax, 0, ymax
}

// maxGroups is how many groups the means chart shows at most: those with
// the most documents.
const maxGroups = 8

func meansChart(c *analyze.Corpus, st *analyze.Stats) *chart {
	if st.Analyzed == 0 || len(st.Summary) == 0 {
		return nil
	}
	names := themeNames(st)
	ch := &chart{name: "theme-means", title: "Mentions per 1,000 words, by theme"}
	p := newPlot("", "mentions per 1,000 words")
	p.Add(hGrid())
	var bs bars
	var ticks plot.ConstantTicks
	span := func(v [2]analyze.Float) (float64, float64) {
		if finite(v[0]) && finite(v[1]) {
			return float64(v[0]), float64(v[1])
		}
		return math.NaN(), math.NaN()
	}
	if len(st.Groups) == 0 || len(st.Groups[0].Value) == 0 {
		ch.note = "Mean across " + docWord(st.Analyzed) + "; bars show the 95% confidence interval."
		for i, ns := range st.Summary {
			s := ns.Value
			lo, hi := span(s.CI95)
			label := ""
			if finite(s.Mean) {
				label = num(s.Mean, 2)
			}
			bs = append(bs, bar{x: float64(i), w: 0.6, y: float64(s.Mean), lo: lo, hi: hi, col: ThemeColor(i), label: label, labelSz: 11})
			ticks = append(ticks, plot.Tick{Value: float64(i), Label: names[i]})
		}
		p.X.Min, p.X.Max = -0.6, float64(len(names))-0.4
	} else {
		// Clusters: all documents, then each group; a bar per theme.
		groups := st.Groups[0].Value
		idx := make([]int, 0, len(groups))
		for gi := range groups {
			idx = append(idx, gi)
		}
		shown := len(idx)
		if len(idx) > maxGroups {
			// Keep the largest groups, in their order.
			big := append([]int(nil), idx...)
			for i := 1; i < len(big); i++ {
				for j := i; j > 0 && groups[big[j]].N > groups[big[j-1]].N; j-- {
					big[j], big[j-1] = big[j-1], big[j]
				}
			}
			keep := map[int]bool{}
			for _, gi := range big[:maxGroups] {
				keep[gi] = true
			}
			idx = idx[:0]
			for gi := range groups {
				if keep[gi] {
					idx = append(idx, gi)
				}
			}
			shown = maxGroups
		}
		field := ""
		if len(st.Compare) > 0 {
			field = st.Compare[0].Field
		}
		ch.title = "Mentions per 1,000 words, by theme and group"
		if field != "" {
			ch.title = "Mentions per 1,000 words, by theme and " + field
		}
		ch.note = "Means with 95% confidence intervals (none for a group of one)."
		if shown < len(groups) {
			ch.note = fmt.Sprintf("Means with 95%% confidence intervals; the %d largest of %d groups.", shown, len(groups))
		}
		nt := len(names)
		bw := 0.8 / float64(nt)
		cluster := func(x float64, label string, mean func(ti int) (float64, float64, float64)) {
			for ti := range names {
				y, lo, hi := mean(ti)
				bs = append(bs, bar{x: x - 0.4 + bw*(float64(ti)+0.5), w: bw * 0.9, y: y, lo: lo, hi: hi, col: ThemeColor(ti)})
			}
			ticks = append(ticks, plot.Tick{Value: x, Label: label})
		}
		cluster(0, "all\nn = "+strconv.Itoa(st.Analyzed), func(ti int) (float64, float64, float64) {
			s := st.Summary[ti].Value
			lo, hi := span(s.CI95)
			return float64(s.Mean), lo, hi
		})
		for k, gi := range idx {
			g := groups[gi]
			cluster(float64(k+1)+0.25, shorten(g.Group, 13)+"\nn = "+strconv.Itoa(g.N), func(ti int) (float64, float64, float64) {
				s := st.Groups[ti].Value[gi]
				lo, hi := span(s.CI95)
				return float64(s.Mean), lo, hi
			})
		}
		p.X.Min, p.X.Max = -0.55, float64(len(idx))+0.25+0.55
		if len(idx) > 6 {
			p.X.Tick.Label.Font.Size = 10
		}
		for ti, n := range names {
			ch.legend = append(ch.legend, legendItem{label: n, color: ThemeColor(ti)})
		}
	}
	p.Add(bs)
	p.X.Tick.Marker = ticks
	p.X.Tick.Length = 0
	p.X.Padding = 0
	p.Y.Padding = 0
	p.Y.Min = 0
	_, _, _, ymax := bs.DataRange()
	p.Y.Max = niceMax(ymax * 1.08)
	ch.body = func(c draw.Canvas) { p.Draw(c) }
	return ch
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return cut(s, n)
}

// Trends.

// series is a line with points in one colour and glyph.
type series struct {
	xy    plotter.XYs
	col   color.Color
	glyph draw.GlyphDrawer
	dash  bool // a dashed line, no points
}

type seriesSet []series

func (ss seriesSet) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, s := range ss {
		pts := make([]vg.Point, len(s.xy))
		for i, v := range s.xy {
			pts[i] = vg.Point{X: trX(v.X), Y: trY(v.Y)}
		}
		ls := draw.LineStyle{Color: s.col, Width: 2}
		if s.dash {
			ls.Width = 1.2
			ls.Dashes = []vg.Length{5, 3}
		}
		if len(pts) > 1 {
			c.StrokeLines(ls, c.ClipLinesXY(pts)...)
		}
		if s.dash {
			continue
		}
		for _, pt := range pts {
			// A white halo keeps crossing points apart.
			c.DrawGlyph(draw.GlyphStyle{Color: color.White, Radius: 5.5, Shape: s.glyph}, pt)
			c.DrawGlyph(draw.GlyphStyle{Color: s.col, Radius: 4, Shape: s.glyph}, pt)
		}
	}
}

func (ss seriesSet) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax, ymin, ymax = math.Inf(1), math.Inf(-1), 0, 0
	for _, s := range ss {
		for _, v := range s.xy {
			xmin, xmax = math.Min(xmin, v.X), math.Max(xmax, v.X)
			ymax = math.Max(ymax, v.Y)
		}
	}
	return
}

func (ss seriesSet) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var out []plot.GlyphBox
	for _, s := range ss {
		if s.dash {
			continue
		}
		for _, v := range s.xy {
			r := vg.Length(6)
			out = append(out, plot.GlyphBox{X: p.X.Norm(v.X), Y: p.Y.Norm(v.Y),
				Rectangle: vg.Rectangle{Min: vg.Point{X: -r, Y: -r}, Max: vg.Point{X: r, Y: r}}})
		}
	}
	return out
}

func trendsChart(c *analyze.Corpus, st *analyze.Stats) *chart {
	if len(st.Trends) == 0 {
		return nil
	}
	idx := map[string]int{}
	for i, n := range themeNames(st) {
		idx[n] = i
	}
	ch := &chart{name: "theme-trends", title: "Mentions per 1,000 words over time"}
	p := newPlot("year", "mentions per 1,000 words (mean)")
	p.Add(hGrid())
	var ss, fits seriesSet
	years := map[int]int{} // year → documents
	minY, maxY := math.MaxInt, math.MinInt
	for _, t := range st.Trends {
		ti := idx[t.Theme]
		s := series{col: ThemeColor(ti), glyph: themeGlyph(ti)}
		for _, y := range t.Years {
			if !finite(y.Mean) {
				continue
			}
			s.xy = append(s.xy, plotter.XY{X: float64(y.Year) + 0.5, Y: float64(y.Mean)})
			years[y.Year] = y.N
			minY, maxY = min(minY, y.Year), max(maxY, y.Year)
		}
		ss = append(ss, s)
		ch.legend = append(ch.legend, legendItem{label: t.Theme, color: s.col, glyph: s.glyph, line: true})
		if maxY > minY && finite(t.Slope) && finite(t.Intercept) {
			a, b := float64(minY)+0.5, float64(maxY)+0.5
			f := func(x float64) float64 { return float64(t.Intercept) + float64(t.Slope)*x }
			fits = append(fits, series{xy: plotter.XYs{{X: a, Y: f(a)}, {X: b, Y: f(b)}}, col: s.col, dash: true})
		}
	}
	if len(years) == 0 {
		return nil
	}
	ch.note = fmt.Sprintf("Mean of the documents of each year (%s dated).", docWord(st.Trends[0].N))
	if len(fits) > 0 {
		ch.note = fmt.Sprintf("Mean of the documents of each year (%s dated); dashed: least-squares trend.", docWord(st.Trends[0].N))
		ch.legend = append(ch.legend, legendItem{label: "trend", color: softInk, line: true, dash: true})
	}
	p.Add(fits, ss)
	var ticks plot.ConstantTicks
	step := max(1, (maxY-minY+1+9)/10)
	for y := minY; y <= maxY; y++ {
		if (y-minY)%step != 0 {
			continue
		}
		label := strconv.Itoa(y)
		if n, ok := years[y]; ok {
			label += "\nn = " + strconv.Itoa(n)
		}
		ticks = append(ticks, plot.Tick{Value: float64(y) + 0.5, Label: label})
	}
	p.X.Tick.Marker = ticks
	p.X.Min, p.X.Max = float64(minY)+0.2, float64(maxY)+0.8
	p.Y.Min = 0
	_, _, _, ymax := seriesSet(append(append(seriesSet(nil), ss...), fits...)).DataRange()
	p.Y.Max = niceMax(ymax * 1.04)
	ch.body = func(c draw.Canvas) { p.Draw(c) }
	return ch
}

// Correlations.

// cells draws the correlation matrix: row i at the top going down.
type cells struct {
	r, p [][]analyze.Float
	cmap interface {
		At(float64) (color.Color, error)
	}
}

func (m cells) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(m.r)
	for i := range n {
		for j := range n {
			x0, x1 := trX(float64(j)-0.5), trX(float64(j)+0.5)
			y0, y1 := trY(float64(n-1-i)-0.5), trY(float64(n-1-i)+0.5)
			v := float64(m.r[i][j])
			fill := color.Color(cellGrey)
			label, light := "", false
			switch {
			case i == j:
				label = "·"
			case math.IsNaN(v):
				label = "n/a"
			default:
				if col, err := m.cmap.At(math.Max(-1, math.Min(1, v))); err == nil {
					fill = col
				}
				label = signed(v)
				if float64(m.p[i][j]) < 0.05 {
					label += "*"
				}
				light = math.Abs(v) >= 0.6
			}
			c.FillPolygon(fill, rect(x0+1, y0+1, x1-1, y1-1))
			sty := textStyle(13, false, ink)
			if light {
				sty.Color = color.White
			}
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			c.FillText(sty, vg.Point{X: (x0 + x1) / 2, Y: (y0 + y1) / 2}, label)
		}
	}
}

func (m cells) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := float64(len(m.r))
	return -0.5, n - 0.5, -0.5, n - 0.5
}

// signed formats r with two decimals and its sign, "−0.42", "+0.13".
func signed(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', 2, 64)
	switch {
	case s == "0.00":
		return s
	case v < 0:
		return "−" + s
	}
	return "+" + s
}

// colorBar draws the palette from -1 to 1, vertically.
type colorBar struct {
	cmap interface {
		At(float64) (color.Color, error)
	}
}

func (cb colorBar) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	const steps = 80
	for k := range steps {
		a := -1 + 2*float64(k)/steps
		b := a + 2.0/steps
		col, err := cb.cmap.At((a + b) / 2)
		if err != nil {
			continue
		}
		// Overlap by a hair so no seams show.
		c.FillPolygon(col, rect(trX(0), trY(a), trX(1), trY(b)+0.3))
	}
}

func (colorBar) DataRange() (xmin, xmax, ymin, ymax float64) { return 0, 1, -1, 1 }

func correlChart(c *analyze.Corpus, st *analyze.Stats) *chart {
	cr := st.Correl
	if cr == nil || st.Analyzed < 3 || len(cr.Themes) < 2 {
		return nil
	}
	cmap := moreland.SmoothBlueRed()
	cmap.SetMin(-1)
	cmap.SetMax(1)
	n := len(cr.Themes)
	ch := &chart{name: "correlations", title: "How the themes travel together",
		note: fmt.Sprintf("Spearman's rho between the documents' rates (n = %d). Red: they rise together; blue: one falls as the other rises. *\u00a0p\u00a0<\u00a0.05.", st.Analyzed)}

	hm := newPlot("", "")
	hm.Add(cells{r: cr.R, p: cr.P, cmap: cmap})
	var xt, yt plot.ConstantTicks
	for i, t := range cr.Themes {
		xt = append(xt, plot.Tick{Value: float64(i), Label: t})
		yt = append(yt, plot.Tick{Value: float64(n - 1 - i), Label: t})
	}
	hm.X.Tick.Marker, hm.Y.Tick.Marker = xt, yt
	hm.X.Min, hm.X.Max, hm.Y.Min, hm.Y.Max = -0.5, float64(n)-0.5, -0.5, float64(n)-0.5
	for _, ax := range []*plot.Axis{&hm.X, &hm.Y} {
		ax.Tick.Length = 0
		ax.Padding = 2
		ax.Width = 0
		ax.Tick.Label.Font.Size = 12
	}

	bar := newPlot("", "Spearman's rho")
	bar.Add(colorBar{cmap: cmap})
	bar.HideX()
	bar.Y.Min, bar.Y.Max = -1, 1
	bar.Y.Padding = 0
	bar.Y.Tick.Marker = plot.ConstantTicks{{Value: -1, Label: "−1"}, {Value: -0.5, Label: "−0.5"}, {Value: 0, Label: "0"}, {Value: 0.5, Label: "+0.5"}, {Value: 1, Label: "+1"}}

	ch.body = func(c draw.Canvas) {
		h := c.Max.Y - c.Min.Y
		// A square matrix: its height less the x tick labels, plus the
		// width of the y tick labels.
		yw := vg.Length(0)
		for _, t := range cr.Themes {
			yw = max(yw, hm.Y.Tick.Label.Width(t))
		}
		xh := hm.X.Tick.Label.Height("Xg") + 4
		side := h - xh
		const barW, gap, barAxis = 16, 36, 58
		total := yw + 4 + side + gap + barAxis + barW
		left := c.Min.X + (c.Max.X-c.Min.X-total)/2
		hmC := draw.Crop(c, left-c.Min.X, -(c.Max.X - (left + yw + 4 + side)), 0, 0)
		hm.Draw(hmC)
		bx := left + yw + 4 + side + gap
		barC := draw.Crop(c, bx-c.Min.X, -(c.Max.X - (bx + barAxis + barW)), xh, 0)
		bar.Draw(barC)
	}
	return ch
}

// Arc.

func arcChart(c *analyze.Corpus, st *analyze.Stats) *chart {
	names := themeNames(st)
	nt := len(names)
	if nt == 0 {
		return nil
	}
	var sum [][]float64
	var cnt []int
	docs := 0
	for i := range c.Docs {
		d := &c.Docs[i]
		if d.Words == 0 || len(d.Arc) != nt {
			continue
		}
		docs++
		for ti, a := range d.Arc {
			for len(sum) < nt {
				sum = append(sum, nil)
			}
			for k, v := range a.Scores {
				for len(sum[ti]) <= k {
					sum[ti] = append(sum[ti], 0)
				}
				if ti == 0 {
					for len(cnt) <= k {
						cnt = append(cnt, 0)
					}
					cnt[k]++
				}
				sum[ti][k] += v
			}
		}
	}
	if docs == 0 || len(cnt) == 0 {
		return nil
	}
	segs := len(cnt)
	ch := &chart{name: "arc", title: "The arc: where in the documents the themes fall",
		note: fmt.Sprintf("Mean score (weighted mentions per 1,000 words) in each of %d equal parts of a document; %s.", segs, docWord(docs))}
	p := newPlot("part of the document (1 = opening, "+strconv.Itoa(segs)+" = close)", "score per 1,000 words (mean)")
	p.Add(hGrid())
	var ss seriesSet
	for ti := range nt {
		s := series{col: ThemeColor(ti), glyph: themeGlyph(ti)}
		for k := 0; k < segs && k < len(sum[ti]); k++ {
			if cnt[k] > 0 {
				s.xy = append(s.xy, plotter.XY{X: float64(k + 1), Y: sum[ti][k] / float64(cnt[k])})
			}
		}
		ss = append(ss, s)
		ch.legend = append(ch.legend, legendItem{label: names[ti], color: s.col, glyph: s.glyph, line: true})
	}
	p.Add(ss)
	var ticks plot.ConstantTicks
	step := max(1, (segs+11)/12)
	for k := 1; k <= segs; k++ {
		if (k-1)%step == 0 || k == segs {
			ticks = append(ticks, plot.Tick{Value: float64(k), Label: strconv.Itoa(k)})
		}
	}
	p.X.Tick.Marker = ticks
	p.X.Min, p.X.Max = 0.7, float64(segs)+0.3
	p.Y.Min = 0
	_, _, _, ymax := ss.DataRange()
	p.Y.Max = niceMax(ymax * 1.04)
	ch.body = func(c draw.Canvas) { p.Draw(c) }
	return ch
}
