package textmodel_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/essaylab/themes/textmodel"
)

// write returns m as WriteTo writes it, and checks the byte count.
func write(t testing.TB, m *textmodel.NaiveBayes) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Fatalf("WriteTo returned %d bytes, wrote %d", n, buf.Len())
	}
	return buf.Bytes()
}

// parse parses src, failing the test on an error.
func parse(t testing.TB, src []byte, name string) *textmodel.NaiveBayes {
	t.Helper()
	m, err := textmodel.Parse(bytes.NewReader(src), name)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// samePredictions checks that a and b give bit-identical predictions for
// every document.
func samePredictions(t testing.TB, a, b *textmodel.NaiveBayes, docs [][]string) {
	t.Helper()
	for _, d := range docs {
		pa, pb := a.Predict(d), b.Predict(d)
		if pa.Class != pb.Class || pa.RunnerUp != pb.RunnerUp || pa.Known != pb.Known {
			t.Errorf("%q: prediction %+v, after the round trip %+v", d, pa, pb)
			continue
		}
		for c := range pa.Probabilities {
			if math.Float64bits(pa.Probabilities[c]) != math.Float64bits(pb.Probabilities[c]) {
				t.Errorf("%q: P(%d) = %.17g, after the round trip %.17g", d, c, pa.Probabilities[c], pb.Probabilities[c])
			}
		}
	}
}

func TestRoundTrip(t *testing.T) {
	docs := [][]string{
		strings.Fields("the soup cools slowly"),
		strings.Fields("late train and soup"),
		strings.Fields("water the roses at dusk and wait"),
		nil,
	}
	for _, tt := range []struct {
		name      string
		smoothing float64
		minDocs   int
		about     string
	}{
		{"jeffreys", 0.5, 1, ""},
		{"laplace, pruned", 1, 2, "hand-made examples"},
		{"odd smoothing", 0.1 + 0.2, 1, "α = 0.1 + 0.2, # not a comment"},
		{"tiny smoothing", 5e-324, 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := textmodel.Train(refClasses, refExamples, tt.smoothing, tt.minDocs)
			if err != nil {
				t.Fatal(err)
			}
			if tt.about != "" {
				m = m.WithAbout(tt.about)
			}
			first := write(t, m)
			back := parse(t, first, "model.nb")
			if second := write(t, back); !bytes.Equal(first, second) {
				t.Fatalf("WriteTo → Parse → WriteTo differs:\n%s\n---\n%s", first, second)
			}
			if back.Smoothing() != m.Smoothing() || back.About() != m.About() || back.Vocabulary() != m.Vocabulary() {
				t.Errorf("after the round trip smoothing %v, about %q, vocabulary %d; want %v, %q, %d",
					back.Smoothing(), back.About(), back.Vocabulary(), m.Smoothing(), m.About(), m.Vocabulary())
			}
			samePredictions(t, m, back, docs)
		})
	}
}

func TestWriteToDefault(t *testing.T) {
	m, err := textmodel.Default()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("themes.nb")
	if err != nil {
		t.Fatal(err)
	}
	if got := write(t, m); !bytes.Equal(got, want) {
		t.Fatal("WriteTo of Default() differs from themes.nb")
	}
	back := parse(t, want, textmodel.DefaultFile)
	samePredictions(t, m, back, [][]string{
		strings.Fields("nobody called me back and i ate alone again"),
		strings.Fields("we took turns with the dishes and she paid me back"),
		nil,
	})
}

func TestWriteToError(t *testing.T) {
	m := trainRef(t)
	boom := errors.New("disk full")
	if _, err := m.WriteTo(errWriter{boom}); !errors.Is(err, boom) {
		t.Errorf("WriteTo to a failing writer: err = %v, want %v", err, boom)
	}
}

type errWriter struct{ err error }

func (w errWriter) Write([]byte) (int, error) { return 0, w.err }

// validModel is a small model file that Parse accepts; the error cases
// below are edits of it.
const validModel = `textmodel naive-bayes
about three classes
smoothing 0.5
class a 3
class b 2
words 2
x 1 0
y 3 2
`

