package analyze_test

import (
	"context"
	"fmt"
	"log"

	"github.com/essaylab/themes/analyze"
)

// Analyze an essay with the default lexicon and read its scores.
func Example() {
	a, err := analyze.New() // once: safe for concurrent use
	if err != nil {
		log.Fatal(err)
	}
	doc, err := a.AnalyzeString(context.Background(),
		"I felt so lonely that winter. Nobody called, and I ate alone every night.")
	if err != nil {
		log.Fatal(err)
	}
	iso, _ := doc.Themes.Get("isolation")
	fmt.Println("words:", doc.Words, "dominant:", doc.Dominant, "isolation mentions:", iso.Count)
	// Output:
	// words: 14 dominant: isolation isolation mentions: 3
}

// Every score comes with its evidence: the entry that matched and the
// bytes it matched.
func ExampleDocument_evidence() {
	a, err := analyze.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "I'm not lonely. But they shut the door in my face."
	doc, err := a.AnalyzeString(context.Background(), text)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Evidence {
		fmt.Printf("%s %q [%d,%d) negated=%v\n", e.Theme, text[e.Start:e.End], e.Start, e.End, e.Negated)
	}
	// Output:
	// isolation "lonely" [8,14) negated=true
	// rejection "shut the door in my face" [25,49) negated=false
}

// The segmenter alone gives paragraphs, sentences and tokens with byte
// offsets into the original text.
func ExampleSegmenter_Segment() {
	s, err := analyze.NewSegmenter()
	if err != nil {
		log.Fatal(err)
	}
	text := "Field Notes\n\nI reached out—twice.1 Nobody wrote back."
	t := s.Segment(text)
	for _, tok := range t.Tokens {
		fmt.Printf("%-8s %-9s [%d,%d)\n", t.Surface(&tok), tok.Kind, tok.Start, tok.End)
	}
	fmt.Println(len(t.Paragraphs), "paragraphs,", len(t.Sentences), "sentences,", t.Words, "words")
	// Output:
	// Field    word      [0,5)
	// Notes    word      [6,11)
	// I        word      [13,14)
	// reached  word      [15,22)
	// out      word      [23,26)
	// —        punct     [26,29)
	// twice    word      [29,34)
	// .        punct     [34,35)
	// 1        footnote  [35,36)
	// Nobody   word      [37,43)
	// wrote    word      [44,49)
	// back     word      [50,54)
	// .        punct     [54,55)
	// 2 paragraphs, 3 sentences, 9 words
}

// A passage with no lexicon evidence: the context model reads it, names
// the theme when it is sure enough, and shows the words it went by.
func ExampleContextReading() {
	a, err := analyze.New()
	if err != nil {
		log.Fatal(err)
	}
	d, err := a.AnalyzeString(context.Background(),
		"My phone has not made a sound since Tuesday. I checked twice that it was still on.")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("dominant %s, by %s\n", d.Dominant, d.DominantBy)
	r := d.Context
	fmt.Printf("%s over %s, p = %.2f\n", r.Theme, r.RunnerUp, r.Probability)
	for _, c := range r.Cues[:3] {
		fmt.Printf("%-15q %.2f at [%d,%d)\n", c.Text, c.Weight, c.Start, c.End)
	}
	// Output:
	// dominant isolation, by context
	// isolation over rejection, p = 0.99
	// "phone has"     2.97 at [3,12)
	// "since Tuesday" 1.97 at [30,43)
	// "My phone"      1.45 at [0,8)
}
