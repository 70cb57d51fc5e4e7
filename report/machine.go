package report

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/essaylab/themes/analyze"
	"github.com/essaylab/themes/lexicon"
)

// LexiconInfo identifies the lexicon in machine-readable reports.
type LexiconInfo struct {
	Name    string   `json:"name"`
	Version string   `json:"version"`
	Hash    string   `json:"hash"`
	License string   `json:"license,omitempty"`
	Format  string   `json:"format"`
	Themes  []string `json:"themes"`
	Entries int      `json:"entries"`
}

// Info returns the LexiconInfo of l.
func Info(l *lexicon.Lexicon) LexiconInfo {
	return LexiconInfo{Name: l.Name, Version: l.Version, Hash: l.Hash, License: l.License, Format: l.Format,
		Themes: l.ThemeNames(), Entries: l.Entries()}
}

// jsonlRenderer streams one document object per line.
type jsonlRenderer struct {
	run *Run
	enc *json.Encoder
}

func (r *jsonlRenderer) Begin(run *Run) error {
	r.run = run
	r.enc = json.NewEncoder(run.W)
	r.enc.SetEscapeHTML(false)
	return nil
}

func (r *jsonlRenderer) Document(d *analyze.Document) error { return r.enc.Encode(d) }

func (r *jsonlRenderer) End(*analyze.Corpus, *analyze.Stats) error { return nil }

// jsonRenderer writes one JSON object: the lexicon, the documents (streamed
// as they finish) and the corpus statistics.
type jsonRenderer struct {
	run *Run
	n   int
}

func (r *jsonRenderer) Begin(run *Run) error {
	r.run = run
	b, err := marshal(Info(run.Analyzer.Lexicon()))
	if err != nil {
		return err
	}
	run.W.WriteString(`{"lexicon":`)
	run.W.Write(b)
	run.W.WriteString(",\n\"documents\":[")
	return nil
}

func (r *jsonRenderer) Document(d *analyze.Document) error {
	b, err := marshal(d)
	if err != nil {
		return err
	}
	if r.n > 0 {
		r.run.W.WriteByte(',')
	}
	r.n++
	r.run.W.WriteString("\n")
	_, err = r.run.W.Write(b)
	return err
}

func (r *jsonRenderer) End(c *analyze.Corpus, st *analyze.Stats) error {
	b, err := marshal(st)
	if err != nil {
		return err
	}
	w := r.run.W
	w.WriteString("],\n")
	w.Write(b[1 : len(b)-1]) // the statistics' fields, in the same object
	warnings := r.run.Skipped
	if warnings == nil {
		warnings = []string{}
	}
	wb, _ := marshal(warnings)
	w.WriteString(",\n\"warnings\":")
	w.Write(wb)
	w.WriteString("}\n")
	return nil
}

func marshal(v any) ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(sb.String(), "\n")), nil
}

// csvRenderer writes one row per document: id, words, sentences,
// dominant, dominant_by, then T_count, T_negated, T_per1000, T_score for each theme T,
// then the metadata fields in name order. The metadata columns are known
// only when every document has been read, so rows are written at the end
// from the corpus summaries.
type csvRenderer struct{ run *Run }

func (r *csvRenderer) Begin(run *Run) error             { r.run = run; return nil }
func (r *csvRenderer) Document(*analyze.Document) error { return nil }
func (r *csvRenderer) End(c *analyze.Corpus, _ *analyze.Stats) error {
	w := csv.NewWriter(r.run.W)
	themes := r.run.Analyzer.Lexicon().ThemeNames()
	keys := map[string]bool{}
	for _, d := range c.Docs {
		for k := range d.Meta {
			keys[k] = true
		}
	}
	meta := make([]string, 0, len(keys))
	for k := range keys {
		meta = append(meta, k)
	}
	sort.Strings(meta)
	header := []string{"id", "words", "sentences", "dominant", "dominant_by"}
	for _, t := range themes {
		header = append(header, t+"_count", t+"_negated", t+"_per1000", t+"_score")
	}
	used := map[string]bool{}
	for _, h := range header {
		used[h] = true
	}
	for _, k := range meta {
		col := k
		for used[col] {
			col = "meta_" + col
		}
		used[col] = true
		header = append(header, col)
	}
	if err := w.Write(header); err != nil {
		return err
	}
	row := make([]string, 0, len(header))
	for _, d := range c.Docs {
		row = append(row[:0], d.ID, strconv.Itoa(d.Words), strconv.Itoa(d.Sentences), d.Dominant, d.DominantBy)
		for _, s := range d.Themes {
			row = append(row, strconv.Itoa(s.Count), strconv.Itoa(s.Negated), FormatFloat(s.Per1000), FormatFloat(s.Score))
		}
		for _, k := range meta {
			row = append(row, MetaString(d.Meta[k]))
		}
		if err := w.Write(row); err != nil {
			return err
		}
	}
	w.Flush()
	return w.Error()
}

// FormatFloat writes v at full precision, the shortest decimal that reads
// back as v, and "" for NaN or ±Inf.
func FormatFloat(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// MetaString writes a metadata value for a table cell: lists joined with
// "; ", numbers at full precision, other values as JSON.
func MetaString(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return FormatFloat(v)
	case bool:
		return strconv.FormatBool(v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = MetaString(e)
		}
		return strings.Join(parts, "; ")
	}
	b, _ := json.Marshal(v)
	return string(b)
}
