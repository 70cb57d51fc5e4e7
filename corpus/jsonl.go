package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// jsonlRecords reads JSON lines, one document per line.
type jsonlRecords struct {
	rc     io.ReadCloser
	br     *bufio.Reader
	source string
	r      *Reader
	line   int
	buf    []byte
	done   bool
}

func newJSONLRecords(rc io.ReadCloser, source string, r *Reader) *jsonlRecords {
	return &jsonlRecords{rc: rc, br: bufio.NewReaderSize(rc, 64<<10), source: source, r: r}
}

func (j *jsonlRecords) close() { j.rc.Close() }

// readLine reads the next line into j.buf, without its line ending. It
// reports a line longer than max by returning tooLong, having discarded
// the line.
func (j *jsonlRecords) readLine() (tooLong bool, err error) {
	j.buf = j.buf[:0]
	for {
		frag, err := j.br.ReadSlice('\n')
		if int64(len(j.buf))+int64(len(frag)) > j.r.max+2 { // +2 for "\r\n"
			tooLong = true
		} else {
			j.buf = append(j.buf, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			j.buf = j.buf[:0]
		}
		if err == io.EOF && (len(j.buf) > 0 || tooLong) {
			err = nil
			j.done = true
		}
		j.buf = bytes.TrimSuffix(j.buf, []byte("\n"))
		j.buf = bytes.TrimSuffix(j.buf, []byte("\r"))
		return tooLong, err
	}
}

func (j *jsonlRecords) next() (*Document, error) {
	for !j.done {
		tooLong, err := j.readLine()
		if err != nil {
			if err != io.EOF {
				j.r.warn(j.source, j.line+1, "read error: "+errText(err)+"; rest of input skipped")
			}
			j.done = true
			break
		}
		j.line++
		if tooLong {
			j.r.warn(j.source, j.line, "line is larger than MaxDocBytes ("+strconv.FormatInt(j.r.max, 10)+"); skipped")
			continue
		}
		line := j.buf
		if j.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, note, err := decodeJSONRecord(line, j.line)
		if err != nil {
			j.r.warn(j.source, j.line, err.Error()+"; line skipped")
			continue
		}
		if note != "" {
			j.r.warn(j.source, j.line, note)
		}
		d.Source = j.source
		return d, nil
	}
	return nil, io.EOF
}

// decodeJSONRecord decodes one JSON line into a document. A note tells
// of a degraded document: an "id" that could not be used.
func decodeJSONRecord(line []byte, lineNo int) (d *Document, note string, err error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, "", errors.New("not a JSON object")
		}
		return nil, "", errors.New("invalid JSON: " + err.Error())
	}
	if fields == nil {
		return nil, "", errors.New("not a JSON object")
	}
	raw, ok := fields["text"]
	if !ok {
		return nil, "", errors.New(`no "text" field`)
	}
	var text string
	if err := json.Unmarshal(raw, &text); err != nil || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil, "", errors.New(`"text" is not a string`)
	}
	d = &Document{
		ID:     strconv.Itoa(lineNo),
		Line:   lineNo,
		Format: "jsonl",
		Text:   text,
	}
	if raw, ok := fields["id"]; ok {
		var s string
		var n json.Number
		switch {
		case bytes.Equal(bytes.TrimSpace(raw), []byte("null")):
		case json.Unmarshal(raw, &s) == nil:
			if s != "" {
				d.ID = s
			} else {
				note = `empty "id"; using the line number`
			}
		case json.Unmarshal(raw, &n) == nil && n != "":
			d.ID = n.String()
		default:
			note = `"id" is not a string or number; using the line number`
		}
	}
	for k, raw := range fields {
		if k == "text" || k == "id" {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var v any
		if dec.Decode(&v) != nil {
			continue
		}
		if d.Meta == nil {
			d.Meta = make(map[string]any)
		}
		d.Meta[k] = jsonValue(v)
	}
	return d, note, nil
}
