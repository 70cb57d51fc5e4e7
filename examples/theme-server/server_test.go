package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

// testLex is a small lexicon of its own, so the tests depend neither on
// the default lexicon's themes nor on its scores, only on the contract.
const testLex = `lexicon server-test
version 1

theme quiet
facet silence
source Written for these tests.
silence
silent
quiet =0.5
say~ nothing =1.5
hard~ spoke =1.5

theme contact
facet reaching
source Written for these tests.
reach~ out =1.5
call~
show~ up for =2
alone
lonely =2
- leave it alone
`

// essay is an original essay of about 5 KB used by the concurrency test and
// the benchmark.
const essay = `What the Quiet Keeps

For most of my twenties I believed that a friendship was measured in words. The good ones, I thought, were the ones where the talk never ran dry: long calls on Sunday evenings, threads of messages that scrolled past midnight, the easy back-and-forth of two people who always had something to add. When the talk slowed, I took it as a warning. A pause meant distance, and distance meant that something had gone wrong.

Then I spent a winter sharing a small flat with Tomasz, a friend from university who had moved to the city for work and needed a place until spring. He was not a talker. He would come home, nod, put the kettle on, and sit by the window with a book while the radiator ticked. At first I filled the silence for both of us. I told him about my day, about the people at the office, about the film I wanted to see. He listened, said a sentence or two, and went back to his page. I felt, I am ashamed to say, a little rejected. I wondered whether he was unhappy, or bored with me, or whether I had done something to push him away.

It took me weeks to notice what he did instead of talking. When I came home late, there was a plate of soup covered with a saucer on the stove. When my bicycle chain broke, it was fixed by the next morning and he never mentioned it. When my father was in hospital in February, Tomasz did not ask me how I felt, which was the question everyone else asked and the one I could not answer. He simply walked with me to the station each morning that week, carried my bag, and stood on the platform until the train left. We hardly spoke. I have never felt less alone.

I think now that I had confused two different things: the sound of closeness and closeness itself. Talk is one of the ways people reach out to each other, but it is not the only one, and it is not always the most honest. Some of my most talkative friendships were, when I look back, quite lonely. We traded stories the way people trade cards, each waiting for a turn, each keeping a quiet score of who had listened to whom. If I called three times and she called once, I noticed. If I remembered his birthday and he forgot mine, I noticed that too. The words kept flowing, but very little was actually given.

Silence, by contrast, asks for trust. To sit in a room with someone and say nothing, without feeling that you owe them an explanation, you have to believe that the bond will hold without being tested every hour. You have to stop counting. That is harder than it sounds. For someone like me, who grew up in a loud family where quiet usually meant that somebody was angry, an unbroken silence felt like a door slowly closing. It took a patient friend to show me that a door can also be left open without anyone walking through it.

Not every silence is kind, of course. There is the silence of the friend who stops answering, the group chat that goes on without you, the invitation that never arrives. I have been on both sides of that kind of quiet. Once, after a falling-out I no longer fully understand, I let a friendship with a woman I had known since school simply fade. Neither of us said anything cruel. We just stopped writing, and the silence grew until it was too large to cross. I still think of her when I pass the bakery where we used to meet on Saturdays. That silence was not trust; it was a withdrawal dressed up as peace, and it cost us both something we did not name.

So the lesson, if there is one, is not that quiet is better than talk. It is that the meaning of a silence depends on what surrounds it. A pause between two people who keep showing up for each other is a resting place. A pause between two people who have stopped showing up is an ending that nobody announces. The difference lies in the small acts that continue when the words stop: the soup on the stove, the repaired chain, the walk to the station in the cold.

Tomasz moved out in April. We still do not talk much. Every few months one of us sends a photograph, a line or two, a question about a book. Sometimes a reply takes weeks. I have learned not to read those weeks as a verdict. When I visited his new town last summer, he met me at the bus stop, took my bag without a word, and we walked to his flat in a silence that felt exactly like the winter we shared. It was, I realised, one of the warmest conversations I have had in years.

There is also the silence we keep with ourselves. After the falling-out, I told no one how much it hurt, and for a long time I mistook that private quiet for strength. It was closer to hiding. Friends cannot answer a need they never hear about, and a heart that never asks for anything slowly teaches the people around it to stop offering.

I try now to be that kind of friend, and I often fail. I still talk too much when I am nervous, and I still catch myself counting calls and replies. But when a friend goes quiet, I have started to ask a different question. Not "Why has she stopped talking to me?" but "Is there something I could carry for her without being asked?" More often than I expected, the answer is yes, and the silence that follows is not empty at all.
`

