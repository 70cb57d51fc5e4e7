package corpus_test

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/essaylab/themes/corpus"
)

// read reads all documents of paths. Warnings are returned with the
// sources made relative to base.
func read(t *testing.T, base string, paths []string, opts corpus.Options) ([]*corpus.Document, []string) {
	t.Helper()
	var warnings []string
	opts.Warn = func(w corpus.Warning) {
		if w.Source == "" {
			t.Errorf("warning without a source: %v", w)
		}
		if base != "" {
			if rel, err := filepath.Rel(base, w.Source); err == nil {
				w.Source = filepath.ToSlash(rel)
			}
		}
		warnings = append(warnings, w.Error())
	}
	var docs []*corpus.Document
	for d, err := range corpus.NewReader(paths, opts).All() {
		if err != nil {
			t.Fatal(err)
		}
		if d.ID == "" {
			t.Errorf("document without an ID: %+v", d)
		}
		docs = append(docs, d)
	}
	return docs, warnings
}

// writeFiles writes files (relative path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ids(docs []*corpus.Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.ID)
	}
	return out
}

func TestWarningError(t *testing.T) {
	tests := []struct {
		w    corpus.Warning
		want string
	}{
		{corpus.Warning{Source: "a.jsonl", Line: 3, Msg: "bad"}, "a.jsonl:3: bad"},
		{corpus.Warning{Source: "b.txt", Msg: "binary data"}, "b.txt: binary data"},
	}
	for _, tt := range tests {
		if got := tt.w.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %q, want %q", tt.w, got, tt.want)
		}
	}
}

func TestFolderOrderAndIDs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.md":              "b",
		"a.txt":             "a",
		"a-c.txt":           "a-c",
		"a.md":              "a md",
		"sub/c.md":          "c",
		"sub-x.txt":         "sub-x",
		"sub/README.md":     "readme",
		"sub/deeper/d.HTML": "<p>d</p>",
		".hidden/x.md":      "hidden",
		".h.md":             "hidden",
		"sub/.h.txt":        "hidden",
		"notes.rst":         "unknown",
		"x.txt.md":          "claims a.txt-like id",
		"x.txt":             "x",
		"x.md":              "x md",
	})
	docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
	want := []string{"a-c", "a", "a.txt", "b", "sub-x", "sub/README", "sub/c", "sub/deeper/d", "x", "x.txt", "x.txt.md"}
	if got := ids(docs); !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	var sources []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Source)
		sources = append(sources, filepath.ToSlash(rel))
	}
	wantSources := []string{"a-c.txt", "a.md", "a.txt", "b.md", "sub-x.txt", "sub/README.md", "sub/c.md", "sub/deeper/d.HTML", "x.md", "x.txt", "x.txt.md"}
	if !reflect.DeepEqual(sources, wantSources) {
		t.Errorf("sources = %q, want %q", sources, wantSources)
	}
	if len(warnings) != 0 {
		t.Errorf("warnings: %q", warnings)
	}
}

func TestPathsGivenDirectly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"one/essay.md": "one",
		"two/essay.md": "two",
		"story.rst":    "unknown",
		"three/x.txt":  "three",
	})
	paths := []string{
		filepath.Join(dir, "two", "essay.md"),
		filepath.Join(dir, "one", "essay.md"),
		filepath.Join(dir, "story.rst"),
		filepath.Join(dir, "three"),
	}
	docs, warnings := read(t, dir, paths, corpus.Options{})
	if got, want := ids(docs), []string{"essay", "essay.md", "x"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	if docs[0].Text != "two" || docs[0].Source != paths[0] || docs[0].Line != 1 {
		t.Errorf("first document = %+v", docs[0])
	}
	if want := []string{`story.rst: unknown file extension ".rst"; file skipped`}; !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings = %q, want %q", warnings, want)
	}
}

func TestMissingPathStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a"})
	r := corpus.NewReader([]string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "missing"), filepath.Join(dir, "a.txt")}, corpus.Options{})
	d, err := r.Next()
	if err != nil || d.ID != "a" {
		t.Fatalf("first Next = %v, %v", d, err)
	}
	for range 2 {
		d, err = r.Next()
		if d != nil || !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("Next = %v, %v; want a not-exist error (sticky)", d, err)
		}
	}
	var n int
	for _, err := range corpus.NewReader([]string{filepath.Join(dir, "missing")}, corpus.Options{}).All() {
		n++
		if err == nil {
			t.Error("All yielded no error")
		}
	}
	if n != 1 {
		t.Errorf("All yielded %d times, want 1", n)
	}
}

func TestAllStopsEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b", "c.txt": "c"})
	r := corpus.NewReader([]string{dir}, corpus.Options{})
	for d := range r.All() {
		if d.ID == "a" {
			break
		}
	}
	d, err := r.Next()
	if err != nil || d.ID != "b" {
		t.Errorf("Next after break = %v, %v; want b", d, err)
	}
}

func TestSymlinks(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"corpus/a.txt":     "a",
		"corpus/sub/b.txt": "b",
		"outside/c.txt":    "c",
	})
	links := map[string]string{
		"corpus/sub/loop":   "..",               // a loop
		"corpus/ext":        "../outside",       // a folder outside: read
		"corpus/again":      "../outside",       // the same folder again: read once
		"corpus/file.txt":   "../outside/c.txt", // a file
		"corpus/broken.txt": "nowhere.txt",
		"corpus/broken.rst": "nowhere.rst", // unknown extension: silent
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skip("symbolic links not supported:", err)
		}
	}
	root := filepath.Join(dir, "corpus")
	docs, warnings := read(t, root, []string{root}, corpus.Options{})
	if got, want := ids(docs), []string{"a", "again/c", "file", "sub/b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	want := []string{
		"broken.txt: broken symbolic link: stat: no such file or directory",
		"ext: folder already read as " + filepath.Join(root, "again") + "; not read again",
		"sub/loop: symbolic link loop; folder not read again",
	}
	if !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", warnings, want)
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions are not enforced")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "a", "b.txt": "b", "locked/c.txt": "c"})
	if err := os.Chmod(filepath.Join(dir, "a.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
	if got, want := ids(docs), []string{"b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	if len(warnings) != 2 {
		t.Errorf("warnings = %q, want two", warnings)
	}
}

func TestMaxDocBytes(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("word ", 30) // 150 bytes
	writeFiles(t, dir, map[string]string{
		"big.txt":   big,
		"small.txt": "small",
		"lines.jsonl": `{"id":"a","text":"short"}` + "\n" +
			`{"id":"b","text":"` + big + `"}` + "\n" +
			`{"id":"c","text":"short too"}` + "\n",
		"table.csv": "id,text\nd,short\ne," + big + "\nf,fine\n",
		"wp.xml": wxr(
			wxrItem("g", "post", "publish", "<p>short</p>"),
			wxrItem("h", "post", "publish", "<p>"+big+"</p>"),
			wxrItem("i", "post", "publish", "<p>fine</p>")),
	})
	docs, warnings := read(t, dir, []string{dir}, corpus.Options{MaxDocBytes: 100})
	if got, want := ids(docs), []string{"a", "c", "small", "d", "f", "g", "i"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	want := []string{
		"big.txt: file of 150 bytes is larger than MaxDocBytes (100); skipped",
		"lines.jsonl:2: line is larger than MaxDocBytes (100); skipped",
		"table.csv:3: text is larger than MaxDocBytes (100); record skipped",
		"wp.xml:13: item is larger than MaxDocBytes (100); skipped",
	}
	if !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", warnings, want)
	}
}

func TestStdin(t *testing.T) {
	in := strings.NewReader("{\"id\":\"s1\",\"text\":\"from stdin\"}\n\nnot json\n{\"text\":\"second\",\"mood\":\"calm\"}")
	docs, warnings := read(t, "", []string{"-"}, corpus.Options{Stdin: in})
	if got, want := ids(docs), []string{"s1", "4"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
	for _, d := range docs {
		if d.Source != "-" || d.Format != "jsonl" {
			t.Errorf("document %+v: want source - and format jsonl", d)
		}
	}
	if docs[1].Line != 4 || docs[1].Meta["mood"] != "calm" || docs[1].Text != "second" {
		t.Errorf("second document = %+v", docs[1])
	}
	if len(warnings) != 1 || !strings.HasPrefix(warnings[0], "-:3: invalid JSON") {
		t.Errorf("warnings = %q", warnings)
	}
}

func TestJSONL(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		ids      []string
		warnings []string
	}{
		{"ids", `{"id":"x","text":"a"}` + "\n" + `{"id":12,"text":"b"}` + "\n" + `{"id":1.5e3,"text":"c"}` + "\n" + `{"text":"d"}`, []string{"x", "12", "1.5e3", "4"}, nil},
		{"crlf and bom", "\ufeff{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n", []string{"1", "2"}, nil},
		{"broken lines", "{\"text\":1}\n[1]\n{\"id\":\"a\"}\n{\"text\":null}\n{\n{\"text\":\"ok\"}", []string{"6"}, []string{
			`-:1: "text" is not a string; line skipped`,
			"-:2: not a JSON object; line skipped",
			`-:3: no "text" field; line skipped`,
			`-:4: "text" is not a string; line skipped`,
			"-:5: invalid JSON: unexpected end of JSON input; line skipped",
		}},
		{"bad ids", `{"id":true,"text":"a"}` + "\n" + `{"id":"","text":"b"}` + "\n" + `{"id":null,"text":"c"}`, []string{"1", "2", "3"}, []string{
			`-:1: "id" is not a string or number; using the line number`,
			`-:2: empty "id"; using the line number`,
		}},
		{"empty", "", nil, nil},
		{"blank lines", "\n  \n\t\n", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, warnings := read(t, "", []string{"-"}, corpus.Options{Stdin: strings.NewReader(tt.in)})
			if got := ids(docs); !reflect.DeepEqual(got, tt.ids) {
				t.Errorf("ids = %q, want %q", got, tt.ids)
			}
			if !reflect.DeepEqual(warnings, tt.warnings) {
				t.Errorf("warnings:\n%q\nwant\n%q", warnings, tt.warnings)
			}
		})
	}
}

