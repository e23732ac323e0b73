package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/internal/model"
)

// Line-level rules about page captures: what a prose line, a heading, a
// name, a date line, a menu entry, an image credit or a page-chrome marker
// looks like. They are general shapes, not lists of sites.

// pline is one non-blank line of a page capture.
type pline struct {
	text string // trimmed, leading bullet removed
	para int    // index of the blank-line separated paragraph
	kind string // block kind it is kept as; "" means dropped
}

// splitLines returns the non-blank lines of text with their paragraph
// numbers. Whitespace inside a line is kept byte for byte.
func splitLines(text string) []pline {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var out []pline
	para := 0
	blank := false
	for _, l := range strings.Split(text, "\n") {
		l = cleanLine(l)
		if l == "" {
			blank = true
			continue
		}
		if blank && len(out) > 0 {
			para++
		}
		blank = false
		out = append(out, pline{text: l, para: para})
	}
	return out
}

// cleanLine trims a line and drops a leading list bullet and control
// characters that page captures leave behind.
func cleanLine(l string) string {
	l = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' })
	for _, b := range []string{"•", "·", "▪", "►", "■"} {
		if strings.HasPrefix(l, b) {
			l = strings.TrimLeftFunc(l[len(b):], unicode.IsSpace)
		}
	}
	return l
}

// endsFinal reports whether s ends like a sentence.
func endsFinal(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…\"”’')]:;", r)
}

// wordCount counts space-separated words without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isProse reports whether s reads as running prose: a long enough line
// ending in final punctuation, or a long run of words.
func isProse(s string) bool {
	n := wordCount(s)
	if strings.HasSuffix(s, "?") && n < 20 {
		return false // a question heading or title
	}
	return (len(s) >= 60 && n >= 8 && endsFinal(s)) || n >= 30
}

// isTeaser reports whether s is a cut-off summary of a linked article.
func isTeaser(s string) bool {
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "[…]")
}

var (
	// reNav matches accessibility and menu links at the top of a page.
	reNav = regexp.MustCompile(`(?i)^(?:\d{1,2}[.)]\s+)?(?:skip to|jump to|go to (?:main )?content|toggle navigation|main menu$|menu$|search$|home$|close$|open menu)`)
	// reNumbered matches a short numbered menu entry.
	reNumbered = regexp.MustCompile(`^\d{1,2}[.)]\s+\S`)
	// reTail matches a line that opens page chrome after an article:
	// sharing, related links, comment forms, author archives, newsletters.
	reTail = regexp.MustCompile(`(?i)^(?:share (?:this|on|via|the article)|share$|related(?: content| articles?| posts?| stories| topics| coverage| reading| news)?\b|latest (?:posts|news|articles|stories)|more (?:on|from|about|stories|news)\b|read (?:more|next|also)\b|you (?:may|might) (?:also )?(?:like|be interested)|recommended(?: for you| stories| articles)?$|(?:leave|post|add) a (?:comment|reply)|please enter your|(?:\d+ )?comments?:?$|view all posts|all posts by|sign up (?:for|to)|subscribe\b|newsletter|follow us|tags?:|topics?:|filed under|most (?:read|popular)|trending|popular posts|media partners?$|advertisement$|sponsored)`)
	// reStop matches a comment form or thread heading: the article is over.
	reStop = regexp.MustCompile(`(?i)^(?:(?:leave|post|add|write) a (?:comment|reply)|please enter your comment|\d+ (?:comments?|responses?|replies)\b|comments?:?$|join the (?:conversation|discussion)|(?:show|view|load) comments)`)
	// reBoiler matches site notices that are never article text: cookie
	// banners, browser warnings, newsletter prompts.
	reBoiler = regexp.MustCompile(`(?i)we use cookies|(?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|enable javascript|browser (?:is|does) not support|(?:sign up|subscribe) (?:for|to) (?:our|the) (?:newsletter|daily|weekly)|you have reached your (?:free )?article limit`)
	// reLabel matches a lone label line that only introduces what follows.
	reLabel = regexp.MustCompile(`(?i)^(?:authors?|about the authors?|image caption,?|caption:?|photo caption,?|advertisement|listen to this article|print|email|facebook|twitter|whatsapp|linkedin|copy link)$`)
	// reCaptionLabel matches a label whose next paragraph is a photo caption.
	reCaptionLabel = regexp.MustCompile(`(?i)^(?:image|photo) caption,?:?$|^caption:?$`)
	// reDisclaimer matches a publisher's disclaimer or copyright line.
	reDisclaimer = regexp.MustCompile(`(?i)^(?:disclaimer:|©|copyright\b|all rights reserved)`)
	// reCreditMark splits an image credit from a caption: "...Image: AFP",
	// "...Image source, Getty Images", "Photo: Reuters".
	reCreditMark = regexp.MustCompile(`(?:Image source,|Image credit:|Image:|Photo credit:|Photo:|Picture:|Photograph:|Credit:|Source image:)\s*`)
	// reViaCredit matches a licence/credit tail of a caption: ", Public
	// domain, via Wikimedia Commons", "(Photo: X)", "© X".
	reViaCredit = regexp.MustCompile(`(?:,\s*)?(?:(?:Public domain|CC[ -]BY[\w .-]*|CC0[\w .-]*)\s*,?\s*)?via\s+\p{Lu}[\p{L}\p{N} .&-]*$|\s*\((?:Photo|Image|Credit|Picture)s?:?[^)]*\)$|\s*©.*$`)
	// reDateLead matches a line that announces a date.
	reDateLead = regexp.MustCompile(`(?i)^(?:published|updated|posted|last updated|first published|date)\b`)
	// reBio matches the start of an author biography.
	reBio = regexp.MustCompile(`^(?:(?:The |About the )?Authors?\b|(?:Dr\.? |Prof\.? )?\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|von|van|de|del|da|al|el|bin|ibn|der|den|la|le)){1,4},? (?:is|was|are|has been|works|serves)\b)`)
	// reRole matches words that name a job in a byline or a bio.
	reRole = regexp.MustCompile(`(?i)\b(?:researcher|professor|fellow|analyst|editor|correspondent|reporter|director|student|journalist|contributor|writer|lecturer|scholar|author|candidate|associate|intern|expert|chief|head of|founder|officer|columnist|producer)\b`)
)