func TestParseErrors(t *testing.T) {
	const head = "textmodel naive-bayes\nsmoothing 0.5\nclass a 3\nclass b 2\n"
	for _, tt := range []struct {
		name     string
		src      string
		pos      string // "line:col"
		sentinel error
	}{
		{"empty file", "", "1:1", textmodel.ErrSyntax},
		{"only comments", "# a model\n\n   \n", "4:1", textmodel.ErrSyntax},
		{"missing first line", "smoothing 0.5\nclass a 3\n", "1:1", textmodel.ErrSyntax},
		{"wrong first line", "textmodel naive-bayes v2\n", "1:1", textmodel.ErrSyntax},
		{"first line with trailing space", "textmodel naive-bayes \n", "1:1", textmodel.ErrSyntax},
		{"first line after a blank line", "\ntextmodel  naive-bayes\n", "2:1", textmodel.ErrSyntax},
		{"no words section", head, "5:1", textmodel.ErrSyntax},
		{"unknown directive", "textmodel naive-bayes\n  vocabulary 3\n", "2:3", textmodel.ErrSyntax},
		{"directive in upper case", "textmodel naive-bayes\nSmoothing 0.5\n", "2:1", textmodel.ErrSyntax},

		{"smoothing not a number", "textmodel naive-bayes\nsmoothing half\n", "2:11", textmodel.ErrCount},
		{"smoothing 0", "textmodel naive-bayes\nsmoothing 0\n", "2:11", textmodel.ErrCount},
		{"smoothing negative", "textmodel naive-bayes\nsmoothing\t-1\n", "2:11", textmodel.ErrCount},
		{"smoothing NaN", "textmodel naive-bayes\nsmoothing NaN\n", "2:11", textmodel.ErrCount},
		{"smoothing +Inf", "textmodel naive-bayes\nsmoothing +Inf\n", "2:11", textmodel.ErrCount},
		{"smoothing overflows", "textmodel naive-bayes\nsmoothing 1e400\n", "2:11", textmodel.ErrCount},
		{"smoothing without a number", "textmodel naive-bayes\nsmoothing\n", "2:1", textmodel.ErrSyntax},
		{"smoothing with two numbers", "textmodel naive-bayes\n smoothing 0.5 1\n", "2:2", textmodel.ErrSyntax},

		{"class name in upper case", "textmodel naive-bayes\nclass Rejection 3\n", "2:7", textmodel.ErrSyntax},
		{"class name with a dot", "textmodel naive-bayes\nclass re.jection 3\n", "2:7", textmodel.ErrSyntax},
		{"class without documents", "textmodel naive-bayes\nclass a\n", "2:1", textmodel.ErrSyntax},
		{"class with four fields", "textmodel naive-bayes\nclass a 3 4\n", "2:1", textmodel.ErrSyntax},
		{"duplicate class", "textmodel naive-bayes\nclass a 3\nclass b 1\nclass  a 2\n", "4:8", textmodel.ErrDuplicate},
		{"class with 0 documents", "textmodel naive-bayes\nclass a 0\n", "2:9", textmodel.ErrCount},
		{"class with negative documents", "textmodel naive-bayes\nclass a -3\n", "2:9", textmodel.ErrCount},
		{"class documents not a number", "textmodel naive-bayes\nclass a three\n", "2:9", textmodel.ErrCount},
		{"class documents fractional", "textmodel naive-bayes\nclass a 2.5\n", "2:9", textmodel.ErrCount},

		{"words before any class", "textmodel naive-bayes\nsmoothing 0.5\nwords 0\n", "3:1", textmodel.ErrSyntax},
		{"words after one class", "textmodel naive-bayes\nsmoothing 0.5\nclass a 3\nwords 1\nx 1\n", "4:1", textmodel.ErrSyntax},
		{"words before smoothing", "textmodel naive-bayes\nclass a 3\nclass b 2\nwords 0\nsmoothing 0.5\n", "4:1", textmodel.ErrSyntax},
		{"words count not a number", head + "words many\n", "5:7", textmodel.ErrCount},
		{"words count negative", head + "words -1\n", "5:7", textmodel.ErrCount},
		{"words count too large", head + "words 16777217\n", "5:7", textmodel.ErrCount},
		{"words without a count", head + "words\n", "5:1", textmodel.ErrSyntax},

		{"word line with too few fields", head + "words 1\nx 1\n", "6:1", textmodel.ErrSyntax},
		{"word line with too many fields", head + "words 1\n\tx 1 0 0\n", "6:2", textmodel.ErrSyntax},
		{"word line with only a word", head + "words 1\nx\n", "6:1", textmodel.ErrSyntax},
		{"word with a control character", head + "words 1\nx\x01y 1 0\n", "6:1", textmodel.ErrSyntax},
		{"word not UTF-8", head + "words 1\n\xff 1 0\n", "6:1", textmodel.ErrSyntax},
		{"negative count", head + "words 1\nx -1 0\n", "6:3", textmodel.ErrCount},
		{"count above the class's documents", head + "words 1\nx 3 3\n", "6:5", textmodel.ErrCount},
		{"count not a number", head + "words 1\nx 1  one\n", "6:6", textmodel.ErrCount},
		{"duplicate word", head + "words 3\nx 1 0\nx 2 0\n", "7:1", textmodel.ErrDuplicate},
		{"words out of order", head + "words 2\ny 1 0\nx 1 0\n", "7:1", textmodel.ErrOrder},
		{"words out of byte order", head + "words 2\napple 1 0\nZed 1 0\n", "7:1", textmodel.ErrOrder},
		{"more words than declared", head + "words 1\nx 1 0\ny 1 0\n", "7:1", textmodel.ErrCount},
		{"fewer words than declared", head + "words 3\nx 1 0\n# end\ny 1 0\n", "9:1", textmodel.ErrCount},
		{"fewer words, no final newline", head + "words 3\nx 1 0\ny 1 0", "8:1", textmodel.ErrCount},
		{"directive after the words", head + "words 1\nx 1 0\nsmoothing 1\n", "7:1", textmodel.ErrSyntax},

		{"smoothing above MaxSmoothing", "textmodel naive-bayes\nsmoothing 1e308\n", "2:11", textmodel.ErrCount},
		{"second smoothing line", "textmodel naive-bayes\nsmoothing 9\nsmoothing 0.5\n", "3:1", textmodel.ErrDuplicate},
		{"second about line", "textmodel naive-bayes\nabout one\n about two\n", "3:2", textmodel.ErrDuplicate},
		{"class documents above MaxDocuments", "textmodel naive-bayes\nclass a 9223372036854775807\n", "2:9", textmodel.ErrCount},

		{"line longer than 64 KiB", "textmodel naive-bayes\nabout " + strings.Repeat("long ", 14000) + "\n", "2:1", textmodel.ErrSyntax},
		{"long line after many lines", head + "words 1\nx 1 0\n" + strings.Repeat("x", 1<<17), "7:1", textmodel.ErrSyntax},
	} {
		t.Run(tt.name, func(t *testing.T) {
			const name = "bad.nb"
			m, err := textmodel.Parse(strings.NewReader(tt.src), name)
			if err == nil {
				t.Fatalf("no error; model with %d words", m.Vocabulary())
			}
			if m != nil {
				t.Errorf("Parse returned a model with error %v", err)
			}
			var pe *textmodel.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v (%T) is not a *ParseError", err, err)
			}
			if got := fmt.Sprintf("%d:%d", pe.Line, pe.Col); got != tt.pos || pe.File != name {
				t.Errorf("error at %s:%s, want %s:%s: %v", pe.File, got, name, tt.pos, err)
			}
			if prefix := name + ":" + tt.pos + ": "; !strings.HasPrefix(err.Error(), prefix) || len(err.Error()) == len(prefix) {
				t.Errorf("error prints as %q, want %q and a message", err, prefix)
			}
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("error %v is not %v", err, tt.sentinel)
			}
			for _, other := range []error{textmodel.ErrSyntax, textmodel.ErrDuplicate, textmodel.ErrCount, textmodel.ErrOrder} {
				if other != tt.sentinel && errors.Is(err, other) {
					t.Errorf("error %v is also %v", err, other)
				}
			}
		})
	}
}

