package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Robustness tests (issue 8): bad lexicons are refused with file:line:col
// and exit 2; hostile corpora are reported on, with warnings, and exit 0.

func writeFile(t *testing.T, path, data string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBadLexicons(t *testing.T) {
	dir := t.TempDir()
	corpus := writeFile(t, filepath.Join(dir, "corpus", "a.txt"), "I was lonely.")
	tests := []struct {
		name, data string
		want       string // the message after "corpus-report: "
	}{
		{"weight.lex", "theme a\nfacet b\nlonely =zero\n", "weight.lex:3:8: bad weight"},
		{"dup.lex", "theme a\r\nfacet b\r\nlonely\r\nlonely\r\n", "dup.lex:4:1: "},
		{"bom.lex", "\ufefftheme a\nfacet b\nx =2\nx =3\n", "bom.lex:4:1: "},
		{"binary.lex", "\x00\x01\x02\xff", "binary.lex:1:"},
		{"empty.lex", "", "empty.lex: no themes"},
		{"unknown.dic", "%\n1\ta\n%\nlonely\t2\n", "unknown.dic:4:8: "},
		{"unclosed.dic", "%\n1\ta\n", "unclosed.dic: "},
		{"folder.lex/", "", "folder.lex: "},
		{"missing.lex", "-", "missing.lex: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.TrimSuffix(tt.name, "/"))
			switch {
			case strings.HasSuffix(tt.name, "/"):
				if err := os.Mkdir(p, 0o755); err != nil {
					t.Fatal(err)
				}
			case tt.data != "-":
				writeFile(t, p, tt.data)
			}
			var stdout, stderr bytes.Buffer
			code := run([]string{"-lexicon", p, corpus}, nil, &stdout, &stderr)
			if code != 2 || stdout.Len() != 0 || !strings.HasPrefix(stderr.String(), "corpus-report: "+filepath.Join(dir, tt.want)) {
				t.Errorf("exit %d, stdout %d bytes, stderr %q; want exit 2 and %q", code, stdout.Len(), stderr.String(), tt.want)
			}
			if strings.Contains(stderr.String(), "panic") {
				t.Error(stderr.String())
			}
		})
	}
}

// TestHostileCorpus runs the command over a folder of bad inputs with a
// huge line and a huge token: exit 0, a report, every bad file named on
// standard error.
func TestHostileCorpus(t *testing.T) {
	dir := t.TempDir()
	// 20 MB on one line: prose, then huge tokens (the analyzer's own
	// tests read 20 MB of prose; here the reading and the report matter,
	// and the race detector makes prose slow).
	size := 20 << 20
	if testing.Short() {
		size = 4 << 20
	}
	prose := strings.Repeat("Nobody calls and I feel so lonely, isolated and shut out. ", 1<<20/58)
	line := prose + strings.Repeat(" lonely "+strings.Repeat("x", 1<<20), (size-len(prose))/(1<<20+8))
	big := filepath.Join(t.TempDir(), "big")
	writeFile(t, filepath.Join(big, "line.txt"), line)
	writeFile(t, filepath.Join(big, "token.txt"), "lonely "+strings.Repeat("x", 2<<20)+" alone")
	writeFile(t, filepath.Join(dir, "huge.jsonl"), `{"id":"big","text":"`+strings.Repeat("I am alone. ", 200<<10)+`"}`+"\n{broken\n")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "bin.txt"), "\x00\x01\x02\x03")
	writeFile(t, filepath.Join(dir, "notext.csv"), "a,b\n1,2\n")
	writeFile(t, filepath.Join(dir, "fm.md"), "---\ntitle: x\n")
	writeFile(t, filepath.Join(dir, "bomb.xml"), `<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss xmlns:wp="http://wordpress.org/export/1.2/"><item>&b;</item></rss>`)
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "jsonl"} {
		args := []string{"-format", format, "-workers", "2", dir}
		if format == "jsonl" {
			args = append(args, big) // the 20 MB line once
		}
		var stdout, stderr bytes.Buffer
		code := run(args, nil, &stdout, &stderr)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, stderr.String())
		}
		errs := stderr.String()
		for _, want := range []string{
			"bin.txt: binary data", "notext.csv:1: no \"text\" column", "fm.md:1: unterminated YAML front matter",
			"bomb.xml:1: DOCTYPE declares entities", "huge.jsonl:2: invalid JSON", "loop: symbolic link loop",
		} {
			if !strings.Contains(errs, want) {
				t.Errorf("%s: stderr lacks %q:\n%s", format, want, errs)
			}
		}
		if strings.Contains(errs, "token too long") || strings.Contains(errs, "panic") {
			t.Errorf("%s: %s", format, errs)
		}
		if format == "csv" {
			rows := strings.Split(strings.TrimSpace(stdout.String()), "\n")
			var ids []string
			for _, r := range rows[1:] {
				ids = append(ids, r[:strings.IndexByte(r, ',')])
			}
			if got := strings.Join(ids, " "); got != "empty fm big" {
				t.Errorf("csv rows %q", got)
			}
			if !strings.HasPrefix(rows[1], "empty,0,0,,,0,0,0,0,") {
				t.Errorf("empty document row %q", rows[1])
			}
			continue
		}
		for i, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
			var d struct {
				ID       string `json:"id"`
				Words    int    `json:"words"`
				Evidence []struct {
					Text       string
					Start, End int
				}
			}
			if err := json.Unmarshal([]byte(l), &d); err != nil {
				t.Fatalf("jsonl line %d: %v", i+1, err)
			}
			if d.ID == "line" {
				if d.Words < len(prose)/8 || len(d.Evidence) == 0 {
					t.Errorf("line: %d words, %d evidence", d.Words, len(d.Evidence))
				}
				for _, e := range d.Evidence {
					if line[e.Start:e.End] != e.Text {
						t.Fatalf("evidence %q at [%d,%d)", e.Text, e.Start, e.End)
					}
				}
			}
		}
	}
}

// TestWorkersIdenticalCommand: the command's output with -workers 1 and 8
// is byte-identical, warnings included.
func TestWorkersIdenticalCommand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "I was lonely. Nobody called.")
	writeFile(t, filepath.Join(dir, "b.txt"), "caf\xe9 alone")
	writeFile(t, filepath.Join(dir, "c.jsonl"), "{\"text\":\"isolated\"}\nbad\n{\"text\":\"rejected \xff\"}\n")
	writeFile(t, filepath.Join(dir, "d.md"), "---\nx: [\n---\nshut out\n")
	for _, format := range []string{"text", "json", "csv"} {
		var outs []string
		for _, w := range []string{"1", "8"} {
			var stdout, stderr bytes.Buffer
			if code := run([]string{"-format", format, "-workers", w, dir, "../../testdata/report/corpus"}, nil, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			outs = append(outs, stdout.String()+"\n--\n"+stderr.String())
		}
		if outs[0] != outs[1] {
			t.Errorf("%s: -workers 1 and 8 differ", format)
		}
	}
}
