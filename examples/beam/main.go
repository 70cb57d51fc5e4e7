// Command beam runs the themes analysis as an Apache Beam pipeline: it
// reads essays from file patterns, scores every document for the themes of
// a lexicon on as many workers as the runner gives it, writes the document
// objects as JSON lines and the corpus summary as JSON, shaped as the
// "corpus", "summary" and "groups" objects of corpus-report -format json.
//
// Usage:
//
//	go run . -input 'essays/*.md' -input 'posts/*.jsonl' \
//		-documents out/documents.jsonl -summary out/summary.json \
//		[-shards N] [-group_by section] [-lexicon my.lex] [Beam flags: -runner ...]
//
// With no -runner it runs on Beam's prism runner, in this process. See
// README.md for Flink and Dataflow.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/essaylab/themes/lexicon"
)

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

var (
	inputs    listFlag
	lexFiles  listFlag
	documents = flag.String("documents", "", "where to write the document objects as JSON lines (local path or gs://...); none when empty")
	shards    = flag.Int("shards", 0, "write the documents in this many files in parallel (name-SSSSS-of-NNNNN.jsonl); 0 or 1: one file, written by one worker")
	summary   = flag.String("summary", "", "where to write the summary JSON (required)")
	groupBy   = flag.String("group_by", "", "metadata field whose values form groups (as corpus-report -group-by)")
)

func init() {
	flag.Var(&inputs, "input", "file pattern to read (a glob; repeatable): .txt, .md, .html, .jsonl, .ndjson, .csv, WordPress .xml, optionally .gz")
	flag.Var(&lexFiles, "lexicon", "lexicon file (.lex, repeatable, or one LIWC .dic; default: the embedded themes), read here and shipped to the workers")
}

func main() {
	flag.Parse()
	beam.Init() // a worker binary started by a runner stops here and serves
	if len(inputs) == 0 || *summary == "" {
		fmt.Fprintln(os.Stderr, "usage: beam -input PATTERN [-input PATTERN...] -summary FILE [-documents FILE] [-shards N] [-group_by FIELD] [-lexicon FILE] [Beam flags: -runner, ...]")
		ours := map[string]bool{"input": true, "summary": true, "documents": true, "shards": true, "group_by": true, "lexicon": true, "runner": true}
		flag.VisitAll(func(f *flag.Flag) {
			if ours[f.Name] {
				fmt.Fprintf(os.Stderr, "  -%s\n    \t%s\n", f.Name, f.Usage)
			}
		})
		os.Exit(2)
	}
	cfg := Config{Inputs: inputs, Documents: *documents, Shards: *shards, Summary: *summary, GroupBy: *groupBy}
	for _, f := range lexFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "beam:", err)
			os.Exit(2)
		}
		cfg.Lexicon = append(cfg.Lexicon, lexicon.Source{Name: f, Data: b})
	}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(2)
	}
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "beam:", err)
		os.Exit(1)
	}
}
