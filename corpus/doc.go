// Package corpus reads a corpus of posts the way people keep them —
// folders of text, Markdown and HTML files, JSON lines, CSV tables and
// WordPress exports — and hands out their documents one at a time.
//
// A Reader is made with NewReader from a list of paths: files, folders
// (read recursively) or "-" for JSON lines on standard input. Next
// returns one Document after another and io.EOF at the end; All does
// the same as an iterator:
//
//	r := corpus.NewReader(paths, corpus.Options{
//		Warn: func(w corpus.Warning) { log.Print(w) },
//	})
//	for doc, err := range r.All() {
//		if err != nil {
//			return err
//		}
//		// use doc.ID, doc.Text, doc.Skip
//	}
//
// The package knows nothing of themes or scoring: it only finds the text
// and says which parts of it are not prose.
//
// # Formats
//
// The format of a file is chosen by its extension, in any case:
//
//   - .txt: the Text is the file's bytes, unchanged; offsets are file
//     offsets. Invalid UTF-8 is kept as it is.
//   - .md, .markdown: the Text is the file's bytes, unchanged. YAML front
//     matter between a first line "---" and a closing "---" or "..." line,
//     or TOML front matter between "+++" lines, becomes Meta. Markdown
//     syntax is reported in Skip (see Skipped spans).
//   - .html, .htm: the Text is the text of the page: tags removed,
//     entities decoded, the content of head, script, style, nav, header,
//     footer, aside, form (and noscript, template, iframe, svg, math,
//     button, select, textarea, object, canvas, audio, video) removed.
//     When the page has <article> elements, only their text is read;
//     otherwise, when it has a <main> element, only its text; otherwise
//     the whole body. Block elements (p, div, h1–h6, li, blockquote, br,
//     tr, section, article, pre, table, ...) are separated by a blank
//     line ("\n\n"); other white space is collapsed to one space, except
//     inside <pre>. Pages are read as UTF-8.
//   - .jsonl, .ndjson: one JSON object per line, one document per line.
//     "text" (a string) is required; "id" (a string or a number) is the
//     ID; every other field goes to Meta. Empty lines are skipped.
//   - .csv: a header row is required, with a "text" column (names match
//     without regard to case or surrounding space; a UTF-8 byte order
//     mark is ignored). An "id" column is optional. Every other column
//     goes to Meta as a string. A record whose number of fields differs
//     from the header's is malformed.
//   - .xml: a WordPress export (WXR): an <rss> root that declares the
//     namespace http://wordpress.org/export/…. Items whose wp:post_type is
//     "post" and wp:status is "publish" are documents; drafts, pages,
//     attachments and other items are not. The Text is the content:encoded
//     HTML read as for .html, except that a blank line in the content also
//     separates paragraphs (as WordPress shows them); WordPress block
//     comments (<!-- wp:... -->) disappear with the other comments.
//   - "-": standard input, read as JSON lines. Its Source is "-".
//
// The Format of a Document is "txt", "markdown", "html", "jsonl" (also for
// standard input), "csv" or "wxr".
//
// Files with other extensions are skipped silently inside folders, and
// with a warning when given directly. Inside a folder, files and folders
// whose names begin with "." are skipped. A README.md is a Markdown
// document like any other.
//
// # Identifiers
//
// The ID of a document read from a whole file is its path relative to
// the folder given to NewReader, without the extension, with "/" as the
// separator: "essays/memory" for essays/memory.txt under the folder. A
// file given directly is identified by its base name without extension.
//
// Two files can claim the same ID: "letter.md" and "letter.txt" are both
// "letter". Both are read; the first in reading order keeps the ID and the
// later one gets its extension appended: "letter.txt". If that is taken
// too, "~2", "~3", ... follows. This uniqueness is kept across all the
// paths of one Reader.
//
// A JSON line's ID is its "id" field (a number as written, 7 → "7"), or
// its line number when it has none. A CSV record's ID is its "id" column,
// or its line number when the column is absent or empty. A WordPress
// post's ID is its slug (wp:post_name), or wp:post_id when the slug is
// empty. Record IDs are taken as they are and not made unique; Source and
// Line always identify a document.
//
// # Metadata
//
// Meta holds JSON-compatible values only: string, float64, bool, nil
// (JSON null), []any and map[string]any, so it can be encoded with
// encoding/json as it is. Dates are strings: "2006-01-02" for a date
// without a time of day, RFC 3339 ("2006-01-02T15:04:05Z07:00") for one
// with a time. A TOML local date-time, which has no zone, is written
// without an offset.
//
// Markdown front matter gives every field it has (title, date, tags,
// categories and any other). An HTML page gives "title" (from <title>),
// "description" and "author" (from <meta name=...>), "keywords" (from
// <meta name="keywords">, split at commas into a list) and "date" (from
// <meta property="article:published_time">). A WordPress post gives
// "title", "date" (the day of wp:post_date), "author" (dc:creator),
// "tags" and "categories" (lists), and "link". JSON lines give their
// other fields, CSV records their other columns as strings. Meta is nil
// when there is nothing to put in it.
//
// # Skipped spans
//
// Skip lists the byte ranges of Text that are not the author's prose and
// should not be counted as words, each with a reason. The spans are
// sorted, do not overlap, and adjacent spans with the same reason are
// merged.
//
// In Markdown:
//
//   - "front-matter": the whole front matter block, from the first byte
//     (a byte order mark included) to the end of the closing line,
//     line ending included.
//   - "code": fenced code blocks (``` and ~~~, from the opening line to
//     the end of the closing line; an unclosed fence runs to the end of
//     the file), indented code blocks, and inline code spans (`code`,
//     backticks included).
//   - "markup": images (![alt](url) and ![alt][ref], whole); the "[" of a
//     link and its "](url)", "][ref]" or "]" part, so the link text stays
//     prose; link reference definition lines ("[id]: url", whole line);
//     footnote references "[^1]" and markers "[^1]:"; autolinks
//     (<https://...>, <user@host>); bare URLs (http://, https://, www.);
//     entity and character references (&mdash;, &#8212;).
//   - "html": raw HTML tags, comments, declarations and processing
//     instructions inline, and HTML blocks that start with a comment or a
//     script, style, pre or textarea element, up to the line that closes
//     them.
//
// Heading marks (#), emphasis (* and _), blockquote marks (>), list
// markers and table pipes are left in the prose: they are punctuation to
// a tokenizer. The scanner follows CommonMark where it matters for words
// but is not a full CommonMark parser.
//
// In HTML and WordPress documents, the text of <pre>, <code>, <kbd> and
// <samp> elements is a "code" span. Text files, JSON lines and CSV
// records have no spans.
//
// # Warnings
//
// A document that cannot be read is skipped, and one that can be read
// only in part is read as well as it can be; either way Options.Warn is
// called with a Warning that names the source, the line when it is
// known, and what happened. Nothing is dropped silently, except files
// with unknown extensions and hidden files inside folders, empty lines of
// JSON lines files, and WordPress items that are not published posts.
//
// In particular:
//
//   - a file whose first 8 KiB hold a NUL byte or more than 30% control
//     bytes (text, Markdown and HTML files) is skipped as "binary data";
//   - a file or record larger than Options.MaxDocBytes is skipped;
//   - unterminated Markdown front matter is reported at its first line and
//     the whole file is read as text, without metadata and without a
//     front-matter span; front matter that is closed but does not parse is
//     reported at the line of the error, and the document is read without
//     metadata, the front matter still skipped;
//   - a broken JSON line (invalid JSON, not an object, no "text" string)
//     is skipped, and the reading goes on with the next line;
//   - a CSV file without a "text" column is skipped; a malformed record is
//     skipped and the reading goes on with the next one;
//   - an .xml file that is not a WordPress export is skipped; one with a
//     DOCTYPE that declares entities is refused; elements nested deeper
//     than 256, an item with more than 10000 elements or larger than
//     MaxDocBytes are refused too;
//   - an HTML page or WordPress post nested more than 512 elements deep,
//     which the HTML parser refuses, is read token by token instead:
//     without metadata and without the choice of <article> or <main>;
//   - files that are not regular files (a FIFO, a socket or a device with
//     a known extension, which could block or never end);
//   - files that cannot be opened or read, folders that cannot be listed,
//     broken symbolic links, and symbolic links that lead back into a
//     folder being read (a loop) or to a folder already read.
//
// Next returns an error other than io.EOF only when the run cannot go on:
// a path given to NewReader does not exist or cannot be examined. The
// error is sticky.
//
// # Streaming
//
// Documents come in a fixed order: the paths in the order given; inside a
// folder, all files of the tree sorted by their "/"-separated relative
// path in byte order. Symbolic links to files and folders are followed;
// each folder (by device and inode) is read once, so loops end.
//
// Only one document is in memory at a time. When a folder is reached its
// file names are listed, but files are opened one at a time when their
// turn comes. JSON lines, CSV and WordPress files are read one record at
// a time, never whole; a line, record or XML token larger than
// MaxDocBytes is refused without being held in memory.
package corpus
