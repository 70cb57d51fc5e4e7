// Command theme-server serves theme analysis over HTTP.
//
// Usage:
//
//	theme-server [-addr 127.0.0.1:8080] [-lexicon FILE] [-context=false] [-max-body BYTES] [-v]
//
// POST /v1/analyze takes a JSON body {"id": "...", "text": "...", "meta":
// {...}} or a text/plain body (the id from ?id=) and answers with the
// document object of package analyze. GET /healthz names the lexicon in use.
// The server shuts down gracefully on SIGINT and SIGTERM.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], os.Stderr)
	stop()
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "theme-server:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "theme-server:", err)
		os.Exit(1)
	}
}

// usageError is a bad command line.
type usageError string

func (e usageError) Error() string { return string(e) }

// run parses the flags, builds the analyzer and serves until ctx is done.
func run(ctx context.Context, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("theme-server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	lexPath := fs.String("lexicon", "", "lexicon `file` (.lex or LIWC .dic); default: the embedded themes")
	useContext := fs.Bool("context", true, "let the context model name a document's theme when the lexicon finds no evidence (embedded themes only)")
	maxBody := fs.Int64("max-body", defaultMaxBody, "largest request body in `bytes`")
	verbose := fs.Bool("v", false, "log one line per request to stderr")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError(err.Error()) // flag has printed the usage
	}
	if fs.NArg() > 0 {
		return usageError(fmt.Sprintf("unexpected arguments: %q", fs.Args()))
	}
	if *maxBody <= 0 {
		return usageError(fmt.Sprintf("-max-body must be positive, got %d", *maxBody))
	}

	var opts []analyze.Option
	if *lexPath != "" {
		l, err := lexicon.Load(*lexPath)
		if err != nil {
			return err
		}
		opts = append(opts, analyze.WithLexicon(l))
	}
	if !*useContext {
		opts = append(opts, analyze.WithContextModel(nil))
	}
	a, err := analyze.New(opts...)
	if err != nil {
		return err
	}

	logger := log.New(stderr, "", log.LstdFlags)
	h := newHandler(a, *maxBody)
	if *verbose {
		h = logRequests(h, logger)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	l := a.Lexicon()
	ctxNote := "no context model"
	if m := a.ContextModel(); m != nil {
		ctxNote = fmt.Sprintf("context model of %d words", m.Vocabulary())
	}
	logger.Printf("listening on http://%s (lexicon %s %s %s, %s)", ln.Addr(), l.Name, l.Version, l.Hash, ctxNote)
	err = serve(ctx, ln, h)
	logger.Printf("stopped")
	return err
}
