package linefmt

import (
	"errors"
	"slices"
	"testing"
)

func TestFields(t *testing.T) {
	for _, tt := range []struct {
		s      string
		col    int
		fields []string
		cols   []int
	}{
		{"", 1, nil, nil},
		{" \t ", 1, nil, nil},
		{"a", 1, []string{"a"}, []int{1}},
		{"class a 3", 1, []string{"class", "a", "3"}, []int{1, 7, 9}},
		{"\tx  1\t\t0 ", 1, []string{"x", "1", "0"}, []int{2, 5, 8}},
		{"lonely =2", 5, []string{"lonely", "=2"}, []int{5, 12}},
		{"né é", 1, []string{"né", "é"}, []int{1, 5}}, // columns count bytes
	} {
		fields, cols := Fields(tt.s, tt.col)
		if !slices.Equal(fields, tt.fields) || !slices.Equal(cols, tt.cols) {
			t.Errorf("Fields(%q, %d) = %q %v, want %q %v", tt.s, tt.col, fields, cols, tt.fields, tt.cols)
		}
		for k, f := range fields { // each column points at its field
			if got := tt.s[cols[k]-tt.col:][:len(f)]; got != f {
				t.Errorf("Fields(%q): column %d reads %q, not %q", tt.s, cols[k], got, f)
			}
		}
	}
}

func TestErrorf(t *testing.T) {
	sentinel := errors.New("bad weight")
	err := Errorf(sentinel, "bad weight %q: want a number", "zero")
	if err.Error() != `bad weight "zero": want a number` || !errors.Is(err, sentinel) || errors.Is(err, errors.New("bad weight")) {
		t.Errorf("Errorf: %v (is sentinel: %v)", err, errors.Is(err, sentinel))
	}
}