// documentKeys are the members every document object has.
var documentKeys = []string{"id", "meta", "words", "sentences", "paragraphs", "dominant", "dominant_by", "themes", "evidence", "arc", "excluded"}

func testAnalyzer(t testing.TB) *analyze.Analyzer {
	t.Helper()
	l, err := lexicon.Parse(strings.NewReader(testLex), "test.lex")
	if err != nil {
		t.Fatal(err)
	}
	a, err := analyze.New(analyze.WithLexicon(l))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkDocument checks body is a document object with the given id and
// returns it decoded.
func checkDocument(t *testing.T, a *analyze.Analyzer, body []byte, id string) map[string]json.RawMessage {
	t.Helper()
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, body)
	}
	for _, k := range documentKeys {
		if _, ok := doc[k]; !ok {
			t.Errorf("document object has no %q: %s", k, body)
		}
	}
	var gotID string
	json.Unmarshal(doc["id"], &gotID)
	if gotID != id {
		t.Errorf("id = %q, want %q", gotID, id)
	}
	var words int
	if err := json.Unmarshal(doc["words"], &words); err != nil || words <= 0 {
		t.Errorf("words = %s, want a positive number", doc["words"])
	}
	var ev []json.RawMessage
	if err := json.Unmarshal(doc["evidence"], &ev); err != nil || ev == nil {
		t.Errorf("evidence = %s, want an array", doc["evidence"])
	}
	// Every theme of the lexicon is in "themes", zeros included.
	var themes map[string]json.RawMessage
	if err := json.Unmarshal(doc["themes"], &themes); err != nil {
		t.Errorf("themes = %s, want an object", doc["themes"])
	}
	for _, name := range a.Lexicon().ThemeNames() {
		if _, ok := themes[name]; !ok {
			t.Errorf("themes has no %q: %s", name, doc["themes"])
		}
	}
	return doc
}

