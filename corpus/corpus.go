package corpus

import (
	"errors"
	"io"
	"iter"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// DefaultMaxDocBytes is the document size limit used when
// Options.MaxDocBytes is zero or negative.
const DefaultMaxDocBytes = 64 << 20

// Span is a half-open byte range [Start, End) of Document.Text that is
// not the author's prose.
type Span struct {
	Start, End int
	Reason     string // "front-matter", "code", "markup" or "html"
}

// Reasons for a Span.
const (
	ReasonFrontMatter = "front-matter"
	ReasonCode        = "code"
	ReasonMarkup      = "markup"
	ReasonHTML        = "html"
)

// Document is one post of the corpus.
type Document struct {
	ID     string         // identifier; see the package documentation
	Source string         // the file path as given (joined with the folder), "-" for stdin
	Line   int            // 1-based line in Source where the document begins
	Format string         // "txt", "markdown", "html", "jsonl", "csv" or "wxr"
	Meta   map[string]any // JSON-compatible metadata; nil when there is none
	Text   string         // the text the analyzer reads
	Skip   []Span         // ranges of Text that are not prose: sorted, non-overlapping
}

// A Warning reports a document that was skipped or read in a degraded way.
type Warning struct {
	Source string // file path, "-" for stdin
	Line   int    // 1-based line, 0 when unknown or not applicable
	Msg    string
}

// Error returns "source:line: msg", or "source: msg" when Line is 0.
func (w Warning) Error() string {
	if w.Line > 0 {
		return w.Source + ":" + strconv.Itoa(w.Line) + ": " + w.Msg
	}
	return w.Source + ": " + w.Msg
}

// Options configure a Reader.
type Options struct {
	// Warn is called for every skipped or degraded document.
	// If nil, warnings are dropped.
	Warn func(Warning)

	// MaxDocBytes is the largest document (a file, or a record of a
	// JSONL, CSV or WXR file) that is read. A larger one is skipped with
	// a warning. Zero or negative means DefaultMaxDocBytes.
	MaxDocBytes int64

	// Stdin is read for the path "-". If nil, os.Stdin is used.
	Stdin io.Reader
}

// A Reader hands out the documents of a corpus one at a time.
// A Reader is not safe for concurrent use.
type Reader struct {
	paths []string
	opts  Options
	max   int64

	err   error      // sticky error
	next  int        // index into paths of the next path to start
	files []fileItem // pending files of the folder being read
	rec   records    // the open multi-record source, if any
	ids   map[string]bool
}

// records is a source of several documents: a JSONL, CSV or WXR file.
type records interface {
	// next returns the next document, or io.EOF at the end.
	// Problems are reported as warnings, never returned.
	next() (*Document, error)
	close()
}

// fileItem is a file to read.
type fileItem struct {
	path string // as given, joined with the folder
	id   string // ID derived from the path, before collision handling
	ext  string // extension with dot, as in the name
}

// NewReader returns a Reader of the given paths: files, folders, or "-"
// for JSON lines on standard input.
func NewReader(paths []string, opts Options) *Reader {
	r := &Reader{
		paths: append([]string(nil), paths...),
		opts:  opts,
		max:   opts.MaxDocBytes,
		ids:   make(map[string]bool),
	}
	if r.max <= 0 {
		r.max = DefaultMaxDocBytes
	}
	if r.opts.Stdin == nil {
		r.opts.Stdin = os.Stdin
	}
	return r
}

// Next returns the next document. At the end it returns io.EOF. It
// returns another error only for a problem that stops the run, such as a
// path given to NewReader that does not exist; after that, every call
// returns the same error. Documents that cannot be read are reported to
// Options.Warn and skipped.
func (r *Reader) Next() (*Document, error) {
	for r.err == nil {
		if r.rec != nil {
			d, err := r.rec.next()
			if err == nil {
				return d, nil
			}
			r.rec.close()
			r.rec = nil
			continue
		}
		if len(r.files) > 0 {
			f := r.files[0]
			r.files[0] = fileItem{}
			r.files = r.files[1:]
			if d := r.readFile(f); d != nil {
				return d, nil
			}
			continue
		}
		if r.next < len(r.paths) {
			p := r.paths[r.next]
			r.next++
			r.start(p)
			continue
		}
		r.err = io.EOF
	}
	return nil, r.err
}

// All returns an iterator over the remaining documents. It stops after
// the last document, or after yielding a non-nil error.
func (r *Reader) All() iter.Seq2[*Document, error] {
	return func(yield func(*Document, error) bool) {
		for {
			d, err := r.Next()
			if err == io.EOF {
				return
			}
			if !yield(d, err) || err != nil {
				return
			}
		}
	}
}

func (r *Reader) warn(source string, line int, msg string) {
	if r.opts.Warn != nil {
		r.opts.Warn(Warning{Source: source, Line: line, Msg: msg})
	}
}

// start begins reading a path given to NewReader.
func (r *Reader) start(p string) {
	if p == "-" {
		r.rec = newJSONLRecords(io.NopCloser(r.opts.Stdin), "-", r)
		return
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.err = err
		return
	}
	if !fi.IsDir() {
		base := filepath.Base(p)
		ext := filepath.Ext(base)
		r.files = append(r.files, fileItem{path: p, id: strings.TrimSuffix(base, ext), ext: ext})
		return
	}
	r.files = r.walk(p, fi)
}

// walk lists the readable files under the folder root, sorted by their
// slash-separated path relative to root.
func (r *Reader) walk(root string, rootInfo os.FileInfo) []fileItem {
	var files []fileItem
	seen := make(map[any]string) // directory identity -> relative path where it was read
	var visit func(dir, rel string, info os.FileInfo, ancestors map[any]bool)
	visit = func(dir, rel string, info os.FileInfo, ancestors map[any]bool) {
		key := dirKey(dir, info)
		if ancestors[key] {
			r.warn(dir, 0, "symbolic link loop; folder not read again")
			return
		}
		if prev, ok := seen[key]; ok {
			r.warn(dir, 0, "folder already read as "+filepath.Join(root, filepath.FromSlash(prev))+"; not read again")
			return
		}
		seen[key] = rel
		ancestors[key] = true
		defer delete(ancestors, key)

		entries, err := os.ReadDir(dir)
		if err != nil {
			r.warn(dir, 0, "cannot read folder: "+errText(err))
			// ReadDir returns the entries it could read.
		}
		for _, e := range entries {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			p := filepath.Join(dir, name)
			erel := path.Join(rel, name)
			typ := e.Type()
			var info os.FileInfo
			if typ&os.ModeSymlink != 0 {
				info, err = os.Stat(p)
				if err != nil {
					if formatOf(filepath.Ext(name)) != "" {
						r.warn(p, 0, "broken symbolic link: "+errText(err))
					}
					continue
				}
				typ = info.Mode().Type()
			}
			switch {
			case typ.IsDir():
				if info == nil {
					info, err = e.Info()
					if err != nil {
						r.warn(p, 0, "cannot read folder: "+errText(err))
						continue
					}
				}
				visit(p, erel, info, ancestors)
			case typ.IsRegular():
				ext := filepath.Ext(name)
				if formatOf(ext) == "" {
					continue
				}
				files = append(files, fileItem{path: p, id: strings.TrimSuffix(erel, ext), ext: ext})
			default:
				// A FIFO, socket or device with a known extension is
				// named, not read: reading could block for ever.
				if formatOf(filepath.Ext(name)) != "" {
					r.warn(p, 0, "not a regular file ("+fileKind(typ)+"); skipped")
				}
			}
		}
	}
	visit(root, "", rootInfo, make(map[any]bool))
	// Sort by relative path in byte order. The relative path is the ID
	// plus the extension; recompute it rather than store it.
	sort.SliceStable(files, func(i, j int) bool {
		return files[i].id+files[i].ext < files[j].id+files[j].ext
	})
	return files
}

// uniqueID returns id, or, when a document read from another file already
// has it, id with the file's extension appended (and then "~2", "~3", …
// if that is taken too).
func (r *Reader) uniqueID(id, ext string) string {
	if id == "" {
		id = ext
	}
	if !r.ids[id] {
		r.ids[id] = true
		return id
	}
	u := id + ext
	for n := 2; r.ids[u]; n++ {
		u = id + ext + "~" + strconv.Itoa(n)
	}
	r.ids[u] = true
	return u
}

// formatOf returns the format of a file extension, or "" when the
// extension is not read.
func formatOf(ext string) string {
	switch strings.ToLower(ext) {
	case ".txt":
		return "txt"
	case ".md", ".markdown":
		return "markdown"
	case ".html", ".htm":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".csv":
		return "csv"
	case ".xml":
		return "wxr"
	}
	return ""
}

// readFile reads one file. It returns the document of a single-document
// file, or nil after starting a multi-record source or after a warning.
func (r *Reader) readFile(f fileItem) *Document {
	format := formatOf(f.ext)
	if format == "" {
		// Only files given directly get here.
		r.warn(f.path, 0, "unknown file extension "+strconv.Quote(f.ext)+"; file skipped")
		return nil
	}
	// A FIFO or a device would block the open or never end: read only
	// regular files (a symbolic link is followed).
	if fi, err := os.Stat(f.path); err != nil {
		r.warn(f.path, 0, "cannot open: "+errText(err))
		return nil
	} else if !fi.Mode().IsRegular() {
		r.warn(f.path, 0, "not a regular file ("+fileKind(fi.Mode())+"); skipped")
		return nil
	}
	file, err := os.Open(f.path)
	if err != nil {
		r.warn(f.path, 0, "cannot open: "+errText(err))
		return nil
	}
	switch format {
	case "jsonl":
		r.rec = newJSONLRecords(file, f.path, r)
		return nil
	case "csv":
		r.rec = newCSVRecords(file, f.path, r)
		return nil
	case "wxr":
		r.rec = newWXRRecords(file, f.path, r)
		return nil
	}
	data := r.readAll(file, f.path)
	file.Close()
	if data == nil {
		return nil
	}
	if isBinary(data) {
		r.warn(f.path, 0, "binary data; file skipped")
		return nil
	}
	d := &Document{
		Source: f.path,
		Line:   1,
		Format: format,
	}
	switch format {
	case "txt":
		d.Text = string(data)
	case "markdown":
		d.Text = string(data)
		d.Meta, d.Skip = parseMarkdown(d.Text, func(line int, msg string) { r.warn(f.path, line, msg) })
	case "html":
		var note string
		d.Text, d.Meta, d.Skip, note = extractHTML(data, false)
		if note != "" {
			r.warn(f.path, 0, note)
		}
	}
	d.ID = r.uniqueID(f.id, f.ext)
	return d
}

// readAll reads a whole file of at most r.max bytes. After a problem it
// warns and returns nil.
func (r *Reader) readAll(file *os.File, name string) []byte {
	size := int64(512) // what io.ReadAll starts with, when the size is unknown
	if fi, err := file.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > r.max {
			r.warn(name, 0, "file of "+strconv.FormatInt(fi.Size(), 10)+" bytes is larger than MaxDocBytes ("+strconv.FormatInt(r.max, 10)+"); skipped")
			return nil
		}
		size = fi.Size()
	}
	data, err := readSized(io.LimitReader(file, r.max+1), size)
	if err != nil {
		r.warn(name, 0, "read error: "+errText(err)+"; file skipped")
		return nil
	}
	if int64(len(data)) > r.max {
		r.warn(name, 0, "file is larger than MaxDocBytes ("+strconv.FormatInt(r.max, 10)+"); skipped")
		return nil
	}
	if data == nil {
		data = []byte{}
	}
	return data
}

