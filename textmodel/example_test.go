package textmodel_test

import (
	"fmt"
	"strings"

	"github.com/essaylab/themes/textmodel"
)

// ExampleTrain trains a model on six labelled sentences and reads a new
// one: the class, its probability, and how much one word favours it.
func ExampleTrain() {
	classes := []string{"rejection", "reciprocity"}
	var docs []textmodel.Example
	for _, d := range []struct{ class, text string }{
		{"rejection", "they planned the trip and nobody told me"},
		{"rejection", "my name was not on the list again"},
		{"rejection", "the group chat went quiet when i joined"},
		{"reciprocity", "i cook on mondays and she does the dishes"},
		{"reciprocity", "we split the rent and take turns with the bins"},
		{"reciprocity", "he fixed my bike so i walked his dog"},
	} {
		docs = append(docs, textmodel.Example{Class: d.class, Words: strings.Fields(d.text)})
	}
	m, err := textmodel.Train(classes, docs, 0.5, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	p := m.Predict(strings.Fields("nobody told me about the party"))
	fmt.Printf("%s %.3f (%d known words)\n", m.Classes()[p.Class], p.Probability, p.Known)
	r, _ := m.LogRatio("nobody", m.Class("rejection"), m.Class("reciprocity"))
	fmt.Printf("nobody favours rejection by %.3f\n", r)
	// Output:
	// rejection 0.980 (4 known words)
	// nobody favours rejection by 1.164
}
