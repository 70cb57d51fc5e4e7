package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// spanStrings shows spans as "reason:bytes".
func spanStrings(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Reason+":"+text[s.Start:s.End])
	}
	return out
}

func TestMarkdownSpans(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Just words, nothing else.\n", nil},
		{"inline link", "A [good](http://x.org/a) walk.", []string{"markup:[", "markup:](http://x.org/a)"}},
		{"link with title and parens", `See [the wiki](https://en.wikipedia.org/wiki/Foo_(bar) "Foo") now.`,
			[]string{"markup:[", `markup:](https://en.wikipedia.org/wiki/Foo_(bar) "Foo")`}},
		{"image", "Look ![a cat](cat.png) here.", []string{"markup:![a cat](cat.png)"}},
		{"image inside link", "[![badge](b.svg)](https://ci)", []string{"markup:[![badge](b.svg)](https://ci)"}},
		{"empty link text", "[](u)", []string{"markup:[](u)"}},
		{"not a link", "I said [sic] and (so on).", nil},
		{"reference link", "Read [the book][b].\n\n[b]: http://b.org \"B\"\n",
			[]string{"markup:[", "markup:][b]", "markup:[b]: http://b.org \"B\"\n"}},
		{"collapsed and shortcut refs", "[Foo][] and [foo].\n\n[FOO]: /f\n",
			[]string{"markup:[", "markup:][]", "markup:[", "markup:]", "markup:[FOO]: /f\n"}},
		{"undefined ref", "[a][nope] stays.", nil},
		{"inline code", "Use `go vet` often.", []string{"code:`go vet`"}},
		{"double backticks", "Type ``a ` b`` now.", []string{"code:``a ` b``"}},
		{"unclosed backtick", "A lone ` tick.", nil},
		{"escaped", "Not \\[a](b) link.", nil},
		{"fenced code", "Before.\n\n```sh\nls -l\n```\nAfter.\n", []string{"code:```sh\nls -l\n```\n"}},
		{"tilde fence", "~~~\nx\n~~~~\ntext", []string{"code:~~~\nx\n~~~~\n"}},
		{"unclosed fence", "```\ncode to the end\n", []string{"code:```\ncode to the end\n"}},
		{"fence not closed by shorter", "````\n```\n````\nok", []string{"code:````\n```\n````\n"}},
		{"indented code", "Para.\n\n    code line\n    more\n\nText.", []string{"code:    code line\n    more\n"}},
		{"indented code with blank inside", "\n    a\n\n    b\nx", []string{"code:    a\n\n    b\n"}},
		{"lazy continuation is not code", "Para line\n    still para.", nil},
		{"list continuation is not code", "- item\n\n    continued paragraph\n", nil},
		{"code in list item", "- item\n\n        code\n", []string{"code:        code\n"}},
		{"tab indented code", "\tcode\n", []string{"code:\tcode\n"}},
		{"html tags", "A <span class=\"x\">b</span> c<br/>.", []string{`html:<span class="x">`, "html:</span>", "html:<br/>"}},
		{"html comment inline", "a <!-- hidden --> b", []string{"html:<!-- hidden -->"}},
		{"html comment block", "<!--\nnot\nprose\n-->\nText", []string{"html:<!--\nnot\nprose\n-->\n"}},
		{"script block", "<script>\nvar x = 1;\n</script>\nText", []string{"html:<script>\nvar x = 1;\n</script>\n"}},
		{"not a tag", "1 < 2 and a<b.", nil},
		{"autolink", "Mail <me@example.com> or <https://x.io/p?q=1>.", []string{"markup:<me@example.com>", "markup:<https://x.io/p?q=1>"}},
		{"bare url", "Visit https://example.com/a_b. Or www.example.org, ok.", []string{"markup:https://example.com/a_b", "markup:www.example.org"}},
		{"bare url in parens", "(see http://x.org/y)", []string{"markup:http://x.org/y"}},
		{"no url inside word", "myhttp://x", nil},
		{"entities", "Tom &amp; Jerry&#8212;&#x2014; &nope", []string{"markup:&amp;", "markup:&#8212;&#x2014;"}},
		{"footnotes", "A claim.[^1]\n\n[^1]: The source.\n", []string{"markup:[^1]", "markup:[^1]:"}},
		{"headings and emphasis stay", "# Title\n\n*em* and _em_ > quote", nil},
		{"code span does not cross paragraphs", "a `b\n\nc` d", nil},
		{"crlf fence", "x\r\n```\r\ny\r\n```\r\nz", []string{"code:```\r\ny\r\n```\r\n"}},
		{"link across lines", "[two\nlines](u)", []string{"markup:[", "markup:](u)"}},
		{"code span in link text", "[`x`](u)", []string{"markup:[", "code:`x`", "markup:](u)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := normalizeSpans(markdownSpans(tt.in, 0))
			checkSpans(t, tt.in, spans)
			if got := spanStrings(tt.in, spans); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("spans of %q:\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSpans checks the invariants of spans over text.
func checkSpans(t testing.TB, text string, spans []Span) {
	t.Helper()
	end := 0
	for i, s := range spans {
		if s.Start < end || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d %+v out of order, empty or out of range (previous end %d, text length %d)", i, s, end, len(text))
		}
		if i > 0 && s.Start == end && s.Reason == spans[i-1].Reason {
			t.Fatalf("adjacent spans %d and %d not merged: %+v %+v", i-1, i, spans[i-1], s)
		}
		switch s.Reason {
		case ReasonFrontMatter, ReasonCode, ReasonMarkup, ReasonHTML:
		default:
			t.Fatalf("span %d has reason %q", i, s.Reason)
		}
		end = s.End
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		meta     map[string]any
		fm       string // bytes of the front-matter span, "" for none
		warnings []string
	}{
		{"none", "Hello.\n", nil, "", nil},
		{"yaml", "---\ntitle: T\ntags: [a, b]\ncount: 3\n---\nBody", map[string]any{"title": "T", "tags": []any{"a", "b"}, "count": 3.0}, "---\ntitle: T\ntags: [a, b]\ncount: 3\n---\n", nil},
		{"yaml dots close", "---\ntitle: T\n...\nBody", map[string]any{"title": "T"}, "---\ntitle: T\n...\n", nil},
		{"yaml dates", "---\nd: 2020-01-02\nt: 2020-01-02T10:11:12+02:00\ns: '2020-01-02'\n---\n",
			map[string]any{"d": "2020-01-02", "t": "2020-01-02T10:11:12+02:00", "s": "2020-01-02"}, "---\nd: 2020-01-02\nt: 2020-01-02T10:11:12+02:00\ns: '2020-01-02'\n---\n", nil},
		{"yaml nested and odd values", "---\nm: {1: x}\nn: .nan\nz:\n---\n", map[string]any{"m": map[string]any{"1": "x"}, "n": "NaN", "z": nil}, "---\nm: {1: x}\nn: .nan\nz:\n---\n", nil},
		{"toml", "+++\ntitle = \"T\"\ndate = 2021-02-03\nwhen = 2021-02-03T04:05:06Z\nlocal = 2021-02-03T04:05:06\n+++\nBody",
			map[string]any{"title": "T", "date": "2021-02-03", "when": "2021-02-03T04:05:06Z", "local": "2021-02-03T04:05:06"},
			"+++\ntitle = \"T\"\ndate = 2021-02-03\nwhen = 2021-02-03T04:05:06Z\nlocal = 2021-02-03T04:05:06\n+++\n", nil},
		{"crlf", "---\r\ntitle: T\r\n---\r\nBody", map[string]any{"title": "T"}, "---\r\ntitle: T\r\n---\r\n", nil},
		{"bom", "\ufeff---\ntitle: T\n---\n", map[string]any{"title": "T"}, "\ufeff---\ntitle: T\n---\n", nil},
		{"empty", "---\n---\nBody", nil, "---\n---\n", nil},
		{"no trailing newline", "---\na: 1\n---", map[string]any{"a": 1.0}, "---\na: 1\n---", nil},
		{"unterminated yaml", "---\ntitle: T\nBody\n", nil, "", []string{"1: unterminated YAML front matter: no closing --- line; whole file read as text"}},
		{"unterminated toml", "+++\ntitle = 1\n", nil, "", []string{"1: unterminated TOML front matter: no closing +++ line; whole file read as text"}},
		{"invalid yaml", "---\ntitle: a\n  b: c: d\n---\nBody", nil, "---\ntitle: a\n  b: c: d\n---\n", []string{"3: invalid YAML front matter: mapping values are not allowed in this context; document read without metadata"}},
		{"yaml not a mapping", "---\n- a\n- b\n---\n", nil, "---\n- a\n- b\n---\n", []string{"1: invalid YAML front matter: not a mapping of names to values; document read without metadata"}},
		{"invalid toml", "+++\ntitle = \"T\"\nbad =\n+++\n", nil, "+++\ntitle = \"T\"\nbad =\n+++\n", []string{"3: invalid TOML front matter: expected value but found '\\n' instead; document read without metadata"}},
		{"thematic break later", "Text\n---\nmore\n---\n", nil, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var warnings []string
			meta, spans := parseMarkdown(tt.in, func(line int, msg string) {
				warnings = append(warnings, fmt.Sprintf("%d: %s", line, msg))
			})
			checkSpans(t, tt.in, spans)
			if !reflect.DeepEqual(meta, tt.meta) {
				t.Errorf("meta = %#v, want %#v", meta, tt.meta)
			}
			fm := ""
			if len(spans) > 0 && spans[0].Reason == ReasonFrontMatter {
				if spans[0].Start != 0 {
					t.Errorf("front matter span starts at %d", spans[0].Start)
				}
				fm = tt.in[spans[0].Start:spans[0].End]
			}
			if fm != tt.fm {
				t.Errorf("front matter span %q, want %q", fm, tt.fm)
			}
			if !reflect.DeepEqual(warnings, tt.warnings) {
				t.Errorf("warnings %q, want %q", warnings, tt.warnings)
			}
		})
	}
}

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		autop bool
		text  string
		meta  map[string]any
		code  []string
	}{
		{"paragraphs", "<p>One  two\n three.</p><p>Four</p>", false, "One two three.\n\nFour", nil, nil},
		{"entities and inline", "<p>Salt &amp; <b>pep</b>per&nbsp;too</p>", false, "Salt & pepper too", nil, nil},
		{"removed elements", "<body><nav>menu</nav><header>head</header><p>Prose</p><script>x()</script><style>p{}</style><aside>ad</aside><form>f</form><footer>foot</footer></body>", false, "Prose", nil, nil},
		{"article preferred", "<body><p>Outside</p><article><p>Inside</p></article></body>", false, "Inside", nil, nil},
		{"two articles", "<article>One</article><div>x</div><article>Two</article>", false, "One\n\nTwo", nil, nil},
		{"main", "<body><div>Chrome</div><main><p>Main text</p></main></body>", false, "Main text", nil, nil},
		{"br and li", "<p>a<br>b</p><ul><li>c</li><li>d</li></ul>", false, "a\n\nb\n\nc\n\nd", nil, nil},
		{"table cells", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", false, "a b\n\nc", nil, nil},
		{"unclosed tags", "<p>one<p>two<div>three", false, "one\n\ntwo\n\nthree", nil, nil},
		{"code", "<p>Run <code>go  test</code> now.</p><pre>a\n  b</pre>", false, "Run go test now.\n\na\n  b", nil, []string{"go test", "a\n  b"}},
		{"meta", `<html><head><title> A  Title </title><meta name="Description" content="D"><meta name="author" content="Me"><meta name="keywords" content="a, b,,c"><meta property="article:published_time" content="2020-01-02"></head><body>x</body></html>`,
			false, "x", map[string]any{"title": "A Title", "description": "D", "author": "Me", "keywords": []any{"a", "b", "c"}, "date": "2020-01-02"}, nil},
		{"autop", "First para\nsame para.\n\nSecond <!-- wp:x --> para.", true, "First para same para.\n\nSecond para.", nil, nil},
		{"no autop", "First\n\nSecond", false, "First Second", nil, nil},
		{"empty", "", false, "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, meta, spans, note := extractHTML([]byte(tt.in), tt.autop)
			if note != "" {
				t.Errorf("note %q", note)
			}
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
			if !reflect.DeepEqual(meta, tt.meta) {
				t.Errorf("meta = %#v, want %#v", meta, tt.meta)
			}
			checkSpans(t, text, spans)
			var code []string
			for _, s := range spans {
				code = append(code, text[s.Start:s.End])
			}
			if !reflect.DeepEqual(code, tt.code) {
				t.Errorf("code spans %q, want %q", code, tt.code)
			}
		})
	}
}

func TestIsBinary(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain text\n", false},
		{"", false},
		{"tabs\tand\r\nnewlines\f", false},
		{"nul\x00inside", true},
		{"\x01\x02\x03abcdef", true}, // 3 of 9 bytes
		{"\x01\x02abcdefghij", false},
		{"caf\xc3\xa9 \xff\xfe invalid utf-8", false},
		{strings.Repeat("a", 9000) + "\x00", false}, // NUL after 8 KiB
	}
	for _, tt := range tests {
		if got := isBinary([]byte(tt.in)); got != tt.want {
			t.Errorf("isBinary(%.20q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