func TestHandler(t *testing.T) {
	a := testAnalyzer(t)
	const maxBody = 1 << 10
	h := newHandler(a, maxBody)
	text := "I called and called. Nobody answered, and the silence said nothing kind."
	jsonBody := `{"id":"e1","text":` + quote(text) + `,"meta":{"year":2024,"tags":["a","b"]}}`
	big := strings.Repeat("lonely words ", 2*maxBody/13)

	tests := []struct {
		name        string
		method      string
		target      string
		contentType string
		body        string
		chunked     bool // send without a Content-Length
		wantStatus  int
		wantAllow   string
		wantID      string // for 200 on /v1/analyze
		wantMeta    string // for 200 on /v1/analyze
	}{
		{name: "json", method: "POST", target: "/v1/analyze", contentType: "application/json", body: jsonBody,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "json charset", method: "POST", target: "/v1/analyze", contentType: "application/json; charset=utf-8", body: jsonBody,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "json suffix type", method: "POST", target: "/v1/analyze", contentType: "application/vnd.essay+json", body: jsonBody,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "json without content type", method: "POST", target: "/v1/analyze", body: jsonBody,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "json id from query", method: "POST", target: "/v1/analyze?id=q1", contentType: "application/json", body: `{"text":` + quote(text) + `}`,
			wantStatus: 200, wantID: "q1", wantMeta: `{}`},
		{name: "json body id wins", method: "POST", target: "/v1/analyze?id=q1", contentType: "application/json", body: jsonBody,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "json chunked", method: "POST", target: "/v1/analyze", contentType: "application/json", body: jsonBody, chunked: true,
			wantStatus: 200, wantID: "e1", wantMeta: `{"tags":["a","b"],"year":2024}`},
		{name: "text/plain", method: "POST", target: "/v1/analyze?id=t1", contentType: "text/plain", body: text,
			wantStatus: 200, wantID: "t1", wantMeta: `{}`},
		{name: "text/plain utf-8", method: "POST", target: "/v1/analyze", contentType: "text/plain; charset=UTF-8", body: text,
			wantStatus: 200, wantID: "", wantMeta: `{}`},
		{name: "text/plain json-looking", method: "POST", target: "/v1/analyze?id=t2", contentType: "text/plain", body: `{"text": "I was alone."}`,
			wantStatus: 200, wantID: "t2", wantMeta: `{}`},

		{name: "malformed json", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"id": "x", "text": "unterminated`, wantStatus: 400},
		{name: "json not an object", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `["text"]`, wantStatus: 400},
		{name: "json trailing data", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":"a"} {"text":"b"}`, wantStatus: 400},
		{name: "json empty body", method: "POST", target: "/v1/analyze", contentType: "application/json", body: ``, wantStatus: 400},
		{name: "json missing text", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"id":"x","meta":{}}`, wantStatus: 400},
		{name: "json null text", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":null}`, wantStatus: 400},
		{name: "json text not a string", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":42}`, wantStatus: 400},
		{name: "json meta not an object", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":"a","meta":[1]}`, wantStatus: 400},

		{name: "oversized text", method: "POST", target: "/v1/analyze", contentType: "text/plain", body: big, wantStatus: 413},
		{name: "oversized json", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":` + quote(big) + `}`, wantStatus: 413},
		{name: "oversized chunked", method: "POST", target: "/v1/analyze", contentType: "text/plain", body: big, chunked: true, wantStatus: 413},
		{name: "oversized chunked json", method: "POST", target: "/v1/analyze", contentType: "application/json", body: `{"text":` + quote(big) + `}`, chunked: true, wantStatus: 413},

		{name: "GET analyze", method: "GET", target: "/v1/analyze", wantStatus: 405, wantAllow: "POST"},
		{name: "PUT analyze", method: "PUT", target: "/v1/analyze", contentType: "application/json", body: jsonBody, wantStatus: 405, wantAllow: "POST"},
		{name: "html", method: "POST", target: "/v1/analyze", contentType: "text/html", body: "<p>hi</p>", wantStatus: 415},
		{name: "form", method: "POST", target: "/v1/analyze", contentType: "application/x-www-form-urlencoded", body: "text=hi", wantStatus: 415},
		{name: "latin-1 text", method: "POST", target: "/v1/analyze", contentType: "text/plain; charset=iso-8859-1", body: "hi", wantStatus: 415},
		{name: "bad content type", method: "POST", target: "/v1/analyze", contentType: "text/plain; charset", body: "hi", wantStatus: 415},

		{name: "healthz", method: "GET", target: "/healthz", wantStatus: 200},
		{name: "healthz HEAD", method: "HEAD", target: "/healthz", wantStatus: 200},
		{name: "POST healthz", method: "POST", target: "/healthz", wantStatus: 405, wantAllow: "GET, HEAD"},
		{name: "unknown path", method: "GET", target: "/v2/analyze", wantStatus: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			req := httptest.NewRequest(tt.method, tt.target, body)
			if tt.chunked {
				req.ContentLength = -1
			}
			if tt.contentType != "" {
				req.Header.Set("Content-Type", tt.contentType)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			got := rec.Body.Bytes()

			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d; body: %s", res.StatusCode, tt.wantStatus, got)
			}
			if ct := res.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q, want application/json; charset=utf-8", ct)
			}
			if allow := res.Header.Get("Allow"); allow != tt.wantAllow {
				t.Errorf("Allow = %q, want %q", allow, tt.wantAllow)
			}
			if tt.method == "HEAD" {
				return
			}
			switch {
			case tt.wantStatus != 200:
				var e map[string]any
				if err := json.Unmarshal(got, &e); err != nil {
					t.Fatalf("error body is not JSON: %v: %s", err, got)
				}
				if msg, _ := e["error"].(string); msg == "" || len(e) != 1 {
					t.Errorf(`error body = %s, want {"error": "..."}`, got)
				}
			case tt.target == "/healthz":
				var hz struct{ Status, Lexicon string }
				if err := json.Unmarshal(got, &hz); err != nil {
					t.Fatal(err)
				}
				l := a.Lexicon()
				if want := l.Name + " " + l.Version + " " + l.Hash; hz.Status != "ok" || hz.Lexicon != want {
					t.Errorf("healthz = %s, want status ok and lexicon %q", got, want)
				}
			default:
				doc := checkDocument(t, a, got, tt.wantID)
				if m := string(doc["meta"]); m != tt.wantMeta {
					t.Errorf("meta = %s, want %s", m, tt.wantMeta)
				}
			}
		})
	}
}

// TestHandlerMatchesLibrary checks that the answer is the library's
// document object, byte for byte.
func TestHandlerMatchesLibrary(t *testing.T) {
	a := testAnalyzer(t)
	doc, err := a.Analyze(context.Background(), analyze.Input{ID: "lib", Text: essay})
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest("POST", "/v1/analyze?id=lib", strings.NewReader(essay))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	newHandler(a, defaultMaxBody).ServeHTTP(rec, req)
	if got := bytes.TrimSuffix(rec.Body.Bytes(), []byte("\n")); !bytes.Equal(got, want) {
		t.Errorf("server answer differs from json.Marshal(a.Analyze(...))\n got: %.300s\nwant: %.300s", got, want)
	}
}

// TestCanceledRequest checks the request's context reaches Analyze: a
// request whose client is gone gets no answer written.
func TestCanceledRequest(t *testing.T) {
	h := newHandler(testAnalyzer(t), defaultMaxBody)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	req := httptest.NewRequestWithContext(ctx, "POST", "/v1/analyze", strings.NewReader(essay))
	req.Header.Set("Content-Type", "text/plain")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Body.Len() != 0 || rec.Header().Get("Content-Type") != "" {
		t.Errorf("answer written for a cancelled request: %d %s", rec.Code, rec.Body.Bytes())
	}
}

func newClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{MaxIdleConns: 64, MaxIdleConnsPerHost: 64, IdleConnTimeout: 30 * time.Second},
		Timeout:   60 * time.Second,
	}
}

