package textmodel_test

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/essaylab/themes/textmodel"
)

// fileFields splits one line of a model file as Parse does: at runs of
// spaces and tabs, after dropping a final "\r".
func fileFields(line []byte) []string {
	line = bytes.TrimSuffix(line, []byte("\r"))
	return strings.FieldsFunc(string(line), func(r rune) bool { return r == ' ' || r == '\t' })
}

// wordSection reads the words section of an accepted model file without
// the package's help: the count the "words" line declares and the words
// of the lines after it.
func wordSection(data []byte) (declared int, words []string, ok bool) {
	header, inWords := false, false
	for line := range bytes.SplitSeq(data, []byte("\n")) {
		f := fileFields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch {
		case !header:
			header = true
		case inWords:
			words = append(words, f[0])
		case f[0] == "words" && len(f) == 2:
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return 0, nil, false
			}
			declared, inWords = n, true
		}
	}
	return declared, words, inWords
}

// checkParseError checks that err, from parsing data as name, is a
// *ParseError that names the file, points at a line and column of data
// (or the line after the last, for errors found at the end) and unwraps
// to exactly one of the sentinels.
func checkParseError(t testing.TB, name string, data []byte, err error) {
	t.Helper()
	var pe *textmodel.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not a *ParseError", err, err)
	}
	if pe.File != name {
		t.Fatalf("error names the file %q, want %q: %v", pe.File, name, err)
	}
	lines := bytes.Split(data, []byte("\n"))
	if pe.Line < 1 || pe.Line > len(lines)+1 || pe.Col < 1 {
		t.Fatalf("error at %d:%d in %d lines: %v", pe.Line, pe.Col, len(lines), err)
	}
	if pe.Line <= len(lines) && pe.Col > len(lines[pe.Line-1])+1 {
		t.Fatalf("error at column %d of a line of %d bytes: %v", pe.Col, len(lines[pe.Line-1]), err)
	}
	if prefix := name + ":" + strconv.Itoa(pe.Line) + ":" + strconv.Itoa(pe.Col) + ": "; !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("error prints as %q, want the prefix %q", err, prefix)
	}
	n := 0
	for _, s := range []error{textmodel.ErrSyntax, textmodel.ErrDuplicate, textmodel.ErrCount, textmodel.ErrOrder} {
		if errors.Is(err, s) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("error %v unwraps to %d sentinels, want 1", err, n)
	}
}

// FuzzParse checks that Parse refuses a bad file with a *ParseError that
// points into it, and that an accepted model has the declared
// vocabulary, is written back as it is read, and predicts probabilities
// for its own words.
func FuzzParse(f *testing.F) {
	nb, err := os.ReadFile("themes.nb")
	if err != nil {
		f.Fatal(err)
	}
	if len(nb) > 2048 {
		nb = nb[:bytes.LastIndexByte(nb[:2048], '\n')+1]
	}
	f.Add(nb)
	f.Add([]byte(validModel)) // format_test.go
	for _, s := range []string{
		"",
		"textmodel naive-bayes\n",
		"textmodel naive-bayes\r\nsmoothing 1\r\nclass a 1\r\nclass b 1\r\nwords 1\r\nx 1 1\r\n",
		"textmodel naive-bayes\nsmoothing 0.5\nclass a 2\nclass b 1\nclass c 1\nwords 2\n# w\nx 2 0 1\ny 0 1 0",
		"textmodel naive-bayes\nsmoothing 0.5\nclass a 2\nclass b 1\nwords 2\ny 1 1\nx 1 1\n",
		"textmodel naive-bayes\nsmoothing 0.5\nclass a 2\nclass b 1\nwords 2\nx 1 1\nx 1 1\n",
		"textmodel naive-bayes\nsmoothing 2e-308\nclass a 9\nclass b 9\nwords 1\nx 9 9\n",
		"textmodel naive-bayes\nabout x\nclass a 1\nclass a 1\n",
		// Sums that overflowed an int and gave NaN probabilities.
		"textmodel naive-bayes\nsmoothing 1e6\nclass a 1099511627776\nclass b 1\nwords 2\nx 1099511627776 0\ny 1099511627776 1\n",
		"textmodel naive-bayes\nsmoothing 1e308\nclass a 1\nclass b 1\nwords 2\nx 0 0\ny 1 0\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "fuzz.nb"
		m, err := textmodel.Parse(bytes.NewReader(data), name)
		if err != nil {
			checkParseError(t, name, data, err)
			return
		}
		declared, words, ok := wordSection(data)
		if !ok {
			t.Fatal("accepted without a words line")
		}
		if m.Vocabulary() != declared || len(words) != declared {
			t.Fatalf("Vocabulary() = %d; %d words declared, %d listed", m.Vocabulary(), declared, len(words))
		}

		first := write(t, m) // format_test.go
		back := parse(t, first, name)
		if second := write(t, back); !bytes.Equal(first, second) {
			t.Fatalf("WriteTo → Parse → WriteTo differs:\n%q\n%q", first, second)
		}

		nc := len(m.Classes())
		for i, w := range words {
			if !m.Known(w) {
				t.Fatalf("listed word %q not known", w)
			}
			for c := range nc {
				if n := m.Count(w, c); n < 0 || n > m.Documents(c) {
					t.Fatalf("Count(%q, %d) = %d of %d documents", w, c, n, m.Documents(c))
				}
			}
			if i < 32 {
				checkPrediction(t, m, m.Predict([]string{w})) // naivebayes_test.go
			}
		}
		p := m.Predict(words)
		checkPrediction(t, m, p)
		if p.Known != len(words) {
			t.Fatalf("Known %d of %d vocabulary words", p.Known, len(words))
		}
		checkPrediction(t, m, m.Predict(nil))
	})
}