// nameParticles are lower-case words that occur inside personal names.
var nameParticles = map[string]bool{
	"von": true, "van": true, "de": true, "del": true, "da": true, "der": true, "den": true,
	"al": true, "el": true, "bin": true, "ibn": true, "la": true, "le": true, "and": true, "du": true,
}

// isNameLine reports whether s is a byline made of a personal name or two
// ("By Jane Doe", "Jane Doe and John Roe"): 2–8 words, all capitalised
// but name particles, no digits or sentence punctuation.
func isNameLine(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by ")
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 8 || strings.ContainsAny(s, "0123456789?!:;\"“”()|") {
		return false
	}
	caps := 0
	for _, w := range ws {
		w = strings.TrimRight(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
			if len(w) > 2 && strings.ToUpper(w) == w && !strings.Contains(w, ".") {
				return false // an acronym, not a name
			}
		case nameParticles[strings.ToLower(strings.TrimLeft(w, "-"))]:
		case strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-"):
		default:
			return false
		}
	}
	return caps >= 2
}

// authorName returns the name in a byline line ("By Jane Doe" → "Jane Doe").
func authorName(s string) string {
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by "))
}

// isDateLine reports whether s is a date line: "Friday, December 8, 2023",
// "Published 26 August 2021", "2021-08-26".
func isDateLine(s string) bool {
	if len(s) > 80 {
		return false
	}
	if reDateLead.MatchString(s) {
		return true
	}
	d, ok := ParseDate(s)
	if !ok || d.Prec < model.PrecMonth {
		return false
	}
	if reISO.MatchString(s) || reNumSl.MatchString(s) {
		return true // "2021-08-26", "26/08/2021"
	}
	rest := s
	for _, f := range findDates(s) {
		rest = strings.Replace(rest, s[f.start:f.end], " ", 1)
	}
	for _, w := range strings.Fields(rest) {
		if !dateLineWord(w) {
			return false // a headline that mentions a date
		}
	}
	return true
}

// dateLineWords may stand beside the date in a date line.
var dateLineWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"at": true, "on": true, "am": true, "pm": true, "a.m.": true, "p.m.": true, "|": true, "-": true, "–": true, "—": true,
}

// dateLineWord reports whether w can accompany a date on a date line: a
// weekday, a time, a time zone, a separator.
func dateLineWord(w string) bool {
	t := strings.Trim(w, ",;()")
	if t == "" || dateLineWords[strings.ToLower(t)] {
		return true
	}
	if strings.IndexFunc(t, func(r rune) bool { return !(unicode.IsDigit(r) || r == ':' || r == '.') }) < 0 {
		return true // 10:45, 10.45
	}
	return len(t) <= 4 && strings.ToUpper(t) == t // GMT, BST, UTC+2
}

// isRoleLine reports whether s is a short job description in a byline
// ("Senior Researcher at Tactics Institute").
func isRoleLine(s string) bool {
	return len(s) < 120 && !endsFinal(s) && reRole.MatchString(s)
}

// isBylineLine reports whether s is part of a byline block: a name, a
// date line, a "By ..." line or a role.
func isBylineLine(s string) bool {
	return isNameLine(s) || isDateLine(s) || strings.HasPrefix(s, "By ") || isRoleLine(s)
}

// isTitleCandidate reports whether s may be an article title: a line that
// is not prose, not a menu entry, not a byline.
func isTitleCandidate(s string) bool {
	return !isProse(s) && len(s) >= 8 && len(s) <= 250 && wordCount(s) >= 2 &&
		!reNumbered.MatchString(s) && !reNav.MatchString(s) && !isBylineLine(s) &&
		!reLabel.MatchString(s) && !reTail.MatchString(s)
}

// normKey is a comparison key for duplicate detection: captures repeat
// blocks verbatim, so the trimmed line itself.
func normKey(s string) string { return s }

// mayBeBio is a cheap test before the biography pattern.
func mayBeBio(s string) bool {
	if strings.HasPrefix(s, "The Author") || strings.HasPrefix(s, "About the") || strings.HasPrefix(s, "Author") {
		return true
	}
	head := s[:min(len(s), 80)]
	return strings.Contains(head, " is ") || strings.Contains(head, " are ") || strings.Contains(head, " was ") ||
		strings.Contains(head, " has been ") || strings.Contains(head, " works ") || strings.Contains(head, " serves ")
}

// unwrapIfWrapped rejoins the lines of hard-wrapped text (most long lines
// end near the same width, without final punctuation): a line continues
// into the next when it does not end a sentence or the next starts in
// lower case. Text with one paragraph per line is returned unchanged.
func unwrapIfWrapped(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	long, narrow := 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n >= 40 {
			long++
			if n <= 100 {
				narrow++
			}
		}
	}
	if long < 5 || narrow*10 < long*9 {
		return text
	}
	// With blank lines between paragraphs, every long line continues into
	// the next non-blank one.
	blankParas := strings.Count(text, "\n\n") >= 2
	var b strings.Builder
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		next := strings.TrimSpace(lines[i+1])
		if continues(l, next) || (blankParas && next != "" && utf8.RuneCountInString(strings.TrimSpace(l)) >= 40) {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	}
	return b.String()
}
