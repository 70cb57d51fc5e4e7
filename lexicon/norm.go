package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// This file holds the normal form shared by lexicons and texts: a lexicon
// pattern and a word of an essay meet when their normal forms meet, so both
// sides must be folded by the same code.

// Fold returns the normal form of a word: lower case, typographic apostrophes
// (’ ʼ ‘ ′) folded to ', hyphen variants (‐ ‑) folded to -, soft hyphens and
// zero-width characters removed. It returns w itself, without allocating,
// when w is already in normal form (the common ASCII case).
func Fold(w string) string {
	i := 0
	for ; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
	}
	if i == len(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	b.WriteString(w[:i])
	for _, r := range w[i:] {
		switch r {
		case '\u2019', '\u02BC', '\u2018', '\u2032', '`':
			b.WriteByte('\'')
		case '\u2010', '\u2011':
			b.WriteByte('-')
		case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
			// invisible: not part of the word's identity
		default:
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	return b.String()
}

// Stem returns the Snowball English (Porter2) stem of a folded word. Stop
// words are stemmed too, so that a pattern and a text word always agree.
// The past forms of common irregular verbs are first mapped to their base
// form ("felt" → "feel", "left" → "leave", "told" → "tell"; see irregular),
// which Snowball alone cannot do. Words of two bytes or fewer are returned
// as they are.
func Stem(folded string) string {
	if len(folded) <= 2 {
		return folded
	}
	if base, ok := irregular[folded]; ok {
		folded = base
	}
	return english.Stem(folded, true)
}

// clitics are the contraction suffixes split off a word, as the Penn
// Treebank and prose's tokenizer do: "don't" → "do" + "n't".
var clitics = [...]string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// CliticAt reports where a contraction suffix begins in the surface form of
// a word ("don’t" → 2, "they're" → 4, "can't" → 2), or -1 when there is
// none. Both ' and ’ are accepted as apostrophes. The part before the
// clitic is never empty.
func CliticAt(w string) int {
	// Fast reject: a clitic needs an apostrophe.
	if strings.IndexByte(w, '\'') < 0 && !strings.Contains(w, "\u2019") {
		return -1
	}
	for _, c := range clitics {
		if i := suffixFold(w, c); i > 0 {
			return i
		}
	}
	return -1
}

// suffixFold reports the index at which suffix c (written with ') begins in
// w, matching case-insensitively and accepting ’ for ', or -1.
func suffixFold(w, c string) int {
	j := len(w)
	for k := len(c) - 1; k >= 0; k-- {
		if j == 0 {
			return -1
		}
		if c[k] == '\'' {
			switch {
			case w[j-1] == '\'':
				j--
			case j >= 3 && w[j-3:j] == "\u2019":
				j -= 3
			default:
				return -1
			}
			continue
		}
		b := w[j-1]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != c[k] {
			return -1
		}
		j--
	}
	return j
}

// BaseForm returns the normal form of the part of a contraction before its
// clitic, restoring the words the Treebank split leaves truncated:
// "ca" (can't) → "can", "wo" (won't) → "will", "sha" (shan't) → "shall".
// Other words are returned as they are.
func BaseForm(folded, clitic string) string {
	if clitic != "n't" {
		return folded
	}
	switch folded {
	case "ca":
		return "can"
	case "wo":
		return "will"
	case "sha":
		return "shall"
	}
	return folded
}
