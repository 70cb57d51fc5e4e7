package corpus

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
)

// Namespaces of a WordPress export.
const (
	wpNSPrefix = "http://wordpress.org/export/" // followed by a version, "1.2/"
	contentNS  = "http://purl.org/rss/1.0/modules/content/"
	dcNS       = "http://purl.org/dc/elements/1.1/"
)

// Limits of the WXR reader.
const (
	maxXMLDepth     = 256   // element nesting in the file
	maxItemElements = 10000 // elements inside one <item>
)

// wxrRecords reads the published posts of a WordPress export (WXR).
type wxrRecords struct {
	rc      io.ReadCloser
	lim     *limitedReader
	dec     *xml.Decoder
	source  string
	r       *Reader
	started bool
	done    bool
	depth   int
}

func newWXRRecords(rc io.ReadCloser, source string, r *Reader) *wxrRecords {
	lim := &limitedReader{r: rc, max: r.max + 64<<10}
	dec := xml.NewDecoder(lim)
	dec.Entity = xml.HTMLEntity
	return &wxrRecords{rc: rc, lim: lim, dec: dec, source: source, r: r}
}

func (x *wxrRecords) close() { x.rc.Close() }

// token returns the next token, tracking the nesting depth. After a
// problem it warns and returns nil.
func (x *wxrRecords) token() xml.Token {
	x.lim.reset()
	t, err := x.dec.Token()
	if err != nil {
		if err != io.EOF {
			x.fail(err)
		} else if x.depth > 0 {
			x.warnf(0, "unexpected end of file; rest of file skipped")
		}
		x.done = true
		return nil
	}
	switch t := t.(type) {
	case xml.StartElement:
		x.depth++
		if x.depth > maxXMLDepth {
			x.warnf(0, "elements nested deeper than "+strconv.Itoa(maxXMLDepth)+"; rest of file skipped")
			x.done = true
			return nil
		}
	case xml.EndElement:
		x.depth--
	case xml.Directive:
		if d := string(t); hasPrefixFold(d, "DOCTYPE") && strings.Contains(d, "<!ENTITY") {
			x.warnf(0, "DOCTYPE declares entities; file refused")
			x.done = true
			return nil
		}
	}
	return t
}

func (x *wxrRecords) line() int {
	line, _ := x.dec.InputPos()
	return line
}

func (x *wxrRecords) warnf(line int, msg string) {
	if line == 0 {
		line = x.line()
	}
	x.r.warn(x.source, line, msg)
}

func (x *wxrRecords) fail(err error) {
	var se *xml.SyntaxError
	switch {
	case errors.Is(err, errTooLarge):
		x.warnf(0, "XML token is larger than MaxDocBytes ("+strconv.FormatInt(x.r.max, 10)+"); rest of file skipped")
	case errors.As(err, &se):
		x.warnf(se.Line, "invalid XML: "+se.Msg+"; rest of file skipped")
	default:
		x.warnf(0, "invalid XML: "+err.Error()+"; rest of file skipped")
	}
}

// start reads up to the root element and checks that it is a WXR <rss>.
func (x *wxrRecords) start() bool {
	for {
		t := x.token()
		if t == nil {
			return false
		}
		se, ok := t.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local == "rss" {
			for _, a := range se.Attr {
				if a.Name.Space == "xmlns" && strings.HasPrefix(a.Value, wpNSPrefix) {
					return true
				}
			}
		}
		x.warnf(0, "not a WordPress export (WXR): root element <"+se.Name.Local+"> without the namespace "+wpNSPrefix+"; file skipped")
		return false
	}
}

func (x *wxrRecords) next() (*Document, error) {
	if !x.started {
		x.started = true
		if !x.start() {
			x.done = true
		}
	}
	for !x.done {
		t := x.token()
		if t == nil {
			break
		}
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "item" && se.Name.Space == "" {
			if d := x.item(); d != nil {
				return d, nil
			}
		}
	}
	x.done = true
	return nil, io.EOF
}

// wxrItem holds the fields of an <item> that are read.
type wxrItem struct {
	title, link, creator, content  string
	postID, postDate, name, status string
	postType                       string
	tags, categories               []any
}