// readSized reads src to its end into a buffer of size+1 bytes, so that
// a file read whole whose size is known costs one allocation (io.ReadAll
// grows its buffer by steps and ends up nearly twice as large). The
// extra byte sees the end of the file without growing; a file that grew
// meanwhile is still read whole.
func readSized(src io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, size+1)
	for {
		n, err := src.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow as append does
		}
	}
}

// isBinary reports whether data looks like binary rather than text: a NUL
// byte in the first 8 KiB, or more than 30% control bytes there.
func isBinary(data []byte) bool {
	if len(data) > 8<<10 {
		data = data[:8<<10]
	}
	ctl := 0
	for _, c := range data {
		switch {
		case c == 0:
			return true
		case c == '\t', c == '\n', c == '\r', c == '\f', c == '\v', c == 0x1b:
		case c < 0x20, c == 0x7f:
			ctl++
		}
	}
	return len(data) > 0 && ctl*10 > len(data)*3
}

// fileKind names the type of a file that is not regular.
func fileKind(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "mode " + m.String()
}

// errText returns the message of err without the path that *PathError
// repeats.
func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// dirKeyPath identifies a folder by its absolute path with symbolic links
// resolved, where the file system offers no device and inode.
func dirKeyPath(dir string) any {
	if p, err := filepath.EvalSymlinks(dir); err == nil {
		dir = p
	}
	if p, err := filepath.Abs(dir); err == nil {
		dir = p
	}
	return dir
}
