package corpus_test

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/essaylab/themes/corpus"
)

func Example() {
	folder := filepath.Join("..", "testdata", "corpus-formats")
	r := corpus.NewReader([]string{folder}, corpus.Options{
		Warn: func(w corpus.Warning) {
			w.Source = filepath.ToSlash(strings.TrimPrefix(w.Source, folder+string(filepath.Separator)))
			fmt.Println("warning:", w)
		},
	})
	for doc, err := range r.All() {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		prose := 0 // bytes of Text that are not in a Skip span
		last := 0
		for _, s := range doc.Skip {
			prose += s.Start - last
			last = s.End
		}
		prose += len(doc.Text) - last
		fmt.Printf("%-8s %-13s line %d: %d of %d bytes are prose", doc.Format, doc.ID, doc.Line, prose, len(doc.Text))
		if title, ok := doc.Meta["title"].(string); ok {
			fmt.Printf(" (%s)", title)
		}
		fmt.Println()
	}
	// Output:
	// warning: binary.txt: binary data; file skipped
	// csv      cr1           line 2: 43 of 43 bytes are prose
	// csv      cr2           line 3: 31 of 31 bytes are prose
	// markdown crlf          line 1: 49 of 126 bytes are prose (Windows Notes)
	// txt      essay         line 1: 142 of 142 bytes are prose
	// markdown essays/README line 1: 81 of 81 bytes are prose
	// txt      essays/memory line 1: 46 of 46 bytes are prose
	// markdown letter        line 1: 35 of 35 bytes are prose
	// txt      letter.txt    line 1: 35 of 35 bytes are prose
	// markdown notes         line 1: 174 of 507 bytes are prose (On Slow Reading)
	// warning: notext.csv:1: no "text" column in the CSV header; file skipped
	// html     page          line 1: 145 of 159 bytes are prose (Letters to a Young Baker)
	// csv      lamp          line 2: 50 of 50 bytes are prose (The Lamp)
	// csv      3             line 3: 45 of 45 bytes are prose (Untitled)
	// warning: posts.csv:4: invalid CSV record: extraneous or missing " in quoted-field; record skipped
	// csv      door          line 5: 36 of 36 bytes are prose (The Door)
	// jsonl    river         line 1: 49 of 49 bytes are prose
	// jsonl    7             line 2: 32 of 32 bytes are prose
	// warning: posts.jsonl:3: invalid JSON: unexpected end of JSON input; line skipped
	// warning: posts.jsonl:4: no "text" field; line skipped
	// jsonl    6             line 6: 45 of 45 bytes are prose
	// warning: sitemap.xml:2: not a WordPress export (WXR): root element <urlset> without the namespace http://wordpress.org/export/; file skipped
	// markdown toml-post     line 1: 50 of 129 bytes are prose (Gardens in Winter)
	// warning: unterminated.md:1: unterminated YAML front matter: no closing --- line; whole file read as text
	// markdown unterminated  line 1: 111 of 111 bytes are prose
	// wxr      notebook      line 12: 88 of 88 bytes are prose (Why I Keep a Notebook)
}
