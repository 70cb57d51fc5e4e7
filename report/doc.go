// Package report writes the corpus report: it reads a corpus (package
// corpus), analyzes each document (package analyze) on several workers,
// keeps the output in input order, and renders the documents and the
// corpus statistics as text, Markdown, HTML, JSON, JSON lines or CSV,
// with charts drawn by gonum.org/v1/plot.
//
// # Formats
//
//   - text: the terminal report, in tables that fit 100 columns.
//   - markdown: the same report in Markdown, linking the charts.
//   - html: one self-contained page with the charts inline and every
//     document's text with its evidence highlighted.
//   - json: one object with "lexicon", "documents", "summary",
//     "correlations", "comparisons", "kruskal", "trends", "keyness" and
//     "warnings"; documents are streamed as they finish.
//   - jsonl: the document objects only, one per line, streamed.
//   - csv: one row per document: id, words, sentences, dominant,
//     dominant_by ("lexicon", "context" or empty), then
//     T_count, T_negated, T_per1000, T_score for each theme T, then the
//     metadata fields in name order (lists joined with "; ").
//
// Numbers are written at full precision; an undefined statistic is null in
// JSON and an empty cell in CSV.
package report
