package corpus

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// Format returns the format of a file by the extension of its name
// ("txt", "markdown", "html", "jsonl", "csv" or "wxr"), or "" when the
// package does not read such files.
func Format(name string) string { return formatOf(filepath.Ext(name)) }

// NewFileReader returns a Reader of the documents of one file whose
// content is read from src, for callers that find files themselves (an
// object store, a data pipeline). The format is chosen by the extension of
// name, as for the files of NewReader; name is the documents' Source, and
// a whole-file document's ID is name's base without the extension, as for
// a file given directly to NewReader. JSON lines, CSV and WordPress
// exports are read one record at a time; other files whole, up to
// Options.MaxDocBytes. A name with an unknown extension gives a warning
// and no document. Options.Stdin is not used. The caller closes src once
// Next has returned io.EOF.
func NewFileReader(name string, src io.Reader, opts Options) *Reader {
	r := NewReader(nil, opts)
	base := filepath.Base(name)
	ext := filepath.Ext(base)
	r.rec = &fileRecords{r: r, f: fileItem{path: name, id: strings.TrimSuffix(base, ext), ext: ext}, src: src}
	return r
}

// ReadBytes returns the documents of one file from its content, read as
// NewFileReader reads them, and the warnings about documents skipped or
// read in a degraded way. Options.Warn, when set, is called as well.
func ReadBytes(name string, data []byte, opts Options) ([]*Document, []Warning) {
	var warnings []Warning
	warn := opts.Warn
	opts.Warn = func(w Warning) {
		warnings = append(warnings, w)
		if warn != nil {
			warn(w)
		}
	}
	r := NewFileReader(name, bytes.NewReader(data), opts)
	var docs []*Document
	for {
		d, err := r.Next()
		if err != nil { // only io.EOF: there is no path to examine
			break
		}
		docs = append(docs, d)
	}
	return docs, warnings
}

// fileRecords reads the file of a NewFileReader: it hands the records of
// a JSONL, CSV or WXR file on to their reader, and reads any other file as
// one document.
type fileRecords struct {
	r       *Reader
	f       fileItem
	src     io.Reader
	started bool
	inner   records
}

func (s *fileRecords) close() {
	if s.inner != nil {
		s.inner.close()
	}
}

func (s *fileRecords) next() (*Document, error) {
	if !s.started {
		s.started = true
		rc := io.NopCloser(s.src)
		switch format := formatOf(s.f.ext); format {
		case "":
			s.r.warn(s.f.path, 0, "unknown file extension "+strconv.Quote(s.f.ext)+"; file skipped")
		case "jsonl":
			s.inner = newJSONLRecords(rc, s.f.path, s.r)
		case "csv":
			s.inner = newCSVRecords(rc, s.f.path, s.r)
		case "wxr":
			s.inner = newWXRRecords(rc, s.f.path, s.r)
		default:
			if d := s.document(format); d != nil {
				return d, nil
			}
		}
	}
	if s.inner != nil {
		return s.inner.next()
	}
	return nil, io.EOF
}

// document reads a text, Markdown or HTML file whole, as Reader.readFile
// does.
func (s *fileRecords) document(format string) *Document {
	r, name := s.r, s.f.path
	if sz, ok := s.src.(interface{ Size() int64 }); ok && sz.Size() > r.max { // a bytes.Reader or strings.Reader
		r.warn(name, 0, "file of "+strconv.FormatInt(sz.Size(), 10)+" bytes is larger than MaxDocBytes ("+strconv.FormatInt(r.max, 10)+"); skipped")
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(s.src, r.max+1))
	if err != nil {
		r.warn(name, 0, "read error: "+errText(err)+"; file skipped")
		return nil
	}
	if int64(len(data)) > r.max {
		r.warn(name, 0, "file is larger than MaxDocBytes ("+strconv.FormatInt(r.max, 10)+"); skipped")
		return nil
	}
	if isBinary(data) {
		r.warn(name, 0, "binary data; file skipped")
		return nil
	}
	d := &Document{Source: name, Line: 1, Format: format}
	switch format {
	case "txt":
		d.Text = string(data)
	case "markdown":
		d.Text = string(data)
		d.Meta, d.Skip = parseMarkdown(d.Text, func(line int, msg string) { r.warn(name, line, msg) })
	case "html":
		var note string
		d.Text, d.Meta, d.Skip, note = extractHTML(data, false)
		if note != "" {
			r.warn(name, 0, note)
		}
	}
	d.ID = r.uniqueID(s.f.id, s.f.ext)
	return d
}
