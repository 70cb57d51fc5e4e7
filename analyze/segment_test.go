package analyze_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/essaylab/themes/analyze"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

var testSeg *analyze.Segmenter

func segmenter(t testing.TB) *analyze.Segmenter {
	t.Helper()
	if testSeg == nil {
		s, err := analyze.NewSegmenter()
		if err != nil {
			t.Fatal(err)
		}
		testSeg = s
	}
	return testSeg
}

// tokens renders the tokens of text as "surface/kind" ("+" marks a clitic).
func tokens(t testing.TB, text string) string {
	tx := segmenter(t).Segment(text)
	var parts []string
	for i := range tx.Tokens {
		tok := &tx.Tokens[i]
		s := tx.Surface(tok) + "/" + tok.Kind.String()
		if tok.Clitic {
			s = "+" + s
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"em dash join", "reciprocity—the norm", "reciprocity/word —/punct the/word norm/word"},
		{"en dash and spaced dash", "2019–2023 and this – that", "2019/number –/punct 2023/number and/word this/word –/punct that/word"},
		{"double hyphen", "long--head", "long/word --/punct head/word"},
		{"ellipsis", "Just… drift... then", "Just/word …/punct drift/word .../punct then/word"},
		{"curly contraction", "you’ve don’t people’s", "you/word +’ve/word do/word +n’t/word people/word +’s/word"},
		{"straight contraction", "can't won't I'm", "ca/word +n't/word wo/word +n't/word I/word +'m/word"},
		{"quotes", "“Not now,” she said. 'ok'", "“/punct Not/word now/word ,/punct ”/punct she/word said/word ./punct '/punct ok/word '/punct"},
		{"footnote after period", "one direction.1 When", "one/word direction/word ./punct 1/footnote When/word"},
		{"footnote after comma", "the pain,2 and", "the/word pain/word ,/punct 2/footnote and/word"},
		{"footnote superscript", "over time.³ Then", "over/word time/word ./punct ³/footnote Then/word"},
		{"footnote glued to word", "the reciprocity12 norm", "the/word reciprocity/word 12/footnote norm/word"},
		{"numbers", "1,200 people, 3.5 hours, 40% and the 1990s", "1,200/number people/word ,/punct 3.5/number hours/word ,/punct 40%/number and/word the/word 1990s/number"},
		{"year in parens", "(1960)", "(/punct 1960/number )/punct"},
		{"url", "see https://example.org/a?b=1. Then", "see/word https://example.org/a?b=1/url ./punct Then/word"},
		{"bare domain", "on substack.com today", "on/word substack.com/url today/word"},
		{"email", "write to me@example.org.", "write/word to/word me@example.org/email ./punct"},
		{"hashtag mention", "#lonely (@friend) C#", "#lonely/hashtag (/punct @friend/mention )/punct C/word #/punct"},
		{"emoji", "sad 💔 ok 👩‍👧 yes 👍🏽!", "sad/word 💔/emoji ok/word 👩‍👧/emoji yes/word 👍🏽/emoji !/punct"},
		{"emoticons", ":-( fine :) <3", ":-(/emoji fine/word :)/emoji <3/emoji"},
		{"hyphenated", "friends-of-friends self-isolation", "friends-of-friends/word self-isolation/word"},
		{"abbreviations", "Dr. Lee, e.g. the U.S. at 9 a.m. now", "Dr/word ./punct Lee/word ,/punct e.g./word the/word U.S./word at/word 9/number a.m./word now/word"},
		{"no-break space", "two\u00a0words", "two/word words/word"},
		{"symbols", "$5 & more", "$/symbol 5/number &/symbol more/word"},
		{"invalid utf8", "caf\xe9 ok", "caf\xe9/word ok/word"},
		{"bom", "\ufeffHello", "Hello/word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(t, tt.in); got != tt.want {
				t.Errorf("%q\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestNorm(t *testing.T) {
	tx := segmenter(t).Segment("Don’t WALK Friends can’t Self‑Isolation")
	var got []string
	for _, tok := range tx.Tokens {
		got = append(got, tok.Norm()+"|"+tok.Stem())
	}
	want := "do|do n't|n't walk|walk friends|friend can|can n't|n't self-isolation|self-isol"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"basic", "I reach out. Nobody answers! Why? Because.", []string{"I reach out.", "Nobody answers!", "Why?", "Because."}},
		{"abbreviation", "Dr. Lee met Mr. Ali. Then they left.", []string{"Dr. Lee met Mr. Ali.", "Then they left."}},
		{"initial", "Alvin W. Gouldner wrote it. It held.", []string{"Alvin W. Gouldner wrote it.", "It held."}},
		{"ellipsis lower", "Just… drift. And more.", []string{"Just… drift.", "And more."}},
		{"ellipsis upper", "I waited... Nobody came.", []string{"I waited...", "Nobody came."}},
		{"quote close", "He said “no.” Then silence.", []string{"He said “no.”", "Then silence."}},
		{"footnote", "in one direction.1 When it ends.", []string{"in one direction.1", "When it ends."}},
		{"abbrev word end", "I moved to the U.S. The rest followed.", []string{"I moved to the U.S.", "The rest followed."}},
		{"eg mid", "Small things, e.g. Sunday calls, matter.", []string{"Small things, e.g. Sunday calls, matter."}},
		{"lowercase after period", "It was 5 p.m. and dark.", []string{"It was 5 p.m. and dark."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := segmenter(t).Segment(tt.in)
			var got []string
			for _, s := range tx.Sentences {
				got = append(got, tx.Src[s.Start:s.End])
			}
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "The Door Stays Closed\n\nField Notes: Late Winter\nI knocked. Nobody came.\n\n\n  Second paragraph\nwraps here.\n\nReferences\n\n1. Gouldner, A. (1960). The norm.\n2. https://example.org\n\nShare this:\nLike Loading…\n\nLeave a comment"
	tx := segmenter(t).Segment(in)
	type para struct {
		text    string
		heading bool
	}
	var got []para
	for _, p := range tx.Paragraphs {
		got = append(got, para{tx.Src[p.Start:p.End], p.Heading})
	}
	want := []para{
		{"The Door Stays Closed", true},
		{"Field Notes: Late Winter", true},
		{"I knocked. Nobody came.", false},
		{"Second paragraph\nwraps here.", false},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("paragraphs\n got %+v\nwant %+v", got, want)
	}
	var excl []string
	for _, sp := range tx.Excluded {
		excl = append(excl, sp.Reason+":"+in[sp.Start:sp.End])
	}
	wantExcl := []string{
		"references:References\n\n1. Gouldner, A. (1960). The norm.\n2. https://example.org",
		"chrome:Share this:\nLike Loading…\n\nLeave a comment",
	}
	if fmt.Sprintf("%q", excl) != fmt.Sprintf("%q", wantExcl) {
		t.Errorf("excluded\n got %q\nwant %q", excl, wantExcl)
	}
	if tx.Words != 4+4+4+4 {
		t.Errorf("words = %d, want 16", tx.Words)
	}
	for _, s := range tx.Sentences {
		p := tx.Paragraphs[s.Paragraph]
		if s.Start < p.Start || s.End > p.End {
			t.Errorf("sentence %q crosses its paragraph", in[s.Start:s.End])
		}
	}
}

func TestNotReferences(t *testing.T) {
	// "Notes" followed by prose is not a reference list; a chrome word
	// inside a sentence is prose.
	in := "Notes\n\nI kept notes on who called back. Share this with nobody.\n\nLike a door, it closed."
	tx := segmenter(t).Segment(in)
	if len(tx.Excluded) != 0 {
		t.Errorf("excluded %v", tx.Excluded)
	}
	if tx.Words != 1+11+5 {
		t.Errorf("words = %d, want 17", tx.Words)
	}
}

func TestSkipSpans(t *testing.T) {
	in := "---\ntitle: x\n---\nI read [the post](https://example.org/p) alone."
	fm := strings.Index(in, "I read")
	link := strings.Index(in, "](")
	skip := []analyze.Span{
		{Start: link, End: link + len("](https://example.org/p)"), Reason: "markup"},
		{Start: 0, End: fm, Reason: "front-matter"},
	}
	tx := segmenter(t).Segment(in, skip...)
	if got := tokens(t, ""); got != "" {
		t.Fatal(got)
	}
	var got []string
	for i := range tx.Tokens {
		got = append(got, tx.Surface(&tx.Tokens[i]))
	}
	if strings.Join(got, " ") != "I read [ the post alone ." {
		t.Errorf("tokens %q", got)
	}
	if len(tx.Excluded) != 2 || tx.Excluded[0].Reason != "front-matter" {
		t.Errorf("excluded %v", tx.Excluded)
	}
}

func TestLineEndingsAndBOM(t *testing.T) {
	lf := "Title Line Here\n\nI was alone—again. “Nobody” called.\nStill nothing.\n\nShare this:\nLeave a comment\n"
	crlf := "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n")
	a, b := segmenter(t).Segment(lf), segmenter(t).Segment(crlf)
	if a.Words != b.Words || len(a.Sentences) != len(b.Sentences) || len(a.Paragraphs) != len(b.Paragraphs) ||
		len(a.Tokens) != len(b.Tokens) || len(a.Excluded) != len(b.Excluded) {
		t.Fatalf("LF: %d words %d sentences %d paragraphs %d tokens %d excluded; CRLF+BOM: %d %d %d %d %d",
			a.Words, len(a.Sentences), len(a.Paragraphs), len(a.Tokens), len(a.Excluded),
			b.Words, len(b.Sentences), len(b.Paragraphs), len(b.Tokens), len(b.Excluded))
	}
	for i := range a.Tokens {
		if a.Tokens[i].Norm() != b.Tokens[i].Norm() {
			t.Errorf("token %d: %q vs %q", i, a.Tokens[i].Norm(), b.Tokens[i].Norm())
		}
	}
}

func TestInvalidUTF8Warning(t *testing.T) {
	in := "fine\nbad \xff\xfe here"
	tx := segmenter(t).Segment(in)
	if len(tx.Warnings) != 1 {
		t.Fatalf("warnings %v", tx.Warnings)
	}
	w := tx.Warnings[0]
	if w.Offset != 9 || w.Line != 2 || w.Col != 5 || !strings.Contains(w.Msg, "2 bytes") {
		t.Errorf("warning %+v", w)
	}
	checkInvariants(t, in, tx)
}

// TestSeedEssay reads the essay that started the project, when it is
// there: about 614 words of title and body once the references and the
// blog footer are set aside.
func TestSeedEssay(t *testing.T) {
	b, err := os.ReadFile("../../shared/seed/the-pain-of-rejection.txt")
	if err != nil {
		t.Skip("seed essay not available:", err)
	}
	tx := segmenter(t).Segment(string(b))
	if tx.Words < 600 || tx.Words > 625 {
		t.Errorf("words = %d, want about 614", tx.Words)
	}
	var reasons []string
	for _, sp := range tx.Excluded {
		reasons = append(reasons, sp.Reason)
	}
	if strings.Join(reasons, ",") != "references,chrome" {
		t.Errorf("excluded %v", reasons)
	}
	checkInvariants(t, string(b), tx)
}

// checkInvariants checks what must hold for any text: offsets in range,
// increasing and non-overlapping; tokens inside sentences inside
// paragraphs; no token inside an excluded span.
func checkInvariants(t testing.TB, src string, tx *analyze.Text) {
	t.Helper()
	prev := 0
	for i := range tx.Tokens {
		tok := &tx.Tokens[i]
		if tok.Start < prev || tok.Start >= tok.End || tok.End > len(src) {
			t.Fatalf("token %d [%d,%d) after %d in %d bytes", i, tok.Start, tok.End, prev, len(src))
		}
		prev = tok.End
		if tok.Kind == analyze.Word && tok.Norm() == "" {
			t.Fatalf("token %d %q has an empty norm", i, tx.Surface(tok))
		}
		s := tx.Sentences[tok.Sentence]
		if i < s.Tokens[0] || i >= s.Tokens[1] {
			t.Fatalf("token %d not in its sentence %d", i, tok.Sentence)
		}
		for _, sp := range tx.Excluded {
			if tok.Start < sp.End && sp.Start < tok.End {
				t.Fatalf("token %d %q inside excluded %v", i, tx.Surface(tok), sp)
			}
		}
	}
	words, next := 0, 0
	for pi, p := range tx.Paragraphs {
		if p.Sentences[0] != next || p.Sentences[1] <= p.Sentences[0] {
			t.Fatalf("paragraph %d sentences %v", pi, p.Sentences)
		}
		next = p.Sentences[1]
		for si := p.Sentences[0]; si < p.Sentences[1]; si++ {
			s := tx.Sentences[si]
			if s.Paragraph != pi || s.Start < p.Start || s.End > p.End {
				t.Fatalf("sentence %d outside paragraph %d", si, pi)
			}
		}
		words += p.Words
	}
	if next != len(tx.Sentences) || words != tx.Words {
		t.Fatalf("sentences %d/%d words %d/%d", next, len(tx.Sentences), words, tx.Words)
	}
}

// golden is the JSON written for a test essay: the paragraphs, sentences
// and tokens with their offsets.
type golden struct {
	Words      int            `json:"words"`
	Excluded   []analyze.Span `json:"excluded"`
	Warnings   []string       `json:"warnings,omitempty"`
	Paragraphs []goldenPara   `json:"paragraphs"`
}

type goldenPara struct {
	Start, End int
	Heading    bool     `json:",omitempty"`
	Sentences  []string `json:"sentences"`
	Tokens     []string `json:"tokens"`
}

// TestGolden segments the test essays in testdata/essays and compares the
// result with testdata/essays/*.golden.json (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("../testdata/essays/*.txt")
	if len(files) == 0 {
		t.Fatal("no test essays in testdata/essays")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			tx := segmenter(t).Segment(string(b))
			checkInvariants(t, string(b), tx)
			g := golden{Words: tx.Words, Excluded: tx.Excluded}
			for _, w := range tx.Warnings {
				g.Warnings = append(g.Warnings, w.Error())
			}
			for _, p := range tx.Paragraphs {
				gp := goldenPara{Start: p.Start, End: p.End, Heading: p.Heading}
				for si := p.Sentences[0]; si < p.Sentences[1]; si++ {
					s := tx.Sentences[si]
					gp.Sentences = append(gp.Sentences, tx.Src[s.Start:s.End])
					for _, tok := range tx.SentenceTokens(si) {
						c := ""
						if tok.Clitic {
							c = "+"
						}
						gp.Tokens = append(gp.Tokens, fmt.Sprintf("%s%s/%s@%d", c, tx.Src[tok.Start:tok.End], tok.Kind, tok.Start))
					}
				}
				g.Paragraphs = append(g.Paragraphs, gp)
			}
			got, _ := json.MarshalIndent(g, "", " ")
			got = append(got, '\n')
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./analyze -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file; run go test ./analyze -run TestGolden -update and review the diff", f)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	files, _ := filepath.Glob("../testdata/essays/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			// The start of each essay only: the fuzzer minimizes every
			// input that finds new coverage (up to 60 s each), and on a
			// 2 KB mutant of an essay that took the whole run.
			if len(b) > 512 {
				b = b[:bytes.LastIndexByte(b[:512], '\n')+1]
			}
			f.Add(string(b))
		}
	}
	for _, s := range []string{"", "a", "don’t—stop…1", "\xff\xfe", "#@:-) 💔‍", "U.S.A.", "x\r\n\r\ny", "References\n\n1. x (2000)"} {
		f.Add(s)
	}
	for _, b := range fuzzSeeds(f, "FuzzTokenize") { // robust_test.go
		f.Add(string(b))
	}
	s, err := analyze.NewSegmenter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tx := s.Segment(in)
		checkText(t, in, tx) // robust_test.go; calls checkInvariants
		if utf8.ValidString(in) && len(tx.Warnings) != 0 {
			t.Fatalf("warnings on valid UTF-8: %v", tx.Warnings)
		}
		checkInvalidWarned(t, tx) // robust_test.go; last: it may skip
	})
}