func TestJSONLMeta(t *testing.T) {
	in := `{"id":"m","text":"t","n":3,"big":1e999,"list":[1,"a",true,null],"obj":{"k":{"d":2}},"date":"2020-01-02"}`
	docs, _ := read(t, "", []string{"-"}, corpus.Options{Stdin: strings.NewReader(in)})
	want := map[string]any{
		"n":    3.0,
		"big":  "1e999",
		"list": []any{1.0, "a", true, nil},
		"obj":  map[string]any{"k": map[string]any{"d": 2.0}},
		"date": "2020-01-02",
	}
	if len(docs) != 1 || !reflect.DeepEqual(docs[0].Meta, want) {
		t.Errorf("meta = %#v, want %#v", docs[0].Meta, want)
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		ids      []string
		meta     []map[string]any
		warnings []string
	}{
		{"id column", "ID,Text,mood\n1,a,calm\n2,b,\n", []string{"1", "2"}, []map[string]any{{"mood": "calm"}, {"mood": ""}}, nil},
		{"no id column", "\ufeff TEXT ,x\nhello,1\n\n\"multi\nline\",2\nlast,3\n", []string{"2", "4", "6"}, []map[string]any{{"x": "1"}, {"x": "2"}, {"x": "3"}}, nil},
		{"empty id", "id,text\n,a\n", []string{"2"}, []map[string]any{nil}, nil},
		{"no text column", "id,body\n1,a\n", nil, nil, []string{`f.csv:1: no "text" column in the CSV header; file skipped`}},
		{"empty file", "", nil, nil, []string{"f.csv: empty CSV file: no header row; file skipped"}},
		{"field count", "text,b\na\nok,1\nc,d,e\n", []string{"3"}, []map[string]any{{"b": "1"}}, []string{
			"f.csv:2: CSV record has 1 fields, the header 2; record skipped",
			"f.csv:4: CSV record has 3 fields, the header 2; record skipped",
		}},
		{"bare quote", "text\na\"b\nok\n", []string{"3"}, []map[string]any{nil}, []string{`f.csv:2: invalid CSV record: bare " in non-quoted-field; record skipped`}},
		{"unterminated quote", "text\nok\n\"never closed\nmore\n", []string{"2"}, []map[string]any{nil}, []string{`f.csv:3: invalid CSV record: extraneous or missing " in quoted-field; record skipped`}},
		{"bad header", "te\"xt\nok\n", nil, nil, []string{`f.csv:1: invalid CSV header: bare " in non-quoted-field; file skipped`}},
		{"empty header name", "text,\na,b\n", []string{"2"}, []map[string]any{{"column2": "b"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"f.csv": tt.in})
			docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
			if got := ids(docs); !reflect.DeepEqual(got, tt.ids) {
				t.Errorf("ids = %q, want %q", got, tt.ids)
			}
			for i, d := range docs {
				if i < len(tt.meta) && !reflect.DeepEqual(d.Meta, tt.meta[i]) {
					t.Errorf("doc %s meta = %#v, want %#v", d.ID, d.Meta, tt.meta[i])
				}
				if d.Format != "csv" {
					t.Errorf("format %q", d.Format)
				}
			}
			if !reflect.DeepEqual(warnings, tt.warnings) {
				t.Errorf("warnings:\n%q\nwant\n%q", warnings, tt.warnings)
			}
		})
	}
}

