package textmodel

import (
	"bytes"
	_ "embed"
	"sync"
)

// themesModel is the default context model; see Default.
//
//go:embed themes.nb
var themesModel []byte

// DefaultFile is the name Default's model is parsed under, for errors.
const DefaultFile = "textmodel/themes.nb"

var loadDefault = sync.OnceValues(func() (*NaiveBayes, error) {
	return Parse(bytes.NewReader(themesModel), DefaultFile)
})

// Default returns the context model for the four default themes of
// package lexicon, with the classes reciprocity, rejection, anomie,
// isolation and none. It was trained on the labelled passages of
// testdata/devset/tuning.jsonl (see the package documentation) and is
// parsed once; the result is shared and must not be modified.
func Default() (*NaiveBayes, error) { return loadDefault() }
