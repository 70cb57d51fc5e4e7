package corpus

import (
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
	for _, s := range fuzzSeeds(f, "FuzzFrontMatter") { // robust_test.go
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		meta, spans := parseMarkdown(text, func(line int, msg string) {
			if line < 1 || line > countLines(text) || msg == "" {
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
	for _, s := range fuzzSeeds(f, "FuzzMarkdownSpans") { // robust_test.go
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
	for _, s := range fuzzSeeds(f, "FuzzHTMLText") { // robust_test.go
		f.Add(s, false)
		f.Add(s, true)
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
// the invariants of documents and warnings (readAllDocs, robust_test.go).
func fuzzRead(t *testing.T, name string, data string) ([]*Document, []Warning) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, warnings := readAllDocs(t, p, data, 4096)
	if len(docs) > len(data)+1 {
		t.Fatal("more documents than bytes")
	}
	for _, d := range docs {
		if d.ID == "" || d.Source != p {
			t.Fatalf("bad document %+v", d)
		}
		checkSpans(t, d.Text, d.Skip)
		if jsonValue(d.Meta) == nil && d.Meta != nil {
			t.Fatal("meta not JSON-compatible")
		}
		if len(d.Text) > 4096 && d.Format != "wxr" {
			t.Fatalf("document of %d bytes over MaxDocBytes", len(d.Text))
		}
	}
	return docs, warnings
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"id\":\"a\",\"text\":\"t\",\"x\":[1,{\"y\":null}]}\n{\"text\":\"u\"}\n",
		"{\"id\":1e400,\"text\":\"t\"}\r\n\n{broken\n",
		"\ufeff{\"text\":\"\\u0000\"}",
	} {
		f.Add(s)
	}
	for _, s := range fuzzSeeds(f, "FuzzJSONL") { // robust_test.go
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		docs, warnings := fuzzRead(t, "f.jsonl", data)
		checkJSONLNothingLost(t, data, 4096, docs, warnings) // robust_test.go
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
	for _, s := range fuzzSeeds(f, "FuzzCSV") { // robust_test.go
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
	for _, s := range fuzzSeeds(f, "FuzzWXR") { // robust_test.go
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		fuzzRead(t, "f.xml", data)
	})
}
