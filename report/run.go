package report

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/corpus"
)

// Formats are the output formats Run writes.
var Formats = []string{"text", "markdown", "html", "json", "jsonl", "csv"}

// Options configure a report run.
type Options struct {
	// Format is one of Formats; "" means "text".
	Format string
	// GroupBy names the metadata field to compare groups by.
	GroupBy string
	// Workers is the number of documents analyzed at once (default
	// GOMAXPROCS). The output does not depend on it.
	Workers int
	// PlotsDir, when set, receives the charts as PNG and SVG files; the
	// Markdown report links them.
	PlotsDir string
	// Analyzer scores the documents (default analyze.New()).
	Analyzer *analyze.Analyzer
	// Warn receives warnings about skipped or degraded documents; nil
	// discards them.
	Warn func(string)
	// Progress, when set, is told of every document read and analyzed.
	Progress func(docs int, bytes int64)
	// Stdin is read for the path "-" (JSON lines).
	Stdin io.Reader
	// Title is the report's title (default "Themes in the corpus").
	Title string
	// LinkDir is the folder the report is written to; the Markdown
	// report links the charts relative to it ("" means the current
	// folder).
	LinkDir string
}

// renderer writes one format. Document is called for every document in
// input order; End is called once with the corpus and its statistics.
type renderer interface {
	Begin(r *Run) error
	Document(d *analyze.Document) error
	End(c *analyze.Corpus, st *analyze.Stats) error
}

// Run is the state of one report, given to renderers.
type Run struct {
	Options
	W        *bufio.Writer
	Analyzer *analyze.Analyzer
	// Warnings counts the warnings given.
	Warnings int
	// Skipped lists the warnings, for the report's own summary.
	Skipped []string
	Plots   []Plot
}

// ErrUsage marks errors in the options (an unknown format), for exit
// status 2.
var ErrUsage = errors.New("usage")

// Write reads the documents at paths (files, folders or "-"), analyzes
// them and writes the report to w. An I/O error that stops the run is
// returned; problems with single documents go to opts.Warn and the run
// goes on.
func Write(ctx context.Context, w io.Writer, paths []string, opts Options) error {
	if opts.Format == "" {
		opts.Format = "text"
	}
	var rd renderer
	switch opts.Format {
	case "text":
		rd = &textRenderer{}
	case "markdown":
		rd = &markdownRenderer{}
	case "html":
		rd = &htmlRenderer{}
	case "json":
		rd = &jsonRenderer{}
	case "jsonl":
		rd = &jsonlRenderer{}
	case "csv":
		rd = &csvRenderer{}
	default:
		return fmt.Errorf("%w: unknown format %q (want one of %v)", ErrUsage, opts.Format, Formats)
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Title == "" {
		opts.Title = "Themes in the corpus"
	}
	a := opts.Analyzer
	if a == nil {
		var err error
		if a, err = analyze.New(); err != nil {
			return err
		}
	}
	run := &Run{Options: opts, W: bufio.NewWriterSize(w, 64<<10), Analyzer: a}
	warn := func(msg string) {
		run.Warnings++
		run.Skipped = append(run.Skipped, msg)
		if opts.Warn != nil {
			opts.Warn(msg)
		}
	}
	if err := rd.Begin(run); err != nil {
		return err
	}
	c := analyze.NewCorpus(a.Lexicon(), analyze.CorpusOptions{GroupBy: opts.GroupBy})
	// The reader's warnings are collected on the reading goroutine and
	// handed to the pipeline with the next document, so that every
	// warning is given on this goroutine and in reading order, whatever
	// the number of workers.
	var pending []string
	reader := corpus.NewReader(paths, corpus.Options{Warn: func(w corpus.Warning) { pending = append(pending, w.Error()) }, Stdin: opts.Stdin})
	takeWarnings := func() []string {
		w := pending
		pending = nil
		return w
	}
	err := pipeline(ctx, reader, a, opts.Workers, takeWarnings, warn, func(d *analyze.Document, size int) error {
		for _, w := range d.Warnings {
			warn(d.Source + ":" + w)
		}
		c.Add(d)
		if opts.Progress != nil {
			opts.Progress(len(c.Docs), int64(size))
		}
		return rd.Document(d)
	})
	if err != nil {
		return err
	}
	st := c.Stats()
	if opts.PlotsDir != "" {
		plots, err := WritePlots(opts.PlotsDir, c, st)
		if err != nil {
			return err
		}
		run.Plots = plots
	}
	if err := rd.End(c, st); err != nil {
		return err
	}
	return run.W.Flush()
}

// pipeline reads documents one at a time, analyzes them on workers and
// hands them to emit in input order. At most 2×workers documents are in
// flight, so memory is bounded by the largest documents, not the corpus.
// take is called on the reading goroutine after each read and returns the
// reader's warnings given since the last call; they are passed to warn on
// the calling goroutine before the document read with them (or at the
// end), so warnings keep the reading order.
func pipeline(ctx context.Context, r *corpus.Reader, a *analyze.Analyzer, workers int, take func() []string, warn func(string), emit func(*analyze.Document, int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq      int
		in       *corpus.Document
		out      *analyze.Document
		err      error
		warnings []string // the reader's, before this document
		done     chan struct{}
	}
	var trailing []string // the reader's warnings after the last document
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(order)
		for seq := 0; ; seq++ {
			d, err := r.Next()
			if err == io.EOF {
				trailing = take()
				return
			}
			if err != nil {
				trailing = take()
				readErr = err
				return
			}
			j := &job{seq: seq, in: d, warnings: take(), done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				j.err = ctx.Err()
				close(j.done)
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				skip := make([]analyze.Span, len(j.in.Skip))
				for i, s := range j.in.Skip {
					skip[i] = analyze.Span{Start: s.Start, End: s.End, Reason: s.Reason}
				}
				j.out, j.err = a.Analyze(ctx, analyze.Input{ID: j.in.ID, Source: j.in.Source, Meta: j.in.Meta, Text: j.in.Text, Skip: skip})
				close(j.done)
			}
		}()
	}
	var err error
	for j := range order {
		<-j.done
		if err != nil {
			continue // drain
		}
		for _, w := range j.warnings {
			warn(w)
		}
		if j.err != nil {
			err = j.err
			cancel()
			continue
		}
		if e := emit(j.out, len(j.in.Text)); e != nil {
			err = e
			cancel()
		}
		// emit is done with the document's tokens (the corpus keeps a
		// summary): their buffers serve the next documents.
		a.Recycle(j.out)
	}
	wg.Wait()
	if err != nil {
		return err
	}
	// order is closed: the reading goroutine has ended.
	for _, w := range trailing {
		warn(w)
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
