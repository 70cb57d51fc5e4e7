package report

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/corpus"
	"github.com/essaylab/themes/lexicon"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report")

const (
	htmlCorpus = "../testdata/report/corpus"
	htmlGolden = "../testdata/report/report.golden.html"
)

// testAnalyzer scores with testdata/report/themes.lex, a frozen lexicon,
// so that editing the default themes does not change the golden files.
func testAnalyzer(t testing.TB) *analyze.Analyzer {
	t.Helper()
	l, err := lexicon.Load("../testdata/report/themes.lex")
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.New(analyze.WithLexicon(l))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// htmlPage writes the HTML report of the test corpus.
func htmlPage(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(context.Background(), &buf, []string{htmlCorpus}, Options{Format: "html", Analyzer: testAnalyzer(t)}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// htmlDocs analyzes the test corpus as Write does, keeping the texts.
func htmlDocs(t *testing.T) []*analyze.Document {
	t.Helper()
	a := testAnalyzer(t)
	r := corpus.NewReader([]string{htmlCorpus}, corpus.Options{})
	var docs []*analyze.Document
	for {
		in, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		skip := make([]analyze.Span, len(in.Skip))
		for i, s := range in.Skip {
			skip[i] = analyze.Span{Start: s.Start, End: s.End, Reason: s.Reason}
		}
		d, err := a.Analyze(context.Background(), analyze.Input{ID: in.ID, Source: in.Source, Meta: in.Meta, Text: in.Text, Skip: skip})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if len(docs) != 3 {
		t.Fatalf("test corpus: %d documents, want 3", len(docs))
	}
	return docs
}

func TestHTMLGolden(t *testing.T) {
	got := htmlPage(t)
	if *update {
		if err := os.WriteFile(htmlGolden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(htmlGolden)
	if err != nil {
		t.Fatalf("%v (run go test ./report -run HTML -update)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("HTML differs from %s at line %d:\n got: %.300s\nwant: %.300s\n(run go test ./report -run HTML -update if the change is meant)", htmlGolden, i+1, g, w)
			}
		}
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	for _, f := range strings.Fields(v) {
		if f == c {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

// shown is src[a:b] as the page shows it: without the excluded spans it
// leaves out (front matter, markup).
func shown(d *analyze.Document, a, b int) string {
	var s strings.Builder
	pos := a
	for _, x := range d.Excluded {
		if !hidden(x.Reason) || x.End <= a || x.Start >= b {
			continue
		}
		s.WriteString(d.Text.Src[pos:max(pos, x.Start)])
		pos = max(pos, min(x.End, b))
	}
	s.WriteString(d.Text.Src[pos:b])
	return s.String()
}

// checkMarks checks that every document's article holds one mark.ev per
// piece of evidence, whose text (with its continuation parts) is the
// evidence's text as shown, and returns the number of marks.
func checkMarks(t *testing.T, root *html.Node, docs []*analyze.Document) int {
	t.Helper()
	byID := map[string]*analyze.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	total, articles := 0, 0
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "article" || !hasClass(n, "doc") {
			return
		}
		articles++
		id, _ := attr(n, "data-id")
		d := byID[id]
		if d == nil {
			t.Errorf("article for unknown document %q", id)
			return
		}
		parts := map[int]string{}
		firsts := map[int]int{}
		walk(n, func(m *html.Node) {
			if m.Type != html.ElementNode || m.Data != "mark" {
				return
			}
			v, ok := attr(m, "data-ev")
			if !ok {
				return
			}
			i, err := strconv.Atoi(v)
			if err != nil || i < 0 || i >= len(d.Evidence) {
				t.Errorf("%s: bad data-ev %q", id, v)
				return
			}
			e := d.Evidence[i]
			parts[i] += textOf(m)
			if hasClass(m, "ev") {
				firsts[i]++
				total++
				if th, _ := attr(m, "data-theme"); th != e.Theme {
					t.Errorf("%s: evidence %d: data-theme %q, want %q", id, i, th, e.Theme)
				}
				if !hasClass(m, themeClass(e.Theme)) {
					t.Errorf("%s: evidence %d: no class %s", id, i, themeClass(e.Theme))
				}
				if tm, _ := attr(m, "data-term"); tm != e.Term {
					t.Errorf("%s: evidence %d: data-term %q, want %q", id, i, tm, e.Term)
				}
				title, _ := attr(m, "title")
				if e.Negated != hasClass(m, "negated") || e.Negated != strings.Contains(title, "negated") {
					t.Errorf("%s: evidence %d (negated %v): class %v, title %q", id, i, e.Negated, hasClass(m, "negated"), title)
				}
			} else if !hasClass(m, "ev-cont") {
				t.Errorf("%s: mark with data-ev but neither ev nor ev-cont", id)
			}
		})
		for i, e := range d.Evidence {
			if firsts[i] != 1 {
				t.Errorf("%s: evidence %d %q has %d mark.ev, want 1", id, i, e.Text, firsts[i])
			}
			if want := shown(d, e.Start, e.End); parts[i] != want {
				t.Errorf("%s: evidence %d: mark text %q, want %q", id, i, parts[i], want)
			}
		}
	})
	if articles != len(docs) {
		t.Errorf("%d articles, want %d", articles, len(docs))
	}
	return total
}

func TestHTMLStructure(t *testing.T) {
	page := htmlPage(t)
	docs := htmlDocs(t)
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>")) {
		t.Error("no doctype")
	}
	var title string
	svgs, styles := 0, 0
	walk(root, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		switch n.Data {
		case "title":
			title = textOf(n)
		case "script":
			t.Error("the page has a script")
		case "svg":
			svgs++
		case "style":
			styles++
			css := textOf(n)
			for rest := css; ; {
				i := strings.Index(rest, "url(")
				if i < 0 {
					break
				}
				if !strings.HasPrefix(strings.Trim(rest[i+4:], `"' `), "data:") {
					t.Errorf("external url( in the style sheet: %.60s", rest[i:])
				}
				rest = rest[i+4:]
			}
			if strings.Contains(css, "@import") {
				t.Error("@import in the style sheet")
			}
		case "link", "iframe", "img", "object", "embed", "video", "audio", "source":
			t.Errorf("the page has a <%s>", n.Data)
		}
		for _, a := range n.Attr {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			switch {
			case a.Key == "src" || a.Key == "href" || a.Key == "xlink:href" || a.Key == "srcset" || a.Key == "action":
				if !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, "data:") {
					t.Errorf("<%s %s=%q>: not within the page", n.Data, a.Key, a.Val)
				}
			case a.Key == "style" && strings.Contains(v, "url("):
				t.Errorf("<%s style=%q>: url(", n.Data, a.Val)
			}
		}
	})
	if title != "Themes in the corpus" {
		t.Errorf("title %q", title)
	}
	if svgs == 0 || styles != 1 {
		t.Errorf("%d inline SVG charts, %d style elements", svgs, styles)
	}
	total := 0
	for _, d := range docs {
		total += len(d.Evidence)
	}
	if got := checkMarks(t, root, docs); got != total {
		t.Errorf("%d mark.ev, want %d", got, total)
	}

	// The test corpus covers the hard cases.
	var negated, same, partial bool
	for _, d := range docs {
		for i, e := range d.Evidence {
			negated = negated || e.Negated
			for _, f := range d.Evidence[i+1:] {
				same = same || e.Start == f.Start && e.End == f.End
				partial = partial || e.Start < f.Start && f.Start < e.End && e.End < f.End
			}
		}
	}
	if !negated || !same || !partial {
		t.Errorf("test corpus lacks a case: negated %v, same span %v, partial overlap %v", negated, same, partial)
	}
	if !bytes.Contains(page, []byte(`class="ev-cont `)) {
		t.Error("no evidence split across an overlap (mark.ev-cont)")
	}
	if !bytes.Contains(page, []byte(`<div class="excluded" data-reason="chrome">`)) {
		t.Error("the excluded chrome is not shown")
	}
}

// chromium returns the browser's path or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	const path = "/usr/bin/chromium"
	if _, err := os.Stat(path); err != nil {
		t.Skip("chromium not installed: apt-get install chromium")
	}
	return path
}

func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes())
	}
	return out
}

