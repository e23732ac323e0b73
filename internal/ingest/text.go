package ingest

import (
	"strings"
	"time"

	"dossier/internal/model"
)

// convertText converts a plain-text file, typically a page capture: the
// article's title, byline, body, captions and author bio are kept and
// marked; navigation, sharing, related links, comment forms, site headers
// and image credits are removed.
func convertText(name string, raw []byte, opt Options) (*model.Document, error) {
	s, err := decodeText(raw)
	if err != nil {
		return nil, err
	}
	c := cleanCapture(s)
	if strings.TrimSpace(c.text) == "" {
		return nil, model.Errorf(model.EINVALID, "no article text found")
	}
	d := newDocument(name, FormatText, raw, opt)
	c.fill(d, opt.now())
	return d, nil
}

// capture is the result of cleaning a page capture.
type capture struct {
	text     string
	blocks   []model.Block
	title    string
	author   string
	credits  []string
	datedAt  []string // byline lines that may carry the publication date
	fallback bool     // no article structure found: text kept as is
}

// hasContent reports whether anything but a title and byline was kept.
func (c *capture) hasContent() bool {
	for _, b := range c.blocks {
		if b.Kind != model.BlockTitle && b.Kind != model.BlockByline {
			return true
		}
	}
	return false
}

// fill copies the cleaned capture into d and dates it.
func (c *capture) fill(d *model.Document, now time.Time) {
	d.Text, d.Blocks, d.Credits = c.text, c.blocks, c.credits
	if d.Title == "" {
		d.Title = c.title
	}
	if d.Author == "" {
		d.Author = c.author
	}
	if d.Published.IsZero() {
		d.Published = c.published(now)
	}
	if d.Published.IsZero() {
		d.PublishedAfter = LatestMentionedDate(d.Text, now)
	}
}

// published returns the first date written in a byline line that is not
// in the future.
func (c *capture) published(now time.Time) model.Date {
	for _, l := range c.datedAt {
		for _, f := range findDates(l) {
			if f.date.Prec >= model.PrecMonth && !f.date.Time().After(now) {
				return f.date
			}
		}
		if d, ok := ParseDate(l); ok && d.Prec >= model.PrecMonth && !d.Time().After(now) {
			return d
		}
	}
	return model.Date{}
}

// cleanCapture applies the page-capture rules to text.
func cleanCapture(text string) *capture {
	ls := splitLines(unwrapIfWrapped(text))
	c := &capture{}
	dropBoilerplate(ls)
	c.credits = takeCredits(ls)
	start := firstProse(ls)
	if start < 0 {
		for i := range ls {
			if ls[i].kind == "" {
				ls[i].kind = model.BlockBody
			}
		}
		c.fallback = true
	} else {
		c.header(ls[:start])
		c.body(ls, start)
	}
	c.assemble(ls)
	return c
}

// dropBoilerplate drops cookie banners and similar site notices.
func dropBoilerplate(ls []pline) {
	for i := range ls {
		if len(ls[i].text) < 400 && reBoiler.MatchString(ls[i].text) {
			ls[i].kind = dropped
		}
	}
}

// firstProse returns the index of the first prose line, or -1.
func firstProse(ls []pline) int {
	for i, l := range ls {
		if l.kind == "" && isProse(l.text) && !isTeaser(l.text) {
			return i
		}
	}
	return -1
}

// pending marks a line whose kind is not decided yet (credit handling may
// already have made it a caption or dropped it).
const dropped = "-"

// header classifies the lines above the first prose line: site header and
// menus (dropped), title, byline lines, captions.
func (c *capture) header(ls []pline) {
	t := titleIndex(ls)
	for i := range ls {
		l := &ls[i]
		if l.kind != "" {
			continue
		}
		switch {
		case reNav.MatchString(l.text) || reNumbered.MatchString(l.text) || reLabel.MatchString(l.text):
			l.kind = dropped
		case i == t:
			l.kind, c.title = model.BlockTitle, l.text
		case isDateLine(l.text) || (i > t && t >= 0 && !reTail.MatchString(l.text)):
			l.kind = model.BlockByline
			c.datedAt = append(c.datedAt, l.text)
			if c.author == "" && isNameLine(l.text) {
				c.author = authorName(l.text)
			}
		default:
			l.kind = dropped // site header above the title
		}
	}
}

