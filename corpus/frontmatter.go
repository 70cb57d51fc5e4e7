package corpus

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"
)

// parseMarkdown returns the metadata and the skipped spans of a Markdown
// document. warn reports problems with the front matter.
func parseMarkdown(text string, warn func(line int, msg string)) (map[string]any, []Span) {
	meta, end := frontMatter(text, warn)
	var spans []Span
	if end > 0 {
		spans = append(spans, Span{0, end, ReasonFrontMatter})
	}
	spans = append(spans, markdownSpans(text, end)...)
	return meta, normalizeSpans(spans)
}

// frontMatter parses the YAML (between "---" lines; "..." may close it)
// or TOML (between "+++" lines) front matter at the start of text. It
// returns the metadata and the end of the front matter block, including
// its closing line and line ending; 0 when there is no front matter or it
// is unterminated. Front matter that does not parse is still skipped, and
// nil metadata is returned.
func frontMatter(text string, warn func(line int, msg string)) (meta map[string]any, end int) {
	pos := 0
	if strings.HasPrefix(text, "\ufeff") {
		pos = 3
	}
	first, next := lineAt(text, pos)
	var kind string
	switch strings.TrimRight(first, " \t\r") {
	case "---":
		kind = "YAML"
	case "+++":
		kind = "TOML"
	default:
		return nil, 0
	}
	bodyStart := next
	for next < len(text) {
		start := next
		var line string
		line, next = lineAt(text, start)
		l := strings.TrimRight(line, " \t\r")
		if !(kind == "YAML" && (l == "---" || l == "...") || kind == "TOML" && l == "+++") {
			continue
		}
		body := text[bodyStart:start]
		end = next
		if strings.TrimSpace(body) == "" {
			return nil, end
		}
		var m map[string]any
		var err error
		var errLine int
		if kind == "YAML" {
			m, errLine, err = parseYAML(body)
		} else {
			m, errLine, err = parseTOML(body)
		}
		if err != nil {
			if errLine > 0 {
				// The parsers count a lone \r as a line break and we
				// number lines by \n, so keep the line inside the body.
				if n := strings.Count(body, "\n"); errLine > n {
					errLine = max(n, 1)
				}
				errLine++ // the body begins on line 2
			} else {
				errLine = 1
			}
			warn(errLine, "invalid "+kind+" front matter: "+err.Error()+"; document read without metadata")
			return nil, end
		}
		return m, end
	}
	delim := "---"
	if kind == "TOML" {
		delim = "+++"
	}
	warn(1, "unterminated "+kind+" front matter: no closing "+delim+" line; whole file read as text")
	return nil, 0
}

// lineAt returns the line that begins at start, without its "\n", and
// the start of the next line.
func lineAt(text string, start int) (line string, next int) {
	if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
		return text[start : start+i], start + i + 1
	}
	return text[start:], len(text)
}

var yamlLineRE = regexp.MustCompile(`^yaml: (?:unmarshal errors:\n\s*)?line (\d+): `)

func parseYAML(body string) (map[string]any, int, error) {
	var v any
	if err := yaml.Unmarshal([]byte(body), &v); err != nil {
		msg := err.Error()
		line := 0
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = msg[len(m[0]):]
		} else {
			msg = strings.TrimPrefix(msg, "yaml: ")
		}
		return nil, line, errors.New(msg)
	}
	if v == nil {
		return nil, 0, nil
	}
	m, ok := jsonValue(v).(map[string]any)
	if !ok {
		return nil, 0, errors.New("not a mapping of names to values")
	}
	return m, 0, nil
}

func parseTOML(body string) (map[string]any, int, error) {
	var m map[string]any
	if _, err := toml.Decode(body, &m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Position.Line, errors.New(pe.Message)
		}
		return nil, 0, err
	}
	if len(m) == 0 {
		return nil, 0, nil
	}
	return jsonValue(m).(map[string]any), 0, nil
}