// item reads an <item> whose start tag was just read. It returns the
// document of a published post, or nil.
func (x *wxrRecords) item() *Document {
	line := x.line()
	itemDepth := x.depth
	var (
		it       wxrItem
		field    *string // field of the current child element
		category string  // domain of the current <category>
		text     strings.Builder
		size     int64
		elements int
		tooBig   bool
	)
	for {
		t := x.token()
		if t == nil {
			return nil
		}
		switch t := t.(type) {
		case xml.StartElement:
			elements++
			if elements > maxItemElements && !tooBig {
				x.warnf(line, "item has more than "+strconv.Itoa(maxItemElements)+" elements; skipped")
				tooBig = true
			}
			if x.depth != itemDepth+1 {
				continue
			}
			text.Reset()
			field, category = nil, ""
			ns, local := t.Name.Space, t.Name.Local
			switch {
			case ns == "" && local == "title":
				field = &it.title
			case ns == "" && local == "link":
				field = &it.link
			case ns == "" && local == "category":
				for _, a := range t.Attr {
					if a.Name.Local == "domain" {
						category = a.Value
					}
				}
				field = new(string)
			case ns == dcNS && local == "creator":
				field = &it.creator
			case ns == contentNS && local == "encoded":
				field = &it.content
			case strings.HasPrefix(ns, wpNSPrefix):
				switch local {
				case "post_id":
					field = &it.postID
				case "post_date":
					field = &it.postDate
				case "post_name":
					field = &it.name
				case "status":
					field = &it.status
				case "post_type":
					field = &it.postType
				}
			}
		case xml.CharData:
			if field == nil || x.depth != itemDepth+1 || tooBig {
				continue
			}
			size += int64(len(t))
			if size > x.r.max {
				x.warnf(line, "item is larger than MaxDocBytes ("+strconv.FormatInt(x.r.max, 10)+"); skipped")
				tooBig = true
				continue
			}
			text.Write(t)
		case xml.EndElement:
			if x.depth == itemDepth && field != nil {
				*field = text.String()
				if category != "" {
					c := strings.TrimSpace(*field)
					switch {
					case c == "":
					case category == "post_tag":
						it.tags = append(it.tags, c)
					case category == "category":
						it.categories = append(it.categories, c)
					}
				}
				field, category = nil, ""
				text.Reset()
			}
			if x.depth < itemDepth {
				if tooBig {
					return nil
				}
				return x.document(&it, line)
			}
		}
	}
}

// document returns the document of a published post, or nil for other
// items (drafts, pages, attachments, ...).
func (x *wxrRecords) document(it *wxrItem, line int) *Document {
	if strings.TrimSpace(it.postType) != "post" || strings.TrimSpace(it.status) != "publish" {
		return nil
	}
	d := &Document{
		ID:     strings.TrimSpace(it.name),
		Source: x.source,
		Line:   line,
		Format: "wxr",
	}
	if d.ID == "" {
		d.ID = strings.TrimSpace(it.postID)
	}
	if d.ID == "" {
		d.ID = "line" + strconv.Itoa(line)
		x.warnf(line, "published post without wp:post_name or wp:post_id; ID "+strconv.Quote(d.ID))
	}
	var note string
	d.Text, _, d.Skip, note = extractHTML([]byte(it.content), true)
	if note != "" {
		x.warnf(line, note)
	}
	meta := make(map[string]any)
	if s := collapse(it.title); s != "" {
		meta["title"] = s
	}
	if s := strings.TrimSpace(it.postDate); len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			meta["date"] = t.Format(time.DateOnly)
		}
	}
	if s := strings.TrimSpace(it.creator); s != "" {
		meta["author"] = s
	}
	if len(it.tags) > 0 {
		meta["tags"] = it.tags
	}
	if len(it.categories) > 0 {
		meta["categories"] = it.categories
	}
	if s := strings.TrimSpace(it.link); s != "" {
		meta["link"] = s
	}
	if len(meta) > 0 {
		d.Meta = meta
	}
	return d
}