// titleIndex picks the title among the header lines: the last title-like
// line before the byline (or before the body when there is no byline).
func titleIndex(ls []pline) int {
	t := -1
	for i, l := range ls {
		if l.kind != "" {
			continue
		}
		if isTitleCandidate(l.text) {
			t = i
			continue
		}
		if t >= 0 && isBylineLine(l.text) {
			return t
		}
	}
	return t
}

// body classifies the lines from the first prose line on.
func (c *capture) body(ls []pline, start int) {
	seen := map[string]bool{}
	if c.title != "" {
		seen[normKey(c.title)] = true
	}
	inChrome, captionPara := false, -1
	for i := start; i < len(ls); i++ {
		l := &ls[i]
		if l.kind == dropped {
			continue
		}
		key := normKey(l.text)
		short := !isProse(l.text)
		switch {
		case l.kind == model.BlockCaption && seen[key]:
			l.kind = dropped // alt text repeated as the caption
		case l.kind == model.BlockCaption:
		case short && reStop.MatchString(l.text):
			dropFrom(ls, i) // a comment form or thread: nothing after it is article
			return
		case short && reTail.MatchString(l.text):
			inChrome, l.kind = true, dropped
		case inChrome && (short || isTeaser(l.text) || afterHeadline(ls, i)):
			l.kind = dropped
		case seen[key] || reDisclaimer.MatchString(l.text):
			l.kind = dropped
		case short && reCaptionLabel.MatchString(l.text):
			l.kind, captionPara = dropped, nextPara(ls, i)
		case short && reLabel.MatchString(l.text):
			l.kind = dropped
		case l.para == captionPara:
			l.kind = model.BlockCaption
		case mayBeBio(l.text) && reBio.MatchString(l.text) && (reRole.MatchString(l.text) || strings.HasPrefix(l.text, "The Author")):
			l.kind = model.BlockBio
			inChrome = false
			if c.author == "" {
				c.author = bioName(l.text)
			}
		default:
			inChrome, l.kind = false, model.BlockBody
		}
		if l.kind != dropped {
			seen[key] = true
		}
	}
	trimTail(ls, start)
}

// dropFrom drops line i and every line after it.
func dropFrom(ls []pline, i int) {
	for ; i < len(ls); i++ {
		ls[i].kind = dropped
	}
}

// afterHeadline reports whether line i directly follows a dropped short
// line of the same paragraph: the teaser under a related-link headline.
func afterHeadline(ls []pline, i int) bool {
	p := ls[i-1]
	return p.para == ls[i].para && p.kind == dropped && !isProse(p.text)
}

// nextPara returns the paragraph number of the line after i, or -1.
func nextPara(ls []pline, i int) int {
	if i+1 < len(ls) {
		return ls[i+1].para
	}
	return -1
}

// trimTail drops short body lines (link lists, widget titles) left at
// the end of the article after its last prose, caption or bio line.
func trimTail(ls []pline, start int) {
	for i := len(ls) - 1; i >= start; i-- {
		l := &ls[i]
		if l.kind == dropped {
			continue
		}
		if l.kind != model.BlockBody || isProse(l.text) || isSentence(l.text) {
			return
		}
		l.kind = dropped
	}
}

// isSentence reports whether a short line is still a sentence: a few
// words ending in a full stop, not a link or widget title.
func isSentence(s string) bool {
	return wordCount(s) >= 4 && strings.HasSuffix(s, ".")
}

// bioName returns the person a biography line is about.
func bioName(s string) string {
	s = strings.TrimPrefix(s, "About the ")
	s = strings.TrimPrefix(s, "The ")
	for _, p := range []string{"Authors ", "Author "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, verb := range []string{" is ", " was ", " are ", " has been ", " works ", " serves "} {
		if i := strings.Index(s, verb); i > 0 {
			return strings.TrimRight(strings.TrimSpace(s[:i]), ",")
		}
	}
	return ""
}

// assemble joins the kept lines, one paragraph each, and records blocks,
// merging neighbours of the same kind.
func (c *capture) assemble(ls []pline) {
	var b strings.Builder
	for _, l := range ls {
		if l.kind == "" || l.kind == dropped {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(l.text)
		c.addBlock(l.kind, start, b.Len())
	}
	c.text = b.String()
}

func (c *capture) addBlock(kind string, start, end int) {
	if n := len(c.blocks); n > 0 && c.blocks[n-1].Kind == kind {
		c.blocks[n-1].End = end
		return
	}
	c.blocks = append(c.blocks, model.Block{Kind: kind, Start: start, End: end})
}
