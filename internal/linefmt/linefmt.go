// Package linefmt holds what the project's line-oriented file parsers
// (package lexicon's .lex and .dic, package textmodel's models) share:
// fields with their columns, and errors that name their culprit while
// unwrapping to a sentinel.
package linefmt

import "fmt"

// Fields splits s at runs of spaces and tabs and returns the fields with
// their 1-based byte columns, counting s as starting at column col.
func Fields(s string, col int) (fields []string, cols []int) {
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\t' {
			j++
		}
		if j > i {
			fields = append(fields, s[i:j])
			cols = append(cols, col+i)
		}
		i = j
	}
	return fields, cols
}

// Errorf returns an error whose message is formatted as fmt.Sprintf does
// and which unwraps to sentinel, for errors.Is.
func Errorf(sentinel error, format string, args ...any) error {
	return &detail{sentinel: sentinel, msg: fmt.Sprintf(format, args...)}
}

// detail wraps a sentinel with a message that names the culprit.
type detail struct {
	sentinel error
	msg      string
}

func (d *detail) Error() string { return d.msg }
func (d *detail) Unwrap() error { return d.sentinel }
