package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/essaylab/themes/analyze"
)

// Limits of the server. The write timeout bounds the whole handling of a
// request once its headers are read; analyzeTimeout stays below it so a
// runaway analysis ends with a JSON error rather than a cut connection.
const (
	defaultMaxBody = 10 << 20
	writeTimeout   = 60 * time.Second
	analyzeTimeout = 50 * time.Second
)

// Timeouts of the connection; variables only so that the tests can
// shorten them.
var (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	idleTimeout       = 120 * time.Second
	shutdownTimeout   = 15 * time.Second
)

// handler serves the API over one analyzer.
type handler struct {
	a       *analyze.Analyzer
	maxBody int64
	health  []byte // the /healthz body, fixed for the analyzer's lifetime
}

// newHandler returns the HTTP API over a:
//
//	POST /v1/analyze  analyze a JSON {"id","text","meta"} or text/plain body
//	GET  /healthz     {"status":"ok","lexicon":"<name> <version> <hash>"}
//
// Request bodies larger than maxBody bytes are refused with 413.
func newHandler(a *analyze.Analyzer, maxBody int64) http.Handler {
	l := a.Lexicon()
	var parts []string
	for _, s := range []string{l.Name, l.Version, l.Hash} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	health, err := json.Marshal(struct {
		Status  string `json:"status"`
		Lexicon string `json:"lexicon"`
	}{"ok", strings.Join(parts, " ")})
	if err != nil {
		panic(err) // cannot happen: two strings
	}
	h := &handler{a: a, maxBody: maxBody, health: append(health, '\n')}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/analyze", h.analyze)
	mux.HandleFunc("/healthz", h.healthz)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	return mux
}

// request is the JSON body of POST /v1/analyze.
type request struct {
	ID   string         `json:"id"`
	Text *string        `json:"text"`
	Meta map[string]any `json:"meta"`
}

func (h *handler) analyze(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use POST")
		return
	}
	isJSON, err := jsonBody(r.Header.Get("Content-Type"))
	if err != nil {
		writeError(w, http.StatusUnsupportedMediaType, err.Error())
		return
	}
	if r.ContentLength > h.maxBody {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", h.maxBody))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is larger than %d bytes", mbe.Limit))
			return
		}
		writeError(w, http.StatusBadRequest, "reading request body: "+err.Error())
		return
	}

	in := analyze.Input{ID: r.URL.Query().Get("id")}
	if isJSON {
		var req request
		if err := decodeJSON(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "malformed JSON body: "+err.Error())
			return
		}
		if req.Text == nil {
			writeError(w, http.StatusBadRequest, `missing "text" in JSON body`)
			return
		}
		if req.ID != "" {
			in.ID = req.ID
		}
		in.Text, in.Meta = *req.Text, req.Meta
	} else {
		in.Text = string(body)
	}

	ctx, cancel := context.WithTimeout(r.Context(), analyzeTimeout)
	defer cancel()
	doc, err := h.a.Analyze(ctx, in)
	if err != nil {
		switch {
		case r.Context().Err() != nil:
			// The client went away; nobody is left to read an answer.
			return
		case errors.Is(err, context.DeadlineExceeded):
			writeError(w, http.StatusServiceUnavailable, "analysis timed out")
		default:
			writeError(w, http.StatusInternalServerError, "analysis failed: "+err.Error())
		}
		return
	}
	out, err := json.Marshal(doc)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "encoding document: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, append(out, '\n'))
}

func (h *handler) healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; use GET")
		return
	}
	writeJSON(w, http.StatusOK, h.health)
}

// jsonBody reports whether a body of the given Content-Type is JSON (true)
// or plain text (false). A missing Content-Type is read as JSON; other
// types than JSON and plain text, and text in a charset other than UTF-8,
// are an error.
func jsonBody(contentType string) (bool, error) {
	if contentType == "" {
		return true, nil
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false, fmt.Errorf("bad Content-Type %q: %v", contentType, err)
	}
	switch {
	case mt == "application/json" || strings.HasSuffix(mt, "+json"):
		return true, nil
	case mt == "text/plain":
		if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
			return false, fmt.Errorf("unsupported charset %q; send UTF-8", params["charset"])
		}
		return false, nil
	}
	return false, fmt.Errorf("unsupported Content-Type %q; use application/json or text/plain", mt)
}

// decodeJSON decodes one JSON object from b into v; anything after it but
// white space is an error.
func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return errors.New("empty body")
		}
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the JSON object")
	}
	return nil
}

func writeJSON(w http.ResponseWriter, code int, body []byte) {
	hd := w.Header()
	hd.Set("Content-Type", "application/json; charset=utf-8")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Content-Length", fmt.Sprint(len(body)))
	w.WriteHeader(code)
	w.Write(body)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	writeJSON(w, code, append(b, '\n'))
}

// logRequests logs one line per request to l: method, path, status,
// response bytes, duration and the client's address.
func logRequests(h http.Handler, l *log.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		status := fmt.Sprint(rec.status)
		if !rec.wrote && r.Context().Err() != nil {
			status = "-" // the client went away before an answer
		}
		l.Printf("%s %s %s %d %s %s", r.Method, r.URL.RequestURI(), status, rec.bytes,
			time.Since(start).Round(time.Microsecond), r.RemoteAddr)
	})
}

// recorder records the status and size of a response.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// serve serves h on ln until ctx is done, then shuts down gracefully:
// it stops accepting, waits up to shutdownTimeout for requests in flight,
// and then closes what is left (which cancels those requests' contexts).
// It returns nil after a clean shutdown.
func serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err // never http.ErrServerClosed: only Shutdown and Close cause that
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if err != nil {
		srv.Close()
		err = fmt.Errorf("shutdown: %w", err)
	}
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
