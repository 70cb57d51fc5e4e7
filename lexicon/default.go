package lexicon

import (
	"embed"
	"sync"
)

//go:embed themes/*.lex
var themeFiles embed.FS

// DefaultThemes are the files of the default lexicon, in theme order.
var DefaultThemes = []string{"reciprocity", "rejection", "anomie", "isolation"}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the lexicon embedded in the package: the four themes
// reciprocity, rejection, anomie and isolation. It is parsed and compiled
// once per process and shared; it is safe for concurrent use.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() {
		srcs := make([]Source, 0, len(DefaultThemes))
		for _, name := range DefaultThemes {
			path := "themes/" + name + ".lex"
			b, err := themeFiles.ReadFile(path)
			if err != nil {
				defaultErr = &ParseError{File: path, Err: err}
				return
			}
			srcs = append(srcs, Source{Name: path, Data: b})
		}
		defaultLex, defaultErr = ParseSources(srcs...)
	})
	return defaultLex, defaultErr
}
