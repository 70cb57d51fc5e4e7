package corpus

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/essaylab/themes/internal/fixtures"
)

// Robustness tests (issue 8): shared fuzz seeds, the invariants the fuzz
// targets add, and the bad-input matrix at the level of the Reader.

// fuzzSeeds returns the seed inputs in ../testdata/fuzz/<name>, as
// strings.
func fuzzSeeds(tb testing.TB, name string) []string {
	tb.Helper()
	seeds, err := fixtures.Seeds("../testdata", name)
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]string, len(seeds))
	for i, b := range seeds {
		out[i] = string(b)
	}
	return out
}

// countLines returns the number of lines of data (a last line without a
// line end counts).
func countLines(data string) int {
	n := strings.Count(data, "\n")
	if !strings.HasSuffix(data, "\n") {
		n++
	}
	return n
}

// readAllDocs reads path with NewReader and returns the documents and the
// warnings, checking that every warning names the file, a line inside it
// (or 0) and a message.
func readAllDocs(t testing.TB, path, data string, max int64) ([]*Document, []Warning) {
	t.Helper()
	var warnings []Warning
	r := NewReader([]string{path}, Options{
		MaxDocBytes: max,
		Warn: func(w Warning) {
			if w.Source != path || w.Msg == "" || w.Line < 0 || w.Line > countLines(data)+1 {
				t.Errorf("bad warning %#v (%d lines)", w, countLines(data))
			}
			warnings = append(warnings, w)
		},
	})
	var docs []*Document
	for {
		d, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if d.Line < 1 || d.Line > countLines(data)+1 {
			t.Fatalf("document %q at line %d of %d", d.ID, d.Line, countLines(data))
		}
		docs = append(docs, d)
	}
	return docs, warnings
}

// checkJSONLNothingLost checks that every line of a JSON lines file that
// is not blank gives a document or a warning at that line, and that the
// documents come in line order.
func checkJSONLNothingLost(t testing.TB, data string, max int64, docs []*Document, warnings []Warning) {
	t.Helper()
	seen := map[int]int{}
	prev := 0
	for _, d := range docs {
		if d.Line <= prev {
			t.Fatalf("document at line %d after line %d", d.Line, prev)
		}
		prev = d.Line
		seen[d.Line]++
	}
	for _, w := range warnings {
		if w.Line > 0 {
			seen[w.Line]++
		}
	}
	lines := strings.Split(data, "\n")
	for i, l := range lines {
		if i == len(lines)-1 && l == "" {
			break
		}
		l = strings.TrimSuffix(l, "\r")
		if i == 0 {
			l = strings.TrimPrefix(l, "\ufeff")
		}
		if len(l) <= int(max) && strings.TrimSpace(l) == "" {
			continue
		}
		if seen[i+1] == 0 {
			t.Fatalf("line %d %.80q gave neither a document nor a warning", i+1, l)
		}
	}
}