// wxr returns a WordPress export holding items.
func wxr(items ...string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
` + strings.Join(items, "\n") + `
</channel>
</rss>
`
}

// wxrItem returns an <item> spanning 9 lines.
func wxrItem(slug, typ, status, content string) string {
	return fmt.Sprintf(`<item>
<title>Title of %[1]s</title>
<content:encoded><![CDATA[%[4]s]]></content:encoded>
<wp:post_id>%[5]d</wp:post_id>
<wp:post_date>2020-02-03 04:05:06</wp:post_date>
<wp:post_name>%[1]s</wp:post_name>
<wp:status>%[3]s</wp:status>
<wp:post_type>%[2]s</wp:post_type>
</item>`, slug, typ, status, content, len(slug))
}

func TestWXR(t *testing.T) {
	deep := strings.Repeat("<x>", 300) + strings.Repeat("</x>", 300)
	tests := []struct {
		name     string
		in       string
		ids      []string
		warnings []string
	}{
		{"posts only", wxr(
			wxrItem("pub", "post", "publish", "<p>yes</p>"),
			wxrItem("draft", "post", "draft", "<p>no</p>"),
			wxrItem("page", "page", "publish", "<p>no</p>"),
			wxrItem("att", "attachment", "inherit", ""),
			wxrItem("", "post", "publish", "<p>no slug</p>"),
		), []string{"pub", "0"}, nil},
		{"not wxr", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, nil, []string{
			"f.xml:1: not a WordPress export (WXR): root element <rss> without the namespace http://wordpress.org/export/; file skipped"}},
		{"entity declarations", `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel/></rss>`, nil, []string{"f.xml:2: DOCTYPE declares entities; file refused"}},
		{"too deep", wxr(wxrItem("a", "post", "publish", "x"), "<item>"+deep+"</item>"), []string{"a"}, []string{
			"f.xml:13: elements nested deeper than 256; rest of file skipped"}},
		{"syntax error", wxr(wxrItem("a", "post", "publish", "x"), "<item><title>oops</item>"), []string{"a"}, []string{
			"f.xml:13: invalid XML: element <title> closed by </item>; rest of file skipped"}},
		{"truncated", wxr(wxrItem("a", "post", "publish", "x"))[:300], nil, []string{
			"f.xml:7: invalid XML: unexpected EOF; rest of file skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"f.xml": tt.in})
			docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
			if got := ids(docs); !reflect.DeepEqual(got, tt.ids) {
				t.Errorf("ids = %q, want %q", got, tt.ids)
			}
			if !reflect.DeepEqual(warnings, tt.warnings) {
				t.Errorf("warnings:\n%q\nwant\n%q", warnings, tt.warnings)
			}
		})
	}
}

func TestBinaryAndInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bin.txt":   "\x7fELF\x02\x01\x01\x00\x00\x00",
		"bin.md":    strings.Repeat("\x01\x02\x03a", 10),
		"latin.txt": "caf\xe9 au lait",
	})
	docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
	if len(docs) != 1 || docs[0].Text != "caf\xe9 au lait" {
		t.Errorf("docs = %+v", docs)
	}
	want := []string{"bin.md: binary data; file skipped", "bin.txt: binary data; file skipped"}
	if !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings = %q, want %q", warnings, want)
	}
}

func TestEmptyFolder(t *testing.T) {
	d, err := corpus.NewReader([]string{t.TempDir()}, corpus.Options{}).Next()
	if d != nil || err != io.EOF {
		t.Errorf("Next = %v, %v; want nil, io.EOF", d, err)
	}
	d, err = corpus.NewReader(nil, corpus.Options{}).Next()
	if d != nil || err != io.EOF {
		t.Errorf("Next with no paths = %v, %v; want nil, io.EOF", d, err)
	}
}

func TestIDCollisions(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"1/y.txt": "1", "2/y.txt": "2", "3/y.txt": "3", "4/y.md": "4"})
	var paths []string
	for _, d := range []string{"1", "2", "3", "4"} {
		paths = append(paths, filepath.Join(dir, d))
	}
	docs, _ := read(t, dir, paths, corpus.Options{})
	if got, want := ids(docs), []string{"y", "y.txt", "y.txt~2", "y.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestLongLines(t *testing.T) {
	long := strings.Repeat("long line ", 30000) // 300 KB, more than any buffer
	in := `{"id":"a","text":"` + long + `"}` + "\n" + `{"id":"b","text":"short"}`
	docs, warnings := read(t, "", []string{"-"}, corpus.Options{Stdin: strings.NewReader(in)})
	if len(docs) != 2 || docs[0].Text != long || docs[1].ID != "b" || docs[1].Line != 2 || len(warnings) != 0 {
		t.Errorf("got %d documents, warnings %q", len(docs), warnings)
	}
	docs, warnings = read(t, "", []string{"-"}, corpus.Options{Stdin: strings.NewReader(in), MaxDocBytes: 100 << 10})
	if len(docs) != 1 || docs[0].ID != "b" || len(warnings) != 1 {
		t.Errorf("with a limit: got %d documents, warnings %q", len(docs), warnings)
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"f.csv": "id,text\na,\"" + long + "\"\nb,short\n"})
	docs, warnings = read(t, dir, []string{dir}, corpus.Options{MaxDocBytes: 100 << 10})
	if len(docs) != 0 || len(warnings) != 1 || !strings.Contains(warnings[0], "rest of file skipped") {
		t.Errorf("CSV with a limit: got %d documents, warnings %q", len(docs), warnings)
	}
}

func TestDeepHTML(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"deep.html": "<title>T</title>" + strings.Repeat("<div>", 100000) + "deep <script>x()</script><code>text</code>"})
	docs, warnings := read(t, dir, []string{dir}, corpus.Options{})
	if len(docs) != 1 || docs[0].Text != "deep text" || !reflect.DeepEqual(docs[0].Skip, []corpus.Span{{Start: 5, End: 9, Reason: "code"}}) {
		t.Errorf("got %d documents, first %+v", len(docs), docs[0])
	}
	if want := []string{"deep.html: open stack of elements exceeds 512 nodes; HTML read without its structure"}; !reflect.DeepEqual(warnings, want) {
		t.Errorf("warnings = %q, want %q", warnings, want)
	}
}
