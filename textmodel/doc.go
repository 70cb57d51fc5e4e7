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
// A model knows "words", which are whatever strings it was trained on.
// Package analyze gives it the features of analyze.Text.ContextFeatures:
// the normal form of every word token (lower case, apostrophes folded,
// clitics such as "n't" as their own words) and every pair of adjacent
// words in a sentence joined by "_" ("turned_me", "me_away"), as in the
// unigram-and-bigram Naive Bayes of Wang and Manning (2012). Function
// words are kept: "nobody", "back" and "anymore" carry as much of these
// themes as the nouns do, and pairs such as "since_tuesday" more.
//
// # The default model
//
// [Default] returns the model for the four default themes and "none",
// trained on the 5,850 passages of testdata/devset/tuning.jsonl,
// training.jsonl and training-none.jsonl (32 writers) with smoothing α = 0.5 (Jeffreys) and the
// words and word pairs seen in at least three passages (9,330 of them). The held-out files of
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
//	textmodel naive-bayes
//	about trained on tuning.jsonl
//	smoothing 0.5
//	class reciprocity 544
//	class none 550
//	words 3
//	alone 3 40
//	back 61 12
//	nobody 20 9
//
// The first line names the format; "about" gives the provenance (free
// text, optional), "smoothing" α (at most [MaxSmoothing]), each "class" a
// class and its number of training documents (at most [MaxDocuments]),
// and "words" the number of word lines that follow. A word line holds a
// word and then, per class, the number of training documents of that
// class that contain it. Words are in byte order, each once, and no count
// exceeds its class's documents. Each directive comes once, except
// "class". A line whose first field starts with "#" is a comment; blank
// lines and comments may stand anywhere, even before the first line. A bad file is refused with a
// [*ParseError] that prints as "file:line:col: message" and unwraps to
// one of the Err sentinels.
package textmodel
