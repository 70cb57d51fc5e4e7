package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.lex")
	os.WriteFile(bad, []byte("theme a\nfacet b\nlonely =zero\n"), 0o644)
	badModel := filepath.Join(dir, "bad.nb")
	os.WriteFile(badModel, []byte("textmodel naive-bayes\nsmoothing 0.5\nclass a 0\n"), 0o644)
	otherModel := filepath.Join(dir, "other.nb")
	os.WriteFile(otherModel, []byte("textmodel naive-bayes\nsmoothing 0.5\nclass grief 1\nclass none 1\nwords 0\n"), 0o644)
	const silentPhone = `{"id":"p","text":"My phone has not made a sound since Tuesday. I checked twice that it was still on."}` + "\n"
	out := filepath.Join(dir, "out.csv")
	plots := filepath.Join(dir, "plots")
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{"default corpus", []string{"-workers", "2"}, "", 0, "Where isolation is strongest", ""},
		{"usage", []string{"-nope"}, "", 2, "", "flag provided but not defined"},
		{"unknown format", []string{"-format", "pdf", "../../testdata/report/corpus"}, "", 2, "", `unknown format "pdf"`},
		{"bad lexicon", []string{"-lexicon", bad, "../../testdata/report/corpus"}, "", 2, "", "bad.lex:3:8: bad weight"},
		{"missing path", []string{"-quiet", "../../testdata/nothing-here"}, "", 1, "", "nothing-here"},
		{"stdin jsonl", []string{"-format", "jsonl", "-"}, `{"id":"a","text":"Nobody calls anymore. I eat alone."}` + "\n" + `{"broken` + "\n", 0, `"id":"a"`, "-:2:"},
		{"context model", []string{"-format", "csv", "-"}, silentPhone, 0, "p,17,2,isolation,context,", ""},
		{"no context model", []string{"-format", "csv", "-context=false", "-"}, silentPhone, 0, "p,17,2,,,", ""},
		{"bad context model", []string{"-context-model", badModel, "-"}, silentPhone, 2, "", "bad.nb:3:9: documents"},
		{"context model for other themes", []string{"-context-model", otherModel, "-"}, silentPhone, 2, "", `class "grief" is not a theme`},
		{"output file and plots", []string{"-format", "csv", "-o", out, "-plots", plots, "-quiet", "../../testdata/report/corpus"}, "", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.code || !strings.Contains(stdout.String(), tt.stdout) || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("exit %d (want %d)\nstdout: %.300s\nstderr: %.300s", code, tt.code, stdout.String(), stderr.String())
			}
		})
	}
	b, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(b), "id,words,sentences,dominant,") {
		t.Errorf("-o file: %v %.100s", err, b)
	}
	entries, _ := os.ReadDir(plots)
	if len(entries) == 0 {
		t.Error("no plots written")
	}
	for _, e := range entries {
		if ext := filepath.Ext(e.Name()); ext != ".png" && ext != ".svg" {
			t.Errorf("plots dir holds %s", e.Name())
		}
	}
}

func TestRunJSONHasNoNaN(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-format", "json", "-group-by", "section"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var v map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(stdout.Bytes(), []byte("NaN")) {
		t.Error("NaN in JSON")
	}
}
