package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// Robustness tests (issue 8): the real server over TCP with hostile
// clients, 1,000 mixed requests without a goroutine leak, and a clean
// shutdown.

// startServer runs serve on a free port and returns its address and a
// stop function that shuts it down and returns serve's error.
func startServer(t *testing.T, h http.Handler) (addr string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- serve(ctx, ln, h) }()
	var once sync.Once
	var serr error
	stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case serr = <-served:
			case <-time.After(10 * time.Second):
				serr = fmt.Errorf("serve did not return")
			}
		})
		return serr
	}
	t.Cleanup(func() { stop() })
	return ln.Addr().String(), stop
}

// setTimeouts shortens the connection timeouts for one test.
func setTimeouts(t *testing.T, header, read time.Duration) {
	oldH, oldR := readHeaderTimeout, readTimeout
	readHeaderTimeout, readTimeout = header, read
	t.Cleanup(func() { readHeaderTimeout, readTimeout = oldH, oldR })
}

// closedWithin reads from c until the server closes it, and reports what
// it read and whether that happened within d.
func closedWithin(c net.Conn, d time.Duration) (string, bool) {
	c.SetReadDeadline(time.Now().Add(d))
	b, err := io.ReadAll(c)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return string(b), false
	}
	return string(b), true
}

func TestServerTimeouts(t *testing.T) {
	setTimeouts(t, 200*time.Millisecond, 500*time.Millisecond)
	before := runtime.NumGoroutine()
	addr, stop := startServer(t, newHandler(testAnalyzer(t), 1<<20))

	t.Run("slow headers", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		// Half a request line, then nothing: the header timeout closes it.
		io.WriteString(c, "POST /v1/analyze HTTP/1.1\r\nHost: x\r\n")
		if _, ok := closedWithin(c, 5*time.Second); !ok {
			t.Error("connection with unfinished headers still open after 5 s")
		}
	})
	t.Run("slow body", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nlonely ")
		got, ok := closedWithin(c, 5*time.Second)
		if !ok {
			t.Error("connection with an unfinished body still open after 5 s")
		}
		if got != "" && !strings.HasPrefix(got, "HTTP/1.1 400 ") {
			t.Errorf("answer to a body that timed out: %.100q", got)
		}
	})
	t.Run("huge header", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: %s\r\n\r\n", strings.Repeat("a", 200<<10))
		got, _ := closedWithin(c, 5*time.Second)
		if !strings.HasPrefix(got, "HTTP/1.1 431 ") {
			t.Errorf("answer to a 200 KB header: %.100q", got)
		}
	})
	t.Run("garbage", func(t *testing.T) {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Write([]byte("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 not http at all\r\n\r\n"))
		got, ok := closedWithin(c, 5*time.Second)
		if !ok || !strings.HasPrefix(got, "HTTP/1.1 400 ") {
			t.Errorf("answer to garbage: %.100q (closed %v)", got, ok)
		}
	})
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
	waitGoroutines(t, before)
}