func TestParseReaderError(t *testing.T) {
	boom := errors.New("connection reset")
	_, err := textmodel.Parse(iotest.ErrReader(boom), "net.nb")
	if !errors.Is(err, boom) {
		t.Errorf("Parse of a failing reader: err = %v, want %v", err, boom)
	}
	var pe *textmodel.ParseError
	if errors.As(err, &pe) {
		t.Errorf("a read error is reported as a *ParseError: %v", err)
	}
	// A reader that gives one byte at a time reads as well as any.
	m, err := textmodel.Parse(iotest.OneByteReader(strings.NewReader(validModel)), "slow.nb")
	if err != nil {
		t.Fatal(err)
	}
	if m.Vocabulary() != 2 {
		t.Errorf("Vocabulary() = %d, want 2", m.Vocabulary())
	}
	// An error after some good lines is returned as it is.
	r := iotest.TimeoutReader(strings.NewReader(validModel)) // fails on the second read
	if _, err := textmodel.Parse(r, "timeout.nb"); !errors.Is(err, iotest.ErrTimeout) {
		t.Errorf("Parse of a reader timing out: err = %v, want %v", err, iotest.ErrTimeout)
	}
}

func TestParseAccepts(t *testing.T) {
	want := write(t, parse(t, []byte(validModel), "valid.nb"))
	for _, tt := range []struct{ name, src string }{
		{"canonical", validModel},
		{"CRLF line endings", strings.ReplaceAll(validModel, "\n", "\r\n")},
		{"no final newline", strings.TrimSuffix(validModel, "\n")},
		{"comments and blank lines", "# written by hand\n\n" + strings.ReplaceAll(validModel, "\nclass", "\n\n# a class\n  \t\nclass") + "# the end\n"},
		{"comment between word lines", strings.Replace(validModel, "x 1 0\n", "x 1 0\n#y 9 9\n  # y 9 9\n\n", 1)},
		{"tabs and runs of spaces", strings.NewReplacer("smoothing 0.5", "\tsmoothing\t 0.5", "class a 3", "class   a   3  ", "x 1 0", "  x\t1\t0 ").Replace(validModel)},
		{"number forms", strings.NewReplacer("smoothing 0.5", "smoothing 5e-1", "x 1 0", "x +1 00", "class b 2", "class b 02").Replace(validModel)},
		{"about with extra space", strings.Replace(validModel, "about three classes", "about    three classes  ", 1)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := parse(t, []byte(tt.src), "ok.nb")
			if got := write(t, m); !bytes.Equal(got, want) {
				t.Errorf("read as\n%s\nwant\n%s", got, want)
			}
		})
	}

	m := parse(t, []byte(validModel), "valid.nb")
	if m.About() != "three classes" || m.Smoothing() != 0.5 || m.Vocabulary() != 2 {
		t.Errorf("about %q, smoothing %v, vocabulary %d", m.About(), m.Smoothing(), m.Vocabulary())
	}
	for _, tt := range []struct {
		word   string
		counts [2]int
	}{{"x", [2]int{1, 0}}, {"y", [2]int{3, 2}}} {
		for c, want := range tt.counts {
			if got := m.Count(tt.word, c); got != want {
				t.Errorf("Count(%q, %d) = %d, want %d", tt.word, c, got, want)
			}
		}
	}
	if m.Documents(0) != 3 || m.Documents(1) != 2 {
		t.Errorf("Documents = %d, %d; want 3, 2", m.Documents(0), m.Documents(1))
	}

	// Byte order, not dictionary order: "Zed" < "apple" < "Ésprit"
	// (0xC3); punctuation and apostrophes are words too.
	src := "textmodel naive-bayes\nsmoothing 1\nclass a 1\nclass b 1\nwords 5\n'd 1 0\nZed 1 0\na.m. 0 1\napple 0 1\n\u00c9sprit 1 1\n"
	m = parse(t, []byte(src), "order.nb")
	for _, w := range []string{"'d", "Zed", "a.m.", "apple", "Ésprit"} {
		if !m.Known(w) {
			t.Errorf("%q not known", w)
		}
	}
	if got := write(t, m); string(got) != src {
		t.Errorf("written as\n%s\nwant\n%s", got, src)
	}

	// An empty vocabulary is a model that predicts the priors.
	m = parse(t, []byte("textmodel naive-bayes\nsmoothing 1\nclass a 1\nclass b 3\nwords 0\n"), "empty.nb")
	if p := m.Predict([]string{"x"}); p.Class != 1 || !closeRel(p.Probability, 0.75, 1e-15) || p.Known != 0 {
		t.Errorf("Predict on an empty vocabulary: %+v", p)
	}
}

// TestParseDeclaredWordsCostNothing checks that the number on a "words"
// line does not decide how much memory Parse takes: a 99-byte file that
// declares 16,777,216 words of four classes is refused without
// allocating for them.
func TestParseDeclaredWordsCostNothing(t *testing.T) {
	const src = "textmodel naive-bayes\nsmoothing 1\nclass a 1\nclass b 1\nclass c 1\nclass d 1\nwords 16777216\n"
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := textmodel.Parse(strings.NewReader(src), "big.nb")
	runtime.ReadMemStats(&after)
	if !errors.Is(err, textmodel.ErrCount) {
		t.Errorf("Parse: %v, want ErrCount", err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 1<<20 {
		t.Errorf("Parse allocated %d bytes for a %d-byte file", got, len(src))
	}
}