func TestHTMLChromium(t *testing.T) {
	bin := chromium(t)
	if testing.Short() {
		t.Skip("short")
	}
	page := htmlPage(t)
	docs := htmlDocs(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, page, 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + file

	dom := runChromium(t, bin, "--dump-dom", url)
	root, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range docs {
		total += len(d.Evidence)
	}
	if got := checkMarks(t, root, docs); got != total {
		t.Errorf("browser DOM: %d mark.ev, want %d", got, total)
	}

	shot := filepath.Join(dir, "shot.png")
	runChromium(t, bin, "--screenshot="+shot, "--window-size=1280,2000", "--hide-scrollbars", url)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 2000 {
		t.Fatalf("screenshot %v, want 1280×2000", b.Size())
	}
	// The charts near the top show every theme's colour.
	found := make([]int, len(docs[0].Themes))
	near := func(c color.Color, want color.RGBA) bool {
		r, g, b, _ := c.RGBA()
		d := func(x uint32, y uint8) int { return abs(int(x>>8) - int(y)) }
		return d(r, want.R) <= 6 && d(g, want.G) <= 6 && d(b, want.B) <= 6
	}
	colors := map[color.RGBA]int{}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 2 {
			c := img.At(x, y)
			r, g, b, _ := c.RGBA()
			colors[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), 255}]++
			for i := range found {
				if near(c, ThemeColor(i)) {
					found[i]++
				}
			}
		}
	}
	if len(colors) < 20 {
		t.Errorf("screenshot looks blank: %d colours", len(colors))
	}
	for i, n := range found {
		if n < 50 {
			t.Errorf("theme %d (%s): %d pixels of its colour in the screenshot", i, fmt.Sprint(ThemeColor(i)), n)
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
