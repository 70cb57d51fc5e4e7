package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/essaylab/themes/textmodel"
)

const passages = `{"label": "left-out", "text": "They went to the lake without me and posted the photos."}
{"label": "shared", "text": "We take turns cooking; she did Monday, I did Tuesday."}

{"label": "left-out", "text": "Everyone got the invitation except me."}
{"label": "shared", "text": "He fixed my bike, so I baked him bread."}
`

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestTrain trains a model from a file and reads it back.
func TestTrain(t *testing.T) {
	in := writeFile(t, "p.jsonl", passages)
	out := filepath.Join(t.TempDir(), "m.nb")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-min-docs", "1", "-o", out, in}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := textmodel.Parse(f, out)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m.Classes(), ","); got != "left-out,shared" {
		t.Errorf("classes %s", got)
	}
	if m.Documents(0) != 2 || m.Documents(1) != 2 || !m.Known("invitation") || m.Known("Invitation") {
		t.Errorf("model: documents %d %d, knows invitation %v", m.Documents(0), m.Documents(1), m.Known("invitation"))
	}
	if p := m.Predict([]string{"without", "me", "invitation"}); m.Classes()[p.Class] != "left-out" {
		t.Errorf("prediction %+v", p)
	}
	if !strings.Contains(stderr.String(), "4 passages, 2 classes") {
		t.Errorf("stderr %q", stderr.String())
	}
	// The same on standard output, with the classes in a given order.
	stdout.Reset()
	if code := run([]string{"-classes", "shared,left-out", in}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	m2, err := textmodel.Parse(&stdout, "stdout")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(m2.Classes(), ","); got != "shared,left-out" {
		t.Errorf("classes %s", got)
	}
}

// TestBadInput checks that bad input exits 2 and says where.
func TestBadInput(t *testing.T) {
	for _, tt := range []struct {
		name, content string
		args          []string
		want          string
	}{
		{"not JSON", passages + "label: none\n", nil, "p.jsonl:6: not a JSON object"},
		{"no text", `{"label": "a"}` + "\n", nil, `p.jsonl:1: want "label" and "text"`},
		{"unknown class", passages, []string{"-classes", "left-out,other"}, `unknown class "shared"`},
		{"one class", `{"label": "a", "text": "x"}` + "\n", nil, "at least two classes"},
		{"bad smoothing", passages, []string{"-smoothing", "0"}, "smoothing 0"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in := writeFile(t, "p.jsonl", tt.content)
			var stdout, stderr bytes.Buffer
			if code := run(append(tt.args, in), &stdout, &stderr); code != 2 {
				t.Fatalf("exit %d, want 2: %s", code, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.want)
			}
		})
	}
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 {
		t.Errorf("no files: exit %d", code)
	}
	if code := run([]string{filepath.Join(t.TempDir(), "missing.jsonl")}, &stdout, &stderr); code != 1 {
		t.Errorf("missing file: exit %d", code)
	}
}
