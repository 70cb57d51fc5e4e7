// Command corpus-report analyzes a corpus of essays and blog posts for the
// themes of a lexicon (by default reciprocity, rejection, anomie and
// isolation) and writes a report.
//
// Usage:
//
//	corpus-report [flags] [PATH…|-]
//
// PATH is a file or a folder (read recursively): .txt, .md/.markdown with
// YAML or TOML front matter, .html, .jsonl/.ndjson, .csv, WordPress WXR
// exports (.xml); "-" reads JSON lines from standard input. With no PATH
// it reads the corpus shipped in testdata/corpus.
//
// Exit status: 0 when the report is written (warnings go to standard
// error), 1 when an I/O error stopped the run, 2 for a usage or lexicon
// error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
	"github.com/essaylab/themes/report"
	"github.com/essaylab/themes/textmodel"
)

const defaultCorpus = "testdata/corpus"

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpus-report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: "+strings.Join(report.Formats, ", "))
	groupBy := fs.String("group-by", "", "metadata `field` whose values are compared (e.g. section, tags, author)")
	lexFile := fs.String("lexicon", "", "lexicon `file`: the project's .lex format or a LIWC .dic (default: the four embedded themes)")
	useContext := fs.Bool("context", true, "when the lexicon finds no evidence in a document, let the context model name its theme (column dominant_by)")
	ctxFile := fs.String("context-model", "", "context model `file` (textmodel format) whose classes are the lexicon's themes and none (default: the embedded model, with the embedded themes only)")
	outFile := fs.String("o", "", "write the report to `file` instead of standard output")
	workers := fs.Int("workers", 0, "documents analyzed at once (default GOMAXPROCS); the output does not depend on it")
	plots := fs.String("plots", "", "write charts (PNG and SVG) into `dir`")
	quiet := fs.Bool("quiet", false, "no warnings and no progress bar on standard error")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to `file` (for go tool pprof)")
	memProfile := fs.String("memprofile", "", "write a heap profile to `file` at the end")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: corpus-report [flags] [PATH…|-]\n\nWith no PATH, reads %s.\n\nFlags:\n", defaultCorpus)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	paths := fs.Args()
	if len(paths) == 0 {
		p, ok := findDefaultCorpus()
		if !ok {
			fmt.Fprintf(stderr, "corpus-report: no PATH given and %s not found: run inside the repository or name a corpus\n", defaultCorpus)
			return 2
		}
		paths = []string{p}
	}

	var opts []analyze.Option
	if *lexFile != "" {
		lex, err := lexicon.Load(*lexFile)
		if err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 2
		}
		if !*quiet {
			for _, w := range lex.Warnings {
				fmt.Fprintf(stderr, "corpus-report: warning: %v\n", w)
			}
		}
		opts = append(opts, analyze.WithLexicon(lex))
	}
	switch {
	case !*useContext:
		opts = append(opts, analyze.WithContextModel(nil))
	case *ctxFile != "":
		f, err := os.Open(*ctxFile)
		if err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 2
		}
		m, err := textmodel.Parse(f, *ctxFile)
		f.Close()
		if err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 2
		}
		opts = append(opts, analyze.WithContextModel(m))
	}
	a, err := analyze.New(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "corpus-report: %v\n", err)
		return 2
	}

	out := stdout
	var file *os.File
	if *outFile != "" {
		if file, err = os.Create(*outFile); err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 1
		}
		out = file
	}
	ropts := report.Options{Format: *format, GroupBy: *groupBy, Workers: *workers, PlotsDir: *plots, Analyzer: a, Stdin: stdin}
	if *outFile != "" {
		ropts.LinkDir = filepath.Dir(*outFile)
	}
	if !*quiet {
		ropts.Warn = func(msg string) { fmt.Fprintf(stderr, "corpus-report: warning: %s\n", msg) }
	}
	var bar *progressbar.ProgressBar
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		bar = newBar(f)
		ropts.Progress = func(docs int, n int64) {
			bar.Describe(fmt.Sprintf("%d documents", docs))
			bar.Add64(n)
		}
	}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "corpus-report: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		defer func() {
			if f, err := os.Create(*memProfile); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}()
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	err = report.Write(ctx, out, paths, ropts)
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(stderr)
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "corpus-report: %v\n", err)
		if errors.Is(err, report.ErrUsage) {
			return 2
		}
		return 1
	}
	return 0
}

// findDefaultCorpus finds testdata/corpus in the current folder or the
// nearest parent that is this module's root.
func findDefaultCorpus() (string, bool) {
	if _, err := os.Stat(defaultCorpus); err == nil {
		return defaultCorpus, true
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for up := 0; up < 8; up++ {
		mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(mod), "module github.com/essaylab/themes\n") {
			p := filepath.Join(dir, defaultCorpus)
			if _, err := os.Stat(p); err == nil {
				if rel, err := filepath.Rel(mustGetwd(), p); err == nil {
					return rel, true
				}
				return p, true
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return "", false
}

func mustGetwd() string {
	wd, _ := os.Getwd()
	return wd
}

// newBar returns a progress bar of bytes read, with throughput, for a
// terminal. The total is unknown while the corpus streams.
func newBar(w io.Writer) *progressbar.ProgressBar {
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetWidth(20),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
}
