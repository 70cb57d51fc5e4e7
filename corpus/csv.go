package corpus

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
)

// errTooLarge is returned by a limitedReader when one record or token is
// larger than the limit.
var errTooLarge = errors.New("record is larger than MaxDocBytes")

// limitedReader fails when more than max bytes are read between two calls
// of reset. It bounds the memory a CSV record or an XML token can take,
// since encoding/csv and encoding/xml hold a whole one in memory.
type limitedReader struct {
	r      io.Reader
	n, max int64
}

func (l *limitedReader) reset() { l.n = 0 }

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, errTooLarge
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// csvRecords reads a CSV file with a header row, one document per record.
type csvRecords struct {
	rc      io.ReadCloser
	lim     *limitedReader
	cr      *csv.Reader
	source  string
	r       *Reader
	header  []string
	textCol int
	idCol   int
	started bool
	done    bool
}

func newCSVRecords(rc io.ReadCloser, source string, r *Reader) *csvRecords {
	// The slack covers the reader's buffering beyond the current record.
	lim := &limitedReader{r: rc, max: r.max + 64<<10}
	cr := csv.NewReader(lim)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvRecords{rc: rc, lim: lim, cr: cr, source: source, r: r, idCol: -1, textCol: -1}
}

func (c *csvRecords) close() { c.rc.Close() }

// readHeader reads the header row. It returns false, after a warning,
// when the file cannot be read as documents.
func (c *csvRecords) readHeader() bool {
	rec, err := c.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			c.r.warn(c.source, 0, "empty CSV file: no header row; file skipped")
		case errors.As(err, &pe):
			c.r.warn(c.source, pe.StartLine, "invalid CSV header: "+pe.Err.Error()+"; file skipped")
		default:
			c.r.warn(c.source, 1, "read error: "+errText(err)+"; file skipped")
		}
		return false
	}
	c.header = make([]string, len(rec))
	for i, h := range rec {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		h = strings.TrimSpace(h)
		if h == "" {
			h = "column" + strconv.Itoa(i+1)
		}
		c.header[i] = h
		switch {
		case strings.EqualFold(h, "text") && c.textCol < 0:
			c.textCol = i
		case strings.EqualFold(h, "id") && c.idCol < 0:
			c.idCol = i
		}
	}
	if c.textCol < 0 {
		line, _ := c.cr.FieldPos(0)
		c.r.warn(c.source, line, `no "text" column in the CSV header; file skipped`)
		return false
	}
	return true
}

func (c *csvRecords) next() (*Document, error) {
	if !c.started {
		c.started = true
		if !c.readHeader() {
			c.done = true
		}
	}
	for !c.done {
		c.lim.reset()
		before := c.cr.InputOffset()
		rec, err := c.cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && !errors.Is(err, errTooLarge) {
				c.r.warn(c.source, pe.StartLine, "invalid CSV record: "+pe.Err.Error()+"; record skipped")
				if c.cr.InputOffset() == before {
					break // no progress: give up on the file
				}
				continue
			}
			line, _ := c.cr.FieldPos(0)
			if errors.Is(err, errTooLarge) {
				c.r.warn(c.source, line, "CSV record is larger than MaxDocBytes ("+strconv.FormatInt(c.r.max, 10)+"); rest of file skipped")
			} else {
				c.r.warn(c.source, line, "read error: "+errText(err)+"; rest of file skipped")
			}
			break
		}
		line, _ := c.cr.FieldPos(0)
		if len(rec) != len(c.header) {
			c.r.warn(c.source, line, "CSV record has "+strconv.Itoa(len(rec))+" fields, the header "+strconv.Itoa(len(c.header))+"; record skipped")
			continue
		}
		text := rec[c.textCol]
		if int64(len(text)) > c.r.max {
			c.r.warn(c.source, line, "text is larger than MaxDocBytes ("+strconv.FormatInt(c.r.max, 10)+"); record skipped")
			continue
		}
		d := &Document{
			ID:     strconv.Itoa(line),
			Source: c.source,
			Line:   line,
			Format: "csv",
			Text:   text,
		}
		if c.idCol >= 0 {
			if id := strings.TrimSpace(rec[c.idCol]); id != "" {
				d.ID = id
			}
		}
		for i, v := range rec {
			if i == c.textCol || i == c.idCol {
				continue
			}
			if d.Meta == nil {
				d.Meta = make(map[string]any, len(rec)-1)
			}
			if _, dup := d.Meta[c.header[i]]; !dup {
				d.Meta[c.header[i]] = v
			}
		}
		return d, nil
	}
	c.done = true
	return nil, io.EOF
}
