// Package segment splits clean document text into paragraphs, sentences and
// tokens with byte offsets into that text. Pure: it imports no store, config
// or other Dossier package but model.
//
// The sentence splitter is a rule-based scanner (no training data): it only
// looks at text around candidate terminators (. ! ? …) and line breaks, so
// it runs at well over 20 MB/s. Rules, in order:
//   - a blank line ends a paragraph and a sentence;
//   - a line that does not end in final punctuation (a title, byline, caption,
//     list item) ends a sentence and a paragraph, unless the next line starts
//     in lower case or the line ends with a comma or hyphen (hard-wrapped
//     text);
//   - a terminator followed by closing quotes/brackets, whitespace and a
//     sentence starter (upper-case letter, digit, opening quote or bracket,
//     bullet) ends a sentence, unless the word before a period is an
//     abbreviation (Mr., Gen., e.g., Jan. ...), an initial ("J. Smith") or a
//     dotted acronym ("U.S.") followed by a word that does not usually begin
//     a sentence.
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
// sentence. Offsets are byte offsets into text; each sentence is trimmed of
// surrounding whitespace and never empty.
func Sentences(text string) []Sentence {
	s := splitter{text: text, start: -1}
	s.run()
	return s.out
}

// splitter holds the scan state of Sentences.
type splitter struct {
	text  string
	out   []Sentence
	start int // start of the open sentence, -1 when none
	para  int
	// paraUsed reports whether the current paragraph has a sentence yet.
	paraUsed bool
}

// run scans the text once.
func (s *splitter) run() {
	t := s.text
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == '\n':
			i = s.newline(i)
			continue
		case c == '.' || c == '!' || c == '?':
			i = s.terminator(i)
			continue
		case c == 0xE2 && i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0xA6: // …
			i = s.terminator(i)
			continue
		}
		if s.start < 0 && !isSpaceByte(c) {
			if c >= 0x80 && isSpaceAt(t, i) {
				i += spaceLen(t, i)
				continue
			}
			s.start = i
		}
		i++
	}
	s.emit(len(t))
	s.breakPara()
}

// emit closes the open sentence at end (exclusive), trimming whitespace.
func (s *splitter) emit(end int) {
	if s.start < 0 {
		return
	}
	st, en := trimSpan(s.text, s.start, end)
	s.start = -1
	if st >= en {
		return
	}
	s.out = append(s.out, Sentence{Start: st, End: en, Text: s.text[st:en], Para: s.para})
	s.paraUsed = true
}

// breakPara starts a new paragraph if the current one has sentences.
func (s *splitter) breakPara() {
	if s.paraUsed {
		s.para++
		s.paraUsed = false
	}
}

// newline handles the line break at i and returns the next scan position.
func (s *splitter) newline(i int) int {
	t := s.text
	j := i + 1
	blank := false
	for j < len(t) {
		if t[j] == '\n' {
			blank = true
			j++
			continue
		}
		if isSpaceAt(t, j) {
			j += spaceLen(t, j)
			continue
		}
		break
	}
	if s.start < 0 {
		if blank {
			s.breakPara()
		}
		return j
	}
	if blank || j >= len(t) || s.lineEnds(i, j) {
		s.emit(i)
		s.breakPara()
	}
	return j
}

// lineEnds decides whether the line ending at i (next line starting at j)
// ends the open sentence although no blank line follows.
func (s *splitter) lineEnds(i, j int) bool {
	t := s.text
	_, e := trimSpan(t, s.start, i)
	if e <= s.start {
		return false
	}
	last, _ := lastRune(t[:e])
	switch last {
	case ',', '-', '(', '/', '&':
		return false
	}
	if last == '.' && !s.periodEnds(e-1, j) {
		return false
	}
	if isFinalPunct(last) {
		// a sentence that ended in punctuation but was not split (for
		// example after an abbreviation) continues unless the next line
		// looks like a new sentence.
		return isStarter(t, j) && !isLowerAt(t, j)
	}
	return !isLowerAt(t, j)
}

// terminator handles a candidate end of sentence at i.
func (s *splitter) terminator(i int) int {
	t := s.text
	if s.start < 0 {
		s.start = i
	}
	// consume the whole run of terminators and closing marks
	j := i
	for j < len(t) {
		if t[j] == '.' || t[j] == '!' || t[j] == '?' {
			j++
			continue
		}
		if n := ellipsisLen(t, j); n > 0 {
			j += n
			continue
		}
		if n := closerLen(t, j); n > 0 {
			j += n
			continue
		}
		break
	}
	if j >= len(t) {
		return j
	}
	if !isSpaceAt(t, j) {
		return j
	}
	k := j
	for k < len(t) && isSpaceAt(t, k) {
		if t[k] == '\n' {
			return j // the newline handler decides
		}
		k += spaceLen(t, k)
	}
	if k >= len(t) || !isStarter(t, k) {
		return j
	}
	if t[i] == '.' && j == i+1 && !s.periodEnds(i, k) {
		return j
	}
	if (t[i] == '.' || t[i] == 0xE2) && j > i+1 && isLowerAt(t, k) {
		return j
	}
	s.emit(j)
	return j
}

// periodEnds decides whether a single period at i, followed by the starter
// at k, ends a sentence, by looking at the word before it.
func (s *splitter) periodEnds(i, k int) bool {
	t := s.text
	if i > 0 && t[i-1] == '.' {
		return true
	}
	ws := i
	for ws > 0 && !isSpaceByte(t[ws-1]) && t[ws-1] != '(' && t[ws-1] != '"' {
		ws--
	}
	word := t[ws:i]
	if word == "" {
		return true
	}
	next := nextWord(t, k)
	return wordEnds(word, next, ws == s.start)
}