// waitGoroutines waits for the number of goroutines to fall to at most n.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := runtime.NumGoroutine()
		if got <= n {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("goroutine leak: %d goroutines, want at most %d\n%s", got, n, buf)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestConcurrent(t *testing.T) {
	const clients, requests = 32, 20
	a := testAnalyzer(t)
	before := runtime.NumGoroutine()

	srv := httptest.NewServer(newHandler(a, defaultMaxBody))
	client := newClient()
	body, err := json.Marshal(map[string]any{"id": "friendship", "text": essay, "meta": map[string]any{"source": "test"}})
	if err != nil {
		t.Fatal(err)
	}

	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first []byte
		n     atomic.Int64
	)
	for range clients {
		wg.Go(func() {
			for range requests {
				res, err := client.Post(srv.URL+"/v1/analyze", "application/json", bytes.NewReader(body))
				if err != nil {
					t.Error(err)
					return
				}
				got, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil {
					t.Error(err)
					return
				}
				if res.StatusCode != 200 {
					t.Errorf("status %d: %s", res.StatusCode, got)
					return
				}
				n.Add(1)
				mu.Lock()
				if first == nil {
					first = got
				} else if !bytes.Equal(got, first) {
					t.Errorf("answers differ:\n%.200s\n%.200s", got, first)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if got := n.Load(); got != clients*requests {
		t.Errorf("%d good answers, want %d", got, clients*requests)
	}
	if first != nil {
		checkDocument(t, a, first, "friendship")
	}

	client.CloseIdleConnections()
	srv.Close()
	waitGoroutines(t, before)
}

// TestServeGracefulShutdown cancels serve's context while a slow request
// is in flight: the listener closes at once, the request completes, and
// serve returns nil after it.
func TestServeGracefulShutdown(t *testing.T) {
	a := testAnalyzer(t)
	before := runtime.NumGoroutine()
	entered, release := make(chan struct{}), make(chan struct{})
	api := newHandler(a, defaultMaxBody)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		api.ServeHTTP(w, r)
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, slow) }()

	client := newClient()
	defer client.CloseIdleConnections()
	type result struct {
		status int
		body   []byte
		err    error
	}
	done := make(chan result, 1)
	go func() {
		res, err := client.Post("http://"+addr+"/v1/analyze?id=slow", "text/plain", strings.NewReader(essay))
		if err != nil {
			done <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		done <- result{res.StatusCode, b, err}
	}()

	<-entered
	cancel()
	// The listener closes: new connections are refused.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("server still accepts connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-served:
		t.Fatalf("serve returned %v with a request in flight", err)
	case <-time.After(50 * time.Millisecond):
	}

	close(release)
	r := <-done
	if r.err != nil || r.status != 200 {
		t.Fatalf("in-flight request: status %d, err %v, body %.200s", r.status, r.err, r.body)
	}
	checkDocument(t, a, r.body, "slow")
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("serve did not return after the last request completed")
	}
	client.CloseIdleConnections()
	waitGoroutines(t, before)
}

// TestRun starts the command's main path on a free port with a lexicon
// file, asks /healthz, and stops it by cancelling its context.
func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "test.lex")
	if err := os.WriteFile(path, []byte(testLex), 0o666); err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ran := make(chan error, 1)
	go func() {
		ran <- run(ctx, []string{"-addr", "127.0.0.1:0", "-lexicon", path, "-v"}, pw)
		pw.Close()
	}()

	var url string
	select {
	case line := <-lines:
		_, rest, ok := strings.Cut(line, "listening on ")
		if !ok {
			t.Fatalf("first log line %q, want \"listening on ...\"", line)
		}
		url, _, _ = strings.Cut(rest, " ")
		if !strings.Contains(rest, "no context model") {
			t.Errorf("log line %q: a custom lexicon must not get the default context model", line)
		}
	case err := <-ran:
		t.Fatalf("run: %v", err)
	}
	client := newClient()
	defer client.CloseIdleConnections()
	res, err := client.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(b), `"lexicon":"server-test 1 sha256:`) {
		t.Errorf("healthz: %d %s", res.StatusCode, b)
	}
	if line := <-lines; !strings.Contains(line, "GET /healthz 200 ") {
		t.Errorf("request log line = %q, want GET /healthz 200 ...", line)
	}
	cancel()
	if err := <-ran; err != nil {
		t.Errorf("run: %v", err)
	}
	for range lines {
	}
}

