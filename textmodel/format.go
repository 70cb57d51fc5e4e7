package textmodel

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/essaylab/themes/internal/linefmt"
)

// Errors a model file can be refused with, wrapped in a *ParseError.
var (
	ErrSyntax    = errors.New("syntax error")
	ErrDuplicate = errors.New("duplicate")
	ErrCount     = errors.New("bad count")
	ErrOrder     = errors.New("words out of order")
)

// maxPrealloc bounds the word slots allocated from a "words" line before
// the words are read, so that a short file cannot claim much memory.
const maxPrealloc = 4096

// ParseError is an error in a model file, with its position. It prints as
// "file:line:col: message" and unwraps to one of the Err sentinels.
type ParseError struct {
	File      string
	Line, Col int // 1-based; Col counts bytes
	Err       error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Col, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

const magic = "textmodel naive-bayes"

// maxLine bounds one line of a model file.
const maxLine = 1 << 16

// Parse reads a model in the text format written by WriteTo; name is used
// in errors. See the package documentation for the format.
func Parse(r io.Reader, name string) (*NaiveBayes, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	line := 0
	fail := func(col int, sentinel error, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Col: col, Err: linefmt.Errorf(sentinel, format, args...)}
	}
	var (
		classes   []string
		docs      []int
		smoothing = math.NaN()
		about     string
		vocab     []string
		counts    []int
		want      = -1 // declared vocabulary size, once "words" is read
		header    bool
	)
	for sc.Scan() {
		line++
		text := sc.Text() // bufio.ScanLines has dropped a \r before the \n
		fields, cols := linefmt.Fields(text, 1)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if !header {
			if text != magic {
				return nil, fail(1, ErrSyntax, "want %q as the first line", magic)
			}
			header = true
			continue
		}
		if want >= 0 { // a word line: word and one count per class
			if len(fields) != 1+len(classes) {
				return nil, fail(cols[0], ErrSyntax, "want a word and %d counts, have %d fields", len(classes), len(fields))
			}
			w := fields[0]
			if !validWord(w) {
				return nil, fail(cols[0], ErrSyntax, "bad word %q", w)
			}
			if n := len(vocab); n > 0 && w <= vocab[n-1] {
				if w == vocab[n-1] {
					return nil, fail(cols[0], ErrDuplicate, "word %q listed twice", w)
				}
				return nil, fail(cols[0], ErrOrder, "word %q after %q: words must be in byte order", w, vocab[n-1])
			}
			if len(vocab) == want {
				return nil, fail(cols[0], ErrCount, "more than the %d words declared", want)
			}
			for c := range classes {
				n, err := strconv.Atoi(fields[1+c])
				if err != nil || n < 0 || n > docs[c] {
					return nil, fail(cols[1+c], ErrCount, "count %q for class %q: want 0 to %d", fields[1+c], classes[c], docs[c])
				}
				counts = append(counts, n)
			}
			vocab = append(vocab, w)
			continue
		}
		switch fields[0] {
		case "about":
			if about != "" {
				return nil, fail(cols[0], ErrDuplicate, "a second about line")
			}
			about = strings.TrimSpace(text[cols[0]-1+len("about"):])
		case "smoothing":
			if len(fields) != 2 {
				return nil, fail(cols[0], ErrSyntax, "want smoothing and one number")
			}
			if !math.IsNaN(smoothing) {
				return nil, fail(cols[0], ErrDuplicate, "a second smoothing line")
			}
			v, err := strconv.ParseFloat(fields[1], 64)
			if err != nil || !(v > 0 && v <= MaxSmoothing) {
				return nil, fail(cols[1], ErrCount, "smoothing %q: want a number in (0, %g]", fields[1], float64(MaxSmoothing))
			}
			smoothing = v
		case "class":
			if len(fields) != 3 {
				return nil, fail(cols[0], ErrSyntax, "want class NAME DOCUMENTS")
			}
			if !validName(fields[1]) {
				return nil, fail(cols[1], ErrSyntax, "bad class name %q: use a-z, 0-9, - and _", fields[1])
			}
			for _, c := range classes {
				if c == fields[1] {
					return nil, fail(cols[1], ErrDuplicate, "class %q declared twice", c)
				}
			}
			n, err := strconv.Atoi(fields[2])
			if err != nil || n < 1 || n > MaxDocuments {
				return nil, fail(cols[2], ErrCount, "documents %q: want a whole number from 1 to %d", fields[2], MaxDocuments)
			}
			classes = append(classes, fields[1])
			docs = append(docs, n)
		case "words":
			if len(fields) != 2 {
				return nil, fail(cols[0], ErrSyntax, "want words and the number of words")
			}
			n, err := strconv.Atoi(fields[1])
			if err != nil || n < 0 || n > 1<<24 {
				return nil, fail(cols[1], ErrCount, "words %q: want a whole number up to 16777216", fields[1])
			}
			if len(classes) < 2 {
				return nil, fail(cols[0], ErrSyntax, "want at least two classes before the words")
			}
			if math.IsNaN(smoothing) {
				return nil, fail(cols[0], ErrSyntax, "want smoothing before the words")
			}
			want = n
			vocab = make([]string, 0, min(n, maxPrealloc))
			counts = make([]int, 0, min(n, maxPrealloc)*len(classes))
		default:
			return nil, fail(cols[0], ErrSyntax, "unknown directive %q", fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ParseError{File: name, Line: line + 1, Col: 1, Err: linefmt.Errorf(ErrSyntax, "line longer than %d bytes", maxLine)}
		}
		return nil, err
	}
	line++
	if !header {
		return nil, fail(1, ErrSyntax, "empty file: want %q", magic)
	}
	if want < 0 {
		return nil, fail(1, ErrSyntax, "no words section")
	}
	if len(vocab) != want {
		return nil, fail(1, ErrCount, "%d words declared, %d listed", want, len(vocab))
	}
	return build(classes, docs, smoothing, vocab, counts, about)
}

// WriteTo writes the model in the format Parse reads: the counts, from
// which everything else is derived, with the smoothing and the classes.
// Reading it back gives a model that predicts exactly the same.
func (m *NaiveBayes) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	bw := bufio.NewWriter(cw)
	put := func(s string) { bw.WriteString(s) }
	put(magic + "\n")
	if m.about != "" {
		put("about " + m.about + "\n")
	}
	put("smoothing " + strconv.FormatFloat(m.smoothing, 'g', -1, 64) + "\n")
	for c, name := range m.classes {
		put("class " + name + " " + strconv.Itoa(m.docs[c]) + "\n")
	}
	put("words " + strconv.Itoa(len(m.vocab)) + "\n")
	nc := len(m.classes)
	var b []byte
	for i, word := range m.vocab {
		b = append(b[:0], word...)
		for _, k := range m.counts[i*nc : i*nc+nc] {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(k), 10)
		}
		b = append(b, '\n')
		bw.Write(b)
	}
	err := bw.Flush()
	return cw.n, err
}

// countWriter counts the bytes that reach w.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	k, err := c.w.Write(p)
	c.n += int64(k)
	return k, err
}

// WithAbout returns a copy of m whose provenance line is about (one line;
// line breaks are replaced by spaces).
func (m *NaiveBayes) WithAbout(about string) *NaiveBayes {
	c := *m
	c.about = strings.Join(strings.Fields(about), " ")
	return &c
}
