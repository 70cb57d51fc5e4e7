// Command plainscan is the speed reference for the corpus report: the
// simplest program that could count theme words. Single-threaded, it
// reads each .txt file of a folder, splits the bytes on non-letters,
// lower-cases ASCII and looks each word up in a map, then checks the
// wildcard prefixes; it prints one CSV row of counts per file. No
// sentences, phrases, negation, stems, evidence or statistics.
//
//	go run ./bench/plainscan FOLDER > counts.csv
//
// The words are the single-word entries of lexicon/themes/*.lex (exact
// words, and trailing wildcards as prefixes).
package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: plainscan FOLDER")
	}
	words, prefixes := loadWords()
	files, err := filepath.Glob(filepath.Join(os.Args[1], "*.txt"))
	if err != nil {
		log.Fatal(err)
	}
	sort.Strings(files)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "id,words,hits")
	buf := make([]byte, 0, 64)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		n, hits := 0, 0
		for i := 0; i < len(data); {
			for i < len(data) && !isLetter(data[i]) {
				i++
			}
			j := i
			buf = buf[:0]
			for j < len(data) && isLetter(data[j]) {
				c := data[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
				j++
			}
			if j > i {
				n++
				if words[string(buf)] {
					hits++
				} else {
					for _, p := range prefixes {
						if len(buf) >= len(p) && string(buf[:len(p)]) == p {
							hits++
							break
						}
					}
				}
			}
			i = j
		}
		fmt.Fprintf(w, "%s,%d,%d\n", strings.TrimSuffix(filepath.Base(f), ".txt"), n, hits)
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80 }

// loadWords reads the single-word entries of the default lexicon files.
func loadWords() (map[string]bool, []string) {
	files, _ := filepath.Glob("lexicon/themes/*.lex")
	if len(files) == 0 {
		log.Fatal("run from the repository's top folder (lexicon/themes/*.lex not found)")
	}
	words := map[string]bool{}
	var prefixes []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line, _, _ = strings.Cut(line, "#")
			fields := strings.Fields(line)
			if len(fields) > 0 && strings.HasPrefix(fields[len(fields)-1], "=") {
				fields = fields[:len(fields)-1]
			}
			if len(fields) != 1 || strings.ContainsAny(fields[0], "~'-\\") {
				continue
			}
			switch w := fields[0]; {
			case strings.HasSuffix(w, "*"):
				prefixes = append(prefixes, strings.TrimSuffix(w, "*"))
			default:
				words[w] = true
			}
		}
	}
	return words, prefixes
}