func TestRunErrors(t *testing.T) {
	tests := []struct {
		args  []string
		usage bool
	}{
		{[]string{"-max-body", "0"}, true},
		{[]string{"-nosuchflag"}, true},
		{[]string{"extra"}, true},
		{[]string{"-lexicon", filepath.Join(t.TempDir(), "missing.lex")}, false},
	}
	for _, tt := range tests {
		err := run(context.Background(), tt.args, io.Discard)
		if err == nil {
			t.Errorf("run(%q) = nil, want an error", tt.args)
			continue
		}
		if usage := errors.As(err, new(usageError)); usage != tt.usage {
			t.Errorf("run(%q) = %v; usage error %v, want %v", tt.args, err, usage, tt.usage)
		}
	}
}

func TestLogRequests(t *testing.T) {
	var buf bytes.Buffer
	h := logRequests(newHandler(testAnalyzer(t), defaultMaxBody), log.New(&buf, "", 0))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/v1/analyze", nil))
	line := buf.String()
	if strings.Count(line, "\n") != 1 || !strings.HasPrefix(line, "GET /v1/analyze 405 ") {
		t.Errorf("log = %q, want one line \"GET /v1/analyze 405 ...\"", line)
	}
}

// BenchmarkServer runs 32 concurrent clients posting the essay to a server
// on loopback and reports latency percentiles and throughput.
func BenchmarkServer(b *testing.B) {
	const clients = 32
	a, err := analyze.New()
	if err != nil {
		if b.N == 1 {
			b.Logf("default lexicon unavailable (%v); using the test lexicon", err)
		}
		a = testAnalyzer(b)
	}
	srv := httptest.NewServer(newHandler(a, defaultMaxBody))
	defer srv.Close()
	client := newClient()
	defer client.CloseIdleConnections()
	url := srv.URL + "/v1/analyze?id=bench"
	post := func() error {
		res, err := client.Post(url, "text/plain; charset=utf-8", strings.NewReader(essay))
		if err != nil {
			return err
		}
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			return errors.New(res.Status)
		}
		return err
	}
	// Warm up: open the connections and the analyzer's caches.
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			if err := post(); err != nil {
				b.Error(err)
			}
		})
	}
	wg.Wait()

	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	b.SetBytes(int64(len(essay)))
	b.ResetTimer()
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if err := post(); err != nil {
					b.Error(err)
					return
				}
				lat[i] = time.Since(t0)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()

	slices.Sort(lat)
	pct := func(p int) float64 {
		i := min(len(lat)-1, len(lat)*p/100)
		return float64(lat[i].Nanoseconds()) / 1e6
	}
	b.ReportMetric(pct(50), "p50-ms")
	b.ReportMetric(pct(99), "p99-ms")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
