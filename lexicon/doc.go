// Package lexicon knows theme lexicons: their file formats, how they are
// parsed and compiled, and how their entries match the words of a text.
//
// # The default themes
//
// [Default] returns the four themes embedded in the package
// (themes/*.lex), each organised in facets that name the construct they
// operationalise and the source it comes from:
//
//   - reciprocity: Gouldner's norm of reciprocity; care, effort, favours
//     and contact should flow both ways over time.
//   - rejection: social exclusion and its pain; being shut out, ignored,
//     ghosted, refused.
//   - anomie: Durkheim's normlessness; rules and shared meanings that no
//     longer guide.
//   - isolation: loneliness and lack of social connection; a shrinking
//     circle.
//
// Every report names the lexicon's version and a content hash
// ([Lexicon.Hash]).
//
// # The .lex format
//
// Line oriented, UTF-8 and diff friendly: one entry a line. "#" starts a
// comment (at the start of a line or after white space); blank lines and
// indentation are ignored.
//
//	lexicon essay-themes          # header: name, version, license, about
//	version 2026.11.0
//	license CC-BY-4.0
//
//	theme isolation               # a theme; later lines belong to it
//	about Loneliness and lack of social connection.
//	facet loneliness              # a facet of the current theme
//	about Feeling alone.
//	source Russell (1996), UCLA Loneliness Scale, version 3.
//
//	lonely =2                     # exact word, weight 2 (default 1)
//	isolat*                       # trailing wildcard: isolate, isolation, …
//	isolate~                      # Snowball stem: isolated, isolating, isolation
//	no one to talk to             # phrase: adjacent words in one clause
//	reach~ out                    # phrase words may be stems or wildcards
//	shut~ * door                  # a lone * inside a phrase is any one word
//	don't belong~                 # contractions are split as in the text
//	- leave it alone              # exclusion: cancels this theme's matches it overlaps
//
// Theme and facet names are lower-case letters, digits, "-" and "_".
// Words are matched on their folded form ([Fold]: lower case, ’ → ').
// A stem (~) is matched on [Stem]: Snowball English, after the past forms
// of common irregular verbs are mapped to their base, so "feel~ leave~
// out" matches "felt left out" as well as "feeling left out".
// An entry that must begin with a directive word is written with a
// leading backslash ("\about to leave"). Several files can make up one
// lexicon ([ParseSources], [Load]): typically one per theme.
//
// # LIWC dictionaries
//
// [ParseDic] reads LIWC .dic files: the "%" block of numbered categories,
// then term lines with their category numbers; "*" wildcards; phrases with
// spaces. LIWC's rule decides which entry a word belongs to (the most
// specific across the whole dictionary), and the word counts in every
// category of that entry. There is no stemming. [Load] and [IsDic] tell
// the formats apart by extension or content.
//
// # Matching
//
// A lexicon is compiled once, when it is parsed, into a trie of pattern
// words with byte tries for the wildcards: matching a sentence costs two
// map lookups and a short trie walk per word, whatever the file holds, and
// no entry is a regular expression. [Lexicon.Match] documents the
// precedence (a longer phrase beats a shorter one, a phrase beats a word,
// an exact word beats a wildcard, a longer wildcard beats a shorter one,
// a stem comes last; a token counts at most once per theme), the
// exclusions, and the negation scope.
//
// # Errors
//
// A bad file is refused with a [*ParseError] that prints as
// "file:line:col: message" and unwraps to a sentinel ([ErrDuplicate],
// [ErrBadWeight], [ErrUnknownCategory], …) for errors.Is. Nothing in a
// file makes the parser panic.
package lexicon
