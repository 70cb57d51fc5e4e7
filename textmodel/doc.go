// Package textmodel holds text models learned from labelled documents:
// what package analyze consults when a theme lexicon finds no evidence.
//
// # The context model
//
// A lexicon names what it sees and nothing else: a passage that tells of
// a friend who never calls back, in words no lexicon entry holds, gets no
// theme. [NaiveBayes] is a binarized multinomial Naive Bayes classifier
// (as quanteda.textmodels' textmodel_nb, with word presence instead of
// counts) learned from passages a person labelled. Package analyze asks
// it only about documents in which the lexicon found no affirmed evidence
// or only weak evidence. It names the model's class as the dominant theme
// of a document without evidence, or sets weak evidence aside when the
// model reads "none", if the posterior probability is high enough, and it
// reports the words that favoured the class most, so the reading can be
// checked like the lexicon's.
//
// The model's words are the normal forms of the word tokens
// (analyze.Text.Norms): lower case, apostrophes folded, clitics ("n't",
// "'s") as their own words. Function words are kept: "nobody", "back"
// and "anymore" carry as much of these themes as the nouns do.
//
// # The default model
//
// [Default] returns the model for the four default themes and "none",
// trained on the 4,250 passages of testdata/devset/tuning.jsonl and
// training.jsonl (25 writers) with smoothing α = 0.5 (Jeffreys) and the
// words seen in at least two passages. The held-out files of
// testdata/devset are never trained on. The test TestDefaultModel
// retrains it from those files and fails if the embedded themes.nb
// differs; run
//
//	go test ./textmodel -run TestDefaultModel -update
//
// to write it again after the passages change.
//
// # The file format
//
// A model is written as the counts it was learned from, one word a line,
// so that it can be read, diffed and retrained:
//
//	textmodel naive-bayes        # first line
//	about trained on tuning.jsonl # provenance, free text (optional)
//	smoothing 0.5                # α
//	class reciprocity 544        # a class and its training documents
//	class none 550
//	words 3                      # the number of word lines that follow
//	alone 3 40                   # a word, then per class the number of
//	back 61 12                   # training documents that contain it
//	nobody 20 9
//
// Words are in byte order, each once, and no count exceeds its class's
// documents. "#" starts a comment line. A bad file is refused with a
// [*ParseError] that prints as "file:line:col: message" and unwraps to
// one of the Err sentinels.
package textmodel
