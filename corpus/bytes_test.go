package corpus

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// readDirect reads one file with NewReader, as a file given directly.
func readDirect(t *testing.T, path string, opts Options) ([]*Document, []Warning) {
	t.Helper()
	var warnings []Warning
	opts.Warn = func(w Warning) { warnings = append(warnings, w) }
	var docs []*Document
	for d, err := range NewReader([]string{path}, opts).All() {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, warnings
}

// TestReadBytesMatchesReader reads every file of testdata/corpus-formats
// both ways: from its bytes and from disk.
func TestReadBytesMatchesReader(t *testing.T) {
	root := filepath.Join("..", "testdata", "corpus-formats")
	var paths []string
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	formats := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, opts := range []Options{{}, {MaxDocBytes: 60}} {
			want, wantW := readDirect(t, p, opts)
			got, gotW := ReadBytes(p, data, opts)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s (max %d): ReadBytes documents differ from NewReader's:\n got %+v\nwant %+v", p, opts.MaxDocBytes, got, want)
			}
			if !reflect.DeepEqual(gotW, wantW) {
				t.Errorf("%s (max %d): ReadBytes warnings %v, NewReader's %v", p, opts.MaxDocBytes, gotW, wantW)
			}
			for _, d := range got {
				formats[d.Format] = true
			}
		}
		if f := Format(p); (f == "") != (formatOf(filepath.Ext(p)) == "") {
			t.Errorf("Format(%q) = %q", p, f)
		}
	}
	for _, f := range []string{"txt", "markdown", "html", "jsonl", "csv", "wxr"} {
		if !formats[f] {
			t.Errorf("no %s document read from %s", f, root)
		}
	}
}

func TestReadBytesWarnings(t *testing.T) {
	var called []Warning
	docs, warnings := ReadBytes("dir/notes.rst", []byte("text"), Options{Warn: func(w Warning) { called = append(called, w) }})
	if len(docs) != 0 || len(warnings) != 1 || !strings.Contains(warnings[0].Msg, `unknown file extension ".rst"`) || warnings[0].Source != "dir/notes.rst" {
		t.Fatalf("unknown extension: docs %v, warnings %v", docs, warnings)
	}
	if !reflect.DeepEqual(called, warnings) {
		t.Errorf("Options.Warn got %v, want %v", called, warnings)
	}
	docs, warnings = ReadBytes("a.jsonl", []byte("{\"id\":\"x\",\"text\":\"one\"}\nnot json\n{\"text\":\"three\",\"tags\":[\"a\"]}"), Options{})
	if len(docs) != 2 || docs[0].ID != "x" || docs[1].ID != "3" || docs[1].Line != 3 || docs[1].Source != "a.jsonl" {
		t.Fatalf("jsonl: docs %+v", docs)
	}
	if len(warnings) != 1 || warnings[0].Line != 2 {
		t.Errorf("jsonl: warnings %v", warnings)
	}
	docs, _ = ReadBytes("sub/dir/post.MD", []byte("---\ntitle: T\n---\nHello."), Options{})
	if len(docs) != 1 || docs[0].ID != "post" || docs[0].Format != "markdown" || docs[0].Meta["title"] != "T" {
		t.Fatalf("markdown: docs %+v", docs)
	}
	docs, _ = ReadBytes("empty.txt", nil, Options{})
	if len(docs) != 1 || docs[0].Text != "" {
		t.Fatalf("empty text file: docs %+v", docs)
	}
}

// oneByteReader hands out one byte per Read, and fails if read after
// reporting io.EOF.
type oneByteReader struct {
	s   string
	eof bool
	t   *testing.T
}

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.s == "" {
		if r.eof {
			r.t.Error("read again after io.EOF")
		}
		r.eof = true
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func TestNewFileReaderStreams(t *testing.T) {
	src := &oneByteReader{s: "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", t: t}
	r := NewFileReader("s.ndjson", src, Options{})
	d, err := r.Next()
	if err != nil || d.Text != "a" {
		t.Fatalf("first: %v %v", d, err)
	}
	if src.s == "" {
		t.Error("the whole input was read for the first record")
	}
	if d, err = r.Next(); err != nil || d.Text != "b" {
		t.Fatalf("second: %v %v", d, err)
	}
	for range 2 {
		if d, err = r.Next(); err != io.EOF {
			t.Fatalf("after the last: %v %v", d, err)
		}
	}
}

func TestNewFileReaderLimits(t *testing.T) {
	var warnings []Warning
	opts := Options{MaxDocBytes: 10, Warn: func(w Warning) { warnings = append(warnings, w) }}
	// A reader that does not tell its size is read up to the limit.
	r := NewFileReader("big.txt", &oneByteReader{s: strings.Repeat("x", 11), t: t}, opts)
	if d, err := r.Next(); err != io.EOF {
		t.Fatalf("over the limit: %v %v", d, err)
	}
	r = NewFileReader("fits.txt", &oneByteReader{s: strings.Repeat("x", 10), t: t}, opts)
	if d, err := r.Next(); err != nil || d.Text != strings.Repeat("x", 10) || d.ID != "fits" {
		t.Fatalf("at the limit: %v %v", d, err)
	}
	if len(warnings) != 1 || warnings[0].Source != "big.txt" || !strings.Contains(warnings[0].Msg, "larger than MaxDocBytes (10)") {
		t.Errorf("warnings %v", warnings)
	}
}
