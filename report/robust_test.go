package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Robustness tests (issue 8): the bad-input matrix through Write, and
// output that depends neither on the number of workers nor on the run.

// badCorpus writes a folder of hostile inputs next to good ones and
// returns its path. Every file is either analyzed or named in a warning.
func badCorpus(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	lf := "A Winter Alone\n\nI was lonely. Nobody called me back, and I felt rejected.\nThe rules no longer hold.\n\nI reached out first, again.\n"
	files := map[string]string{
		"empty.txt":       "",
		"lf.txt":          lf,
		"crlf.txt":        strings.ReplaceAll(lf, "\n", "\r\n"),
		"bom.txt":         "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"),
		"latin1.txt":      "I felt so lonely in the caf\xe9, isolated and alone.\n",
		"binary.txt":      "\x7fELF\x02\x01\x01\x00" + strings.Repeat("\x00\x01", 64),
		"unterminated.md": "---\ntitle: Never closed\n\nI was lonely and nobody called.\n",
		"invalid-fm.md":   "---\ntitle: [unclosed\n---\nI was lonely and nobody called.\n",
		"broken.jsonl":    "{\"id\":\"j1\",\"text\":\"Nobody calls anymore.\"}\n{\"id\":\"j2\",\"text\":\n{\"id\":\"j3\",\"text\":\"I eat alone.\"}\n",
		"notext.csv":      "id,body\n1,lonely\n",
		"bomb.xml":        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item>&lol2;</item></channel></rss>\n",
		"deep.xml":        "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel>" + strings.Repeat("<div>", 50000) + "</channel></rss>",
		"sub/good.md":     "---\ntitle: Good\nsection: notes\n---\nI reached out, and they never answered.\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A folder named like a text file, a dangling link, a FIFO and a
	// loop back to the root.
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	return dir
}

// badCorpusWarnings are the warnings Write gives for badCorpus, in order,
// without the folder: "file: substring".
var badCorpusWarnings = []string{
	// Found while listing the folders.
	"dangling.txt: broken symbolic link",
	"fifo.txt: not a regular file",
	"sub/loop: symbolic link loop",
	// Then in reading order.
	"binary.txt: binary data; file skipped",
	"bomb.xml:2: DOCTYPE declares entities; file refused",
	"broken.jsonl:2: invalid JSON",
	"deep.xml:1: elements nested deeper than 256",
	"invalid-fm.md:2: invalid YAML front matter",
	"latin1.txt:1:28: invalid UTF-8: 1 byte read as U+FFFD",
	"notext.csv:1: no \"text\" column",
	"unterminated.md:1: unterminated YAML front matter",
}

func TestBadInputMatrix(t *testing.T) {
	dir := badCorpus(t)
	var warnings []string
	var out bytes.Buffer
	err := Write(context.Background(), &out, []string{dir}, Options{Format: "jsonl", Workers: 4, Warn: func(s string) {
		warnings = append(warnings, strings.TrimPrefix(s, dir+string(filepath.Separator)))
	}})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]map[string]any{}
	var order []string
	for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
		var d map[string]any
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%v: %.200s", err, line)
		}
		id := d["id"].(string)
		docs[id] = d
		order = append(order, id)
	}
	want := []string{"bom", "j1", "j3", "crlf", "empty", "invalid-fm", "latin1", "lf", "sub/good", "unterminated"}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("documents %q, want %q", order, want)
	}
	// The empty file: one row of zeros.
	if e := docs["empty"]; e == nil || e["words"] != 0.0 || e["dominant"] != "" || len(e["evidence"].([]any)) != 0 {
		t.Errorf("empty document: %v", e)
	}
	// CRLF and BOM: the same counts as LF.
	for _, id := range []string{"crlf", "bom"} {
		for _, k := range []string{"words", "sentences", "dominant", "themes"} {
			a, _ := json.Marshal(docs[id][k])
			b, _ := json.Marshal(docs["lf"][k])
			if !bytes.Equal(a, b) {
				t.Errorf("%s %s = %s, LF %s", id, k, a, b)
			}
		}
	}
	// Invalid UTF-8: analyzed; evidence offsets into the original bytes.
	latin := "I felt so lonely in the caf\xe9, isolated and alone.\n"
	for _, e := range docs["latin1"]["evidence"].([]any) {
		ev := e.(map[string]any)
		s, end := int(ev["start"].(float64)), int(ev["end"].(float64))
		if latin[s:end] != ev["text"] {
			t.Errorf("evidence %q at [%d,%d) is %q in the file", ev["text"], s, end, latin[s:end])
		}
	}
	if len(docs["latin1"]["evidence"].([]any)) == 0 {
		t.Error("latin1: no evidence")
	}
	// Front matter that is not read: no metadata.
	for _, id := range []string{"unterminated", "invalid-fm"} {
		if m, _ := docs[id]["meta"].(map[string]any); len(m) != 0 {
			t.Errorf("%s: meta %v", id, m)
		}
	}
	if len(warnings) != len(badCorpusWarnings) {
		t.Fatalf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(badCorpusWarnings, "\n"))
	}
	for i, w := range warnings {
		file, msg, _ := strings.Cut(badCorpusWarnings[i], ": ")
		if !strings.HasPrefix(w, filepath.FromSlash(file)+": ") || !strings.Contains(w, msg) {
			t.Errorf("warning %d: %q, want %q", i, w, badCorpusWarnings[i])
		}
	}
}

// TestWorkersIdenticalAllFormats checks that every format is byte-identical
// with 1 and 8 workers and from one run to the next, on the shipped corpus
// and on the corpus of bad inputs (whose warnings are part of the report).
func TestWorkersIdenticalAllFormats(t *testing.T) {
	paths := map[string][]string{
		"shipped": {"../testdata/corpus"},
		"bad":     {badCorpus(t), htmlCorpus},
	}
	a := testAnalyzer(t)
	for name, p := range paths {
		for _, format := range Formats {
			if name == "shipped" && format == "json" {
				continue // TestWorkersIdentical
			}
			t.Run(name+"/"+format, func(t *testing.T) {
				var first []byte
				for i, w := range []int{1, 8, 8, 1} {
					var buf bytes.Buffer
					var warns []string
					err := Write(context.Background(), &buf, p, Options{Format: format, GroupBy: "section", Workers: w, Analyzer: a, Warn: func(s string) { warns = append(warns, s) }})
					if err != nil {
						t.Fatal(err)
					}
					buf.WriteString(strings.Join(warns, "\n"))
					if i == 0 {
						first = buf.Bytes()
						continue
					}
					if !bytes.Equal(first, buf.Bytes()) {
						t.Fatalf("run %d with %d workers differs from the first with 1 worker", i+1, w)
					}
				}
			})
		}
	}
}
