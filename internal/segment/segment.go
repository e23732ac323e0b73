// Package segment splits clean document text into paragraphs, sentences and
// tokens with byte offsets into that text. Pure: it imports no store, config
// or other Dossier package but model.
package segment

// Sentence is a sentence [Start, End) of the text; Text is text[Start:End].
type Sentence struct {
	Start, End int
	Text       string
	Para       int // index of the paragraph it belongs to
}

// Token is a word or punctuation token [Start, End).
type Token struct {
	Start, End int
}

// Sentences splits text into sentences. Paragraph breaks (blank lines) and
// lines without final punctuation (titles, bylines, captions) always end a
// sentence. TODO(segment owner): implement.
func Sentences(text string) []Sentence { return nil }

// Tokens splits s into word and punctuation tokens.
// TODO(segment owner): implement.
func Tokens(s string) []Token { return nil }
