// Package analyze turns essays and blog posts into theme scores that a
// reader can check, and compares themes across a corpus.
//
// # The text model
//
// A [Segmenter] splits a text into paragraphs, sentences and tokens
// ([Text], [Paragraph], [Sentence], [Token]). Every unit carries half-open
// byte offsets [Start, End) into the original text, so text[t.Start:t.End]
// is always its surface form; the input is never rewritten. Normal forms
// live beside the offsets: [Token.Norm] (lower case, ’ folded to ', see
// lexicon.Fold) and [Token.Stem] (Snowball English), shared by every
// token of the same word. Tokens know their
// [Kind]: words, numbers, punctuation, symbols, URLs, emails, hashtags,
// mentions, emoji and emoticons, and footnote markers. Only words count as
// words, and the second half of a contraction ("n’t" of "don’t") is a
// clitic that does not count on its own, so "don’t" is one word as in
// LIWC.
//
// The rules, on points where naive tokenizers go wrong:
//
//   - Em and en dashes, "--" and ellipses ("…", "...") always separate
//     words: "reciprocity—the" is three tokens.
//   - Curly and straight apostrophes both join contractions, which are
//     split as in the Penn Treebank: "you’ve" → "you" + "’ve",
//     "can't" → "ca" (norm "can") + "n't".
//   - Footnote markers glued to punctuation or a lower-case word
//     ("direction.1", "pain,2", "time.³", "reciprocity12") are Footnote
//     tokens, not numbers and not parts of words.
//   - URLs, emails, #hashtags, @mentions, emoji sequences (with skin tones
//     and ZWJ) and ASCII emoticons are single tokens, never words.
//   - Hyphenated words ("friends-of-friends") and abbreviations of
//     single letters ("U.S.", "e.g.") are one word.
//   - No-break and other Unicode spaces separate words; CRLF line ends and
//     a UTF-8 byte order mark give the same tokens and counts as LF.
//   - Invalid UTF-8 never stops the segmenter: each bad byte reads as
//     U+FFFD inside a word, offsets stay true to the bytes, and one
//     [Warning] says how many bytes were bad and where the first was.
//
// Paragraphs split at blank lines. A title or heading line (a Markdown "#"
// line, or a short line without final punctuation that opens the text or
// is in title case) is a paragraph of its own, not glued onto the first
// sentence. Sentences never cross a paragraph.
//
// Not the author's prose: a trailing reference list (a "References",
// "Notes", "Sources", "Bibliography", "Works cited" heading followed by
// numbered or cited entries) and blog chrome ("Subscribe to get the
// latest posts…", "Discover more from …", "Leave a comment", "Share
// this:", "Like Loading…") hold no tokens and are reported in
// Text.Excluded with a reason. Callers can set aside spans of their own
// (front matter, Markdown link targets) by passing them to
// [Segmenter.Segment].
//
// # What comes from prose
//
// The project depends on github.com/jdkato/prose/v2 for its English
// sentence model and its tokenization rules, and uses neither its Document
// nor its tokenizer at run time:
//
//   - prose v2.0.0 segments sentences with Punkt through
//     gopkg.in/neurosnap/sentences.v1, loading the English parameters on
//     every NewDocument call (about 20 ms) and decoding its tagger and NER
//     models too by default (about 0.4 s an essay). The segmenter here
//     loads the same Punkt English parameters once per process (its
//     abbreviation types and frequent sentence starters) and applies them
//     in a single pass over the tokens.
//   - prose's tokenizer has no offsets, keeps em-dash joins
//     ("reciprocity—the") and glued footnote markers ("direction.1") as
//     one token, and makes repeated words share one *Token. Its rules
//     (Treebank clitics 'll 's 're 'm n't, peeling of leading and trailing
//     punctuation, its emoticon list) are re-implemented here over byte
//     offsets.
//   - The tests run prose's own segmenter on the test essays and check
//     that the sentence boundaries agree.
//
// # Scoring
//
// An [Analyzer] (built once with [New], safe for concurrent use) segments
// a document and matches it against a lexicon (by default the four themes
// of lexicon.Default: reciprocity, rejection, anomie, isolation). A
// [Document] holds, per theme, the affirmed matches (Count), the negated
// ones (Negated), Count per 1,000 words (Per1000) and the weighted matches
// per 1,000 words (Score), the Dominant theme, the [Evidence] for every
// match with its byte offsets, sentence and paragraph, scores per
// paragraph, and an [Arc] of scores over equal segments of the text.
//
// # The context model
//
// A lexicon sees only what its entries name. When it finds no affirmed
// evidence in a short document (up to 150 words, [WithContextWords]), or
// only weak evidence in any (the dominant theme's matches weigh
// [WeakEvidence], 2, or less together), the Analyzer asks its context
// model (package textmodel; by default a Naive Bayes model
// trained on the labelled passages of testdata/devset, for the default
// themes only). Without evidence, a theme the model gives a posterior
// probability of at least 0.7 ([WithContextThreshold]) becomes the
// Dominant one. With weak evidence, the model may only set it aside: if it
// gives "none" at least 0.9 ([WithContextOverrule]), as for "the bakery
// turned me away because they had sold out", the document has no dominant
// theme. Either way DominantBy is [ByContext], and the reading, with the
// words that favoured it most, is in Document.Context. The model never
// outweighs real evidence, and it changes nothing but Dominant: counts,
// scores, evidence and paragraphs are the lexicon's alone.
// [WithContextModel](nil) turns the model off.
//
// # Corpus statistics
//
// The statistics functions ([Summarize], [WelchT], [MannWhitneyU],
// [KruskalWallis], [CohensD], [CliffsDelta], [BenjaminiHochberg],
// [Spearman], [LinearTrend], [TheilSen], [KendallTau], [LogLikelihoodG2],
// [LogRatio], [Moments]) are written in gonum's style, on top of gonum's
// stat and distuv packages, and tested against reference values computed
// with scipy and R (testdata/stats).
package analyze