// TestReaderBadInputs is the bad-input matrix at the level of the Reader:
// each file alone, then all of them in one folder, where every file is
// still read or named in a warning.
func TestReaderBadInputs(t *testing.T) {
	deep := `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>` + strings.Repeat("<x>", 100000) + "</rss>"
	bomb := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><content:encoded>&lol9;</content:encoded></item></channel></rss>
`
	tests := []struct {
		name     string
		data     string
		ids      []string
		warnings []string // "line: substring"; line 0 for none
	}{
		{"empty.txt", "", []string{"empty"}, nil},
		{"empty.md", "", []string{"empty"}, nil},
		{"latin1.txt", "caf\xe9 \xff lonely", []string{"latin1"}, nil},
		{"binary.txt", "\x7fELF\x02\x01\x01\x00\x00\x00" + strings.Repeat("\x00", 100), nil, []string{"0: binary data; file skipped"}},
		{"unterminated.md", "---\ntitle: T\n\nBody.\n", []string{"unterminated"}, []string{"1: unterminated YAML front matter"}},
		{"invalid-fm.md", "---\ntitle: T\nbad: [\n---\nBody.\n", []string{"invalid-fm"}, []string{"3: invalid YAML front matter"}},
		{"crlf-bom.md", "\ufeff---\r\ntitle: T\r\n---\r\nBody.\r\n", []string{"crlf-bom"}, nil},
		{"broken.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"y\"}\n", []string{"a", "c"}, []string{"2: invalid JSON"}},
		{"notext.csv", "id,body\n1,x\n", nil, []string{"1: no \"text\" column"}},
		{"bomb.xml", bomb, nil, []string{"8: DOCTYPE declares entities; file refused"}},
		{"deep.xml", deep, nil, []string{"1: elements nested deeper than 256"}},
		{"huge-token.xml", `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><x a="` + strings.Repeat("a", 1<<20) + `"/></item></channel></rss>`, nil, []string{"1: XML token is larger than MaxDocBytes"}},
	}
	dir := t.TempDir()
	var all []string
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var ms0, ms1 runtime.MemStats
			runtime.ReadMemStats(&ms0)
			docs, warnings := readAllDocs(t, p, tt.data, 256<<10)
			runtime.ReadMemStats(&ms1)
			if alloc := ms1.TotalAlloc - ms0.TotalAlloc; alloc > 64<<20 {
				t.Errorf("allocated %d MB", alloc>>20)
			}
			var got []string
			for _, d := range docs {
				got = append(got, d.ID)
				if d.Format == "markdown" && d.Meta != nil && tt.warnings != nil {
					t.Errorf("%s has metadata %v despite the warning", d.ID, d.Meta)
				}
			}
			if !reflect.DeepEqual(got, tt.ids) {
				t.Errorf("ids = %q, want %q", got, tt.ids)
			}
			if len(warnings) != len(tt.warnings) {
				t.Fatalf("warnings = %v, want %q", warnings, tt.warnings)
			}
			for i, w := range warnings {
				line, msg, _ := strings.Cut(tt.warnings[i], ": ")
				if strconv.Itoa(w.Line) != line || !strings.Contains(w.Msg, msg) {
					t.Errorf("warning %q, want line %s and %q", w.Error(), line, msg)
				}
				all = append(all, w.Error())
			}
		})
	}
	// The whole folder: every warning again, nothing else.
	var folder []string
	r := NewReader([]string{dir}, Options{MaxDocBytes: 256 << 10, Warn: func(w Warning) { folder = append(folder, w.Error()) }})
	for _, err := r.Next(); err != io.EOF; _, err = r.Next() {
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(folder) != len(all) {
		t.Errorf("folder warnings:\n%q\nfiles alone:\n%q", folder, all)
	}
}

// TestFrontMatterCRLFSameAsLF: CRLF and a byte order mark give the same
// metadata as LF.
func TestFrontMatterCRLFSameAsLF(t *testing.T) {
	lf := "---\ntitle: T\ntags: [a, b]\ndate: 2020-01-02\n---\nBody.\n"
	want, _ := parseMarkdown(lf, func(int, string) { t.Error("warning for LF") })
	for _, in := range []string{strings.ReplaceAll(lf, "\n", "\r\n"), "\ufeff" + lf, "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n")} {
		got, spans := parseMarkdown(in, func(line int, msg string) { t.Errorf("%q: warning %d %s", in, line, msg) })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: meta %v, want %v", in, got, want)
		}
		if len(spans) == 0 || spans[0].Reason != ReasonFrontMatter || spans[0].Start != 0 || !strings.HasPrefix(in[spans[0].End:], "Body.") {
			t.Errorf("%q: spans %v", in, spans)
		}
	}
}

// TestSpecialFiles: a FIFO, a folder named x.txt and a dangling symbolic
// link named x.txt, given directly or inside a folder, end in a warning
// (or, for the folder, are read as a folder), never in a hang.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("fine"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		paths    []string
		ids      []string
		warnings []string // substrings
	}{
		{[]string{fifo}, nil, []string{"fifo.txt: not a regular file"}},
		{[]string{filepath.Join(dir, "folder.txt")}, nil, nil},
		{[]string{dir}, []string{"ok"}, []string{"dangling.txt: broken symbolic link", "fifo.txt: not a regular file"}},
	} {
		done := make(chan struct{})
		var ids, warnings []string
		go func() {
			defer close(done)
			r := NewReader(tt.paths, Options{Warn: func(w Warning) { warnings = append(warnings, w.Error()) }})
			for {
				d, err := r.Next()
				if err != nil {
					if err != io.EOF {
						warnings = append(warnings, "error: "+err.Error())
					}
					return
				}
				ids = append(ids, d.ID)
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			// Unblock the open of the FIFO so the goroutine ends.
			if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
				f.Close()
			}
			<-done
			t.Fatalf("%q: reading hangs", tt.paths)
		}
		if !reflect.DeepEqual(ids, tt.ids) {
			t.Errorf("%q: ids %q, want %q", tt.paths, ids, tt.ids)
		}
		if len(warnings) != len(tt.warnings) {
			t.Errorf("%q: warnings %q, want %q", tt.paths, warnings, tt.warnings)
			continue
		}
		for i, w := range warnings {
			if !strings.Contains(w, tt.warnings[i]) {
				t.Errorf("%q: warning %q, want %q", tt.paths, w, tt.warnings[i])
			}
		}
	}
	// A dangling link given directly stops the run, as a missing path.
	_, err := NewReader([]string{filepath.Join(dir, "dangling.txt")}, Options{}).Next()
	if err == nil || err == io.EOF {
		t.Errorf("dangling link given directly: %v", err)
	}
}

// TestJSONLBrokenRecords: among good records, broken ones are skipped
// with a warning naming their line; none is lost without a word.
func TestJSONLBrokenRecords(t *testing.T) {
	var b bytes.Buffer
	for i := 1; i <= 50; i++ {
		switch i % 7 {
		case 3:
			b.WriteString("{\"text\":")
		case 5:
			b.WriteString("[\"not an object\"]")
		case 6:
			b.WriteString("{\"id\":\"x\",\"text\":42}")
		default:
			b.WriteString("{\"id\":\"r" + strconv.Itoa(i) + "\",\"text\":\"record\"}")
		}
		b.WriteString("\n")
	}
	data := b.String()
	p := filepath.Join(t.TempDir(), "mixed.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, warnings := readAllDocs(t, p, data, 0)
	checkJSONLNothingLost(t, data, DefaultMaxDocBytes, docs, warnings)
	if len(docs)+len(warnings) != 50 {
		t.Errorf("%d documents and %d warnings for 50 lines", len(docs), len(warnings))
	}
}
