package corpus

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: T\ndate: 2020-01-02\n---\nBody",
		"+++\ntitle = \"T\"\n+++\n",
		"---\r\na: [1, 2]\r\n...\r\n",
		"---\nunterminated",
		"---\n: : :\n---\n",
		"\ufeff---\n&a [*a, *a]\n---\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		meta, spans := parseMarkdown(text, func(line int, msg string) {
			if line < 1 || msg == "" {
				t.Errorf("warning at line %d: %q", line, msg)
			}
		})
		checkSpans(t, text, spans)
		if meta != nil {
			if v := jsonValue(meta); v == nil {
				t.Error("meta is not JSON-compatible")
			}
		}
	})
}

func FuzzMarkdownSpans(f *testing.F) {
	for _, s := range []string{
		"A [link](http://x) and ![img](y) and `code`.",
		"```\nfence\n```\n\n    indented\n",
		"[a][b]\n\n[b]: /u\n",
		"<div class='x'>hi</div> <!-- c --> &amp; <a@b.c> www.x.org",
		"- item\n\n      code\n",
		"``` `` ` [[[ ((( ]]] )))",
		"[^1]: note\n<script>\nx\n</script>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_, spans := parseMarkdown(text, func(int, string) {})
		checkSpans(t, text, spans)
	})
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		"<html><head><title>T</title></head><body><p>a</p></body></html>",
		"<article><pre>x\n y</pre><code>c</code></article>",
		"<p>unclosed <b>bold<div>block",
		"<table><tr><td>a<td>b</table>",
		"text only &amp; entities &nbsp;",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, in string, autop bool) {
		text, meta, spans, _ := extractHTML([]byte(in), autop)
		checkSpans(t, text, spans)
		if strings.HasPrefix(text, "\n") || strings.HasSuffix(text, " ") && !strings.Contains(in, "<pre") {
			t.Errorf("text not trimmed: %q", text)
		}
		for k, v := range meta {
			if _, ok := v.(string); !ok && k != "keywords" {
				t.Errorf("meta %q = %#v", k, v)
			}
		}
	})
}

// fuzzRead reads the source with the given records constructor and checks
// the invariants of documents and warnings.
func fuzzRead(t *testing.T, name string, data string) {
	dir := t.TempDir()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	r := NewReader([]string{p}, Options{
		MaxDocBytes: 4096,
		Warn: func(w Warning) {
			if w.Source == "" || w.Msg == "" {
				t.Errorf("warning without source or message: %#v", w)
			}
		},
	})
	for n := 0; ; n++ {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if d.ID == "" || d.Source != p || d.Line < 1 {
			t.Fatalf("bad document %+v", d)
		}
		checkSpans(t, d.Text, d.Skip)
		if jsonValue(d.Meta) == nil && d.Meta != nil {
			t.Fatal("meta not JSON-compatible")
		}
		if n > len(data)+1 {
			t.Fatal("more documents than bytes")
		}
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"id\":\"a\",\"text\":\"t\",\"x\":[1,{\"y\":null}]}\n{\"text\":\"u\"}\n",
		"{\"id\":1e400,\"text\":\"t\"}\r\n\n{broken\n",
		"\ufeff{\"text\":\"\\u0000\"}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		fuzzRead(t, "f.jsonl", data)
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range []string{
		"id,text,x\n1,a,b\n,\"multi\nline\",c\n",
		"TEXT\n\"unterminated\n",
		"a,b\n1,2\n",
		"text\r\na\"b\r\nok\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		fuzzRead(t, "f.csv", data)
	})
}

func FuzzWXR(f *testing.F) {
	for _, s := range []string{
		`<rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>T</title><content:encoded><![CDATA[<p>x</p>]]></content:encoded><wp:post_name>s</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><category domain="post_tag">t</category></item></channel></rss>`,
		`<rss xmlns:wp="http://wordpress.org/export/1.2/"><item><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item></rss>`,
		`<!DOCTYPE x [<!ENTITY a "b">]><rss/>`,
		`<urlset/>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		fuzzRead(t, "f.xml", data)
	})
}