// TestThousandRequests sends 1,000 requests, half one after the other and
// half from 16 clients at once, mixing good, malformed, oversized and
// abandoned ones; every answer has the expected status, and when the
// server has shut down no goroutine is left.
func TestThousandRequests(t *testing.T) {
	const maxBody = 64 << 10
	a := testAnalyzer(t)
	before := runtime.NumGoroutine()
	addr, stop := startServer(t, newHandler(a, maxBody))
	base := "http://" + addr
	client := newClient()
	big := strings.Repeat("lonely ", maxBody/7+10)

	type kind struct {
		name   string
		status int // 0: the client gives up, no status
		do     func(ctx context.Context) (*http.Response, error)
	}
	post := func(ctx context.Context, target, ctype string, body io.Reader) (*http.Response, error) {
		req, err := http.NewRequestWithContext(ctx, "POST", base+target, body)
		if err != nil {
			return nil, err
		}
		if ctype != "" {
			req.Header.Set("Content-Type", ctype)
		}
		return client.Do(req)
	}
	kinds := []kind{
		{"json", 200, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "application/json", strings.NewReader(`{"id":"a","text":"I am silent and alone; nobody calls.","meta":{"k":[1,null]}}`))
		}},
		{"text", 200, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze?id=t", "text/plain", strings.NewReader("I reach out and call.\r\n\r\nQuiet."))
		}},
		{"invalid utf-8", 200, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "text/plain", strings.NewReader("lone\xffly \xfe silent"))
		}},
		{"empty text", 200, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "application/json", strings.NewReader(`{"text":""}`))
		}},
		{"malformed", 400, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "application/json", strings.NewReader(`{"text":"unterminated`))
		}},
		{"deep json", 400, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "application/json", strings.NewReader(`{"text":"x","meta":`+strings.Repeat("[", 20000)))
		}},
		{"oversized", 413, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "text/plain", strings.NewReader(big))
		}},
		{"oversized chunked", 413, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "text/plain", io.MultiReader(strings.NewReader(big))) // no length: chunked
		}},
		{"wrong type", 415, func(ctx context.Context) (*http.Response, error) {
			return post(ctx, "/v1/analyze", "application/x-www-form-urlencoded", strings.NewReader("text=x"))
		}},
		{"wrong method", 405, func(ctx context.Context) (*http.Response, error) {
			req, _ := http.NewRequestWithContext(ctx, "DELETE", base+"/v1/analyze", nil)
			return client.Do(req)
		}},
		{"not found", 404, func(ctx context.Context) (*http.Response, error) {
			req, _ := http.NewRequestWithContext(ctx, "GET", base+"/../../etc/passwd?x=%00", nil)
			return client.Do(req)
		}},
		{"healthz", 200, func(ctx context.Context) (*http.Response, error) {
			req, _ := http.NewRequestWithContext(ctx, "GET", base+"/healthz", nil)
			return client.Do(req)
		}},
		{"abandoned", 0, func(ctx context.Context) (*http.Response, error) {
			// The body never ends; the client gives up.
			ctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
			defer cancel()
			pr, pw := io.Pipe()
			go func() {
				pw.Write([]byte("lonely "))
				<-ctx.Done()
				pw.CloseWithError(ctx.Err())
			}()
			return post(ctx, "/v1/analyze", "text/plain", pr)
		}},
	}
	var mu sync.Mutex
	counts := map[string]int{}
	one := func(i int) {
		k := kinds[i%len(kinds)]
		res, err := k.do(context.Background())
		if k.status == 0 {
			if err == nil {
				res.Body.Close()
			}
		} else {
			if err != nil {
				t.Errorf("%s: %v", k.name, err)
				return
			}
			body, err := io.ReadAll(res.Body)
			res.Body.Close()
			if err != nil || res.StatusCode != k.status {
				t.Errorf("%s: status %d (want %d), %v: %.200s", k.name, res.StatusCode, k.status, err, body)
			}
			if !bytes.HasPrefix(body, []byte("{")) {
				t.Errorf("%s: body not JSON: %.100q", k.name, body)
			}
		}
		mu.Lock()
		counts[k.name]++
		mu.Unlock()
	}
	for i := range 500 {
		one(i)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range 16 {
		wg.Go(func() {
			for i := range next {
				one(i)
			}
		})
	}
	for i := 500; i < 1000; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	total := 0
	for _, n := range counts {
		total += n
	}
	if total != 1000 {
		t.Errorf("%d requests done, want 1000: %v", total, counts)
	}
	// Shut down with keep-alive connections still open: serve returns
	// nil and nothing is left running.
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
	client.CloseIdleConnections()
	waitGoroutines(t, before)
}

// TestShutdownWithSlowClient: a client that sent half its headers does
// not hold the shutdown beyond the header timeout.
func TestShutdownWithSlowClient(t *testing.T) {
	setTimeouts(t, 300*time.Millisecond, 500*time.Millisecond)
	before := runtime.NumGoroutine()
	addr, stop := startServer(t, newHandler(testAnalyzer(t), 1<<20))
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /healthz HTTP/1.1\r\n")
	start := time.Now()
	if err := stop(); err != nil {
		t.Errorf("serve: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("shutdown took %v", d)
	}
	// The server has closed its side.
	r := bufio.NewReader(c)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := r.ReadByte(); err == nil {
		// An answer (408/400) is fine; the connection must then end.
		if _, err := io.ReadAll(r); err != nil {
			t.Errorf("connection not closed: %v", err)
		}
	}
	c.Close()
	waitGoroutines(t, before)
}
