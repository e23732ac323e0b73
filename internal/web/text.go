package web

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// textPart is a run of document text: plain, a linked mention, and/or
// inside the highlighted evidence span.
type textPart struct {
	Text     string
	Entity   *EntityRef
	Evidence bool
	Anchor   bool // first part of the evidence span: carries id="ev"
}

// paragraph is one line-separated stretch of document text.
type paragraph []textPart

// span is a half-open byte range of the text.
type span struct{ start, end int }

// layoutText cuts text into paragraphs (at newlines) and parts, linking
// mentions (overlapping ones dropped, earliest and longest kept) and
// marking the evidence span ev (end 0 for none). Offsets outside the text
// or inside a UTF-8 sequence are ignored so bad input cannot split a rune.
func layoutText(text string, mentions []MentionView, ev span) []paragraph {
	ms := cleanMentions(text, mentions)
	if !validSpan(text, ev) {
		ev = span{}
	}
	cuts := map[int]bool{0: true, len(text): true}
	for _, m := range ms {
		cuts[m.Start], cuts[m.End] = true, true
	}
	if ev.end > 0 {
		cuts[ev.start], cuts[ev.end] = true, true
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			cuts[i], cuts[i+1] = true, true
		}
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	return assemble(text, bounds, ms, ev)
}

// assemble walks the cut points and groups parts into paragraphs.
func assemble(text string, bounds []int, ms []MentionView, ev span) []paragraph {
	var paras []paragraph
	var cur paragraph
	mi, anchored := 0, false
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		if text[a:b] == "\n" {
			if len(cur) > 0 {
				paras = append(paras, cur)
			}
			cur = nil
			continue
		}
		p := textPart{Text: text[a:b], Evidence: ev.end > 0 && a >= ev.start && b <= ev.end}
		if p.Evidence && !anchored {
			p.Anchor, anchored = true, true
		}
		for mi < len(ms) && ms[mi].End <= a {
			mi++
		}
		if mi < len(ms) && ms[mi].Start <= a && b <= ms[mi].End {
			e := ms[mi].Entity
			p.Entity = &e
		}
		cur = append(cur, p)
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// cleanMentions sorts mentions and drops invalid or overlapping ones.
func cleanMentions(text string, in []MentionView) []MentionView {
	ms := make([]MentionView, 0, len(in))
	for _, m := range in {
		if validSpan(text, span{m.Start, m.End}) && !strings.Contains(text[m.Start:m.End], "\n") {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:0]
	last := -1
	for _, m := range ms {
		if m.Start >= last {
			out = append(out, m)
			last = m.End
		}
	}
	return out
}

// validSpan reports whether s is a non-empty range of text on rune
// boundaries.
func validSpan(text string, s span) bool {
	if s.start < 0 || s.end > len(text) || s.start >= s.end {
		return false
	}
	return boundary(text, s.start) && boundary(text, s.end)
}

func boundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
