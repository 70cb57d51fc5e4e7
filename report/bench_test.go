package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/essaylab/themes/analyze"
)

// benchCorpus writes about n bytes of essays (copies of testdata/essays)
// as .txt files into a temporary folder and returns it and the bytes
// written.
func benchCorpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	files, _ := filepath.Glob("../testdata/essays/*.txt")
	if len(files) == 0 {
		b.Fatal("no essays in testdata/essays")
	}
	dir := b.TempDir()
	var total int64
	for i := 0; total < int64(n); i++ {
		data, err := os.ReadFile(files[i%len(files)])
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("e%05d.txt", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(len(data))
	}
	return dir, total
}

// BenchmarkWrite measures a whole report run end to end, as
// corpus-report -format csv runs it: reading the files, analysing them on
// GOMAXPROCS workers, the corpus statistics and the CSV. The analyzer is
// built once, outside the timing.
func BenchmarkWrite(b *testing.B) {
	a, err := analyze.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []struct {
		name string
		n    int
	}{{"100KB", 100 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		for _, format := range []string{"csv", "jsonl"} {
			b.Run(size.name+"/"+format, func(b *testing.B) {
				dir, n := benchCorpus(b, size.n)
				b.SetBytes(n)
				b.ReportAllocs()
				for b.Loop() {
					if err := Write(context.Background(), io.Discard, []string{dir}, Options{Format: format, Analyzer: a}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
