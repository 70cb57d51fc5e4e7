// Command train-context trains a context model (package textmodel) from
// labelled passages, for corpus-report -context-model.
//
// Usage:
//
//	train-context [-classes a,b,…] [-smoothing 0.5] [-min-docs 2] [-o model.nb] FILE.jsonl…
//
// Each input line is a JSON object with "label" and "text" (other fields
// are ignored). The classes are the lexicon's themes and "none"; by
// default they are the labels in the order they first appear. Texts are
// segmented as package analyze does and read as its context features
// (analyze.Text.ContextFeatures: words and adjacent word pairs), so the
// model reads the same features at analysis time. The model is written in the textmodel text format to -o
// or standard output.
//
// Exit status: 0 when the model is written, 1 for an I/O error, 2 for a
// usage error or bad input (reported as file:line: message).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/textmodel"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train-context", flag.ContinueOnError)
	fs.SetOutput(stderr)
	classList := fs.String("classes", "", "comma-separated `classes`, in model order (default: the labels as they first appear)")
	smoothing := fs.Float64("smoothing", 0.5, "additive smoothing α (0.5 is Jeffreys' prior, 1 Laplace's)")
	minDocs := fs.Int("min-docs", 3, "leave out words and word pairs found in fewer passages than this")
	about := fs.String("about", "", "provenance line written into the model (default: the input files)")
	outFile := fs.String("o", "", "write the model to `file` instead of standard output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "train-context: name at least one JSON lines file of labelled passages")
		return 2
	}
	seg, err := analyze.NewSegmenter()
	if err != nil {
		fmt.Fprintln(stderr, "train-context:", err)
		return 1
	}
	var classes []string
	if *classList != "" {
		classes = strings.Split(*classList, ",")
	}
	var examples []textmodel.Example
	for _, path := range fs.Args() {
		ex, labels, err := readPassages(path, seg)
		if err != nil {
			fmt.Fprintln(stderr, "train-context:", err)
			var ie *inputError
			if errors.As(err, &ie) {
				return 2
			}
			return 1
		}
		examples = append(examples, ex...)
		if *classList == "" {
			for _, l := range labels {
				if !slices.Contains(classes, l) {
					classes = append(classes, l)
				}
			}
		}
	}
	m, err := textmodel.Train(classes, examples, *smoothing, *minDocs)
	if err != nil {
		fmt.Fprintln(stderr, "train-context:", err)
		return 2
	}
	if *about == "" {
		*about = fmt.Sprintf("trained on %s (%d passages); words and word pairs in at least %d passages", strings.Join(fs.Args(), ", "), len(examples), *minDocs)
	}
	m = m.WithAbout(*about)
	out := stdout
	if *outFile != "" {
		f, err := os.Create(*outFile)
		if err != nil {
			fmt.Fprintln(stderr, "train-context:", err)
			return 1
		}
		defer f.Close()
		out = f
	}
	if _, err := m.WriteTo(out); err != nil {
		fmt.Fprintln(stderr, "train-context:", err)
		return 1
	}
	if f, ok := out.(*os.File); ok && f != os.Stdout {
		if err := f.Close(); err != nil {
			fmt.Fprintln(stderr, "train-context:", err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "train-context: %d passages, %d classes, %d words\n", len(examples), len(classes), m.Vocabulary())
	return 0
}

// inputError is a bad line in an input file.
type inputError struct {
	file string
	line int
	msg  string
}

func (e *inputError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// readPassages reads the labelled passages of a JSON lines file and
// returns them as examples, with their labels in the order they first
// appear.
func readPassages(path string, seg *analyze.Segmenter) ([]textmodel.Example, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var (
		out    []textmodel.Example
		labels []string
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var p struct {
			Label *string `json:"label"`
			Text  *string `json:"text"`
		}
		if err := json.Unmarshal(b, &p); err != nil {
			return nil, nil, &inputError{path, line, "not a JSON object: " + err.Error()}
		}
		if p.Label == nil || p.Text == nil {
			return nil, nil, &inputError{path, line, `want "label" and "text"`}
		}
		t := seg.Segment(*p.Text)
		out = append(out, textmodel.Example{Class: *p.Label, Words: t.ContextFeatures()})
		seg.Recycle(t)
		if !slices.Contains(labels, *p.Label) {
			labels = append(labels, *p.Label)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, labels, nil
}
