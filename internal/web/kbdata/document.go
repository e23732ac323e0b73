package kbdata

import (
	"context"
	"sort"
	"strings"

	"dossier/internal/kb"
	"dossier/internal/web"
)

// Document returns a stored document with the entities found in its text
// (every name and alias of the entities it contributed to, matched on
// word boundaries), its claims and its events.
func (d *Data) Document(ctx context.Context, id string) (*web.DocumentView, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, err
	}
	doc, err := d.store.Document(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &web.DocumentView{Doc: *doc, Mentions: []web.MentionView{}, Claims: []web.ClaimView{}, Events: []web.EventSummary{}}
	v.Doc.Raw = nil
	if kd := x.docs[doc.ID]; kd != nil {
		v.Grade = x.k.Grade(kd.Source)
		if v.Doc.Source == "" {
			v.Doc.Source = kd.Source
		}
	}
	v.Mentions = findMentions(doc.Text, x.docEntities[doc.ID])
	for _, c := range x.claimsByDoc[doc.ID] {
		v.Claims = append(v.Claims, x.claimView(c))
	}
	for _, e := range x.docEvents[doc.ID] {
		v.Events = append(v.Events, x.summary(e))
	}
	return v, nil
}

// findMentions locates the surface forms of ents in text, longest forms
// first so "Islamic State Khorasan" wins over "Islamic State".
func findMentions(text string, ents []*kb.Entity) []web.MentionView {
	type form struct {
		s string
		e *kb.Entity
	}
	var forms []form
	for _, e := range ents {
		forms = append(forms, form{e.Name, e})
		for _, a := range e.Aliases {
			if !a.Removed {
				forms = append(forms, form{a.Text, e})
			}
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	taken := make([]bool, len(text)+1)
	var out []web.MentionView
	for _, f := range forms {
		if len(f.s) < 2 {
			continue
		}
		for off := 0; ; {
			i := strings.Index(text[off:], f.s)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(f.s)
			off = e
			if !wordEdge(text, s, e) || taken[s] || taken[e-1] {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, web.MentionView{Start: s, End: e,
				Entity: web.EntityRef{ID: f.e.ID, Name: f.e.Name, Type: f.e.Type}})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// wordEdge reports whether [s, e) is not inside a longer word.
func wordEdge(text string, s, e int) bool {
	isWord := func(b byte) bool {
		return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
	}
	return (s == 0 || !isWord(text[s-1])) && (e == len(text) || !isWord(text[e]))
}

// SearchDocuments runs the store's full-text search and splits snippets
// into marked parts.
func (d *Data) SearchDocuments(ctx context.Context, q string, p web.Page) ([]web.DocHit, int, error) {
	x, err := d.current(ctx)
	if err != nil {
		return nil, 0, err
	}
	hits, total, err := d.store.SearchDocuments(ctx, q, p.Limit, p.Offset)
	if err != nil {
		return nil, 0, err
	}
	out := make([]web.DocHit, 0, len(hits))
	for _, h := range hits {
		dh := web.DocHit{DocSummary: web.DocSummary{ID: h.DocID, Name: h.DocID}, Snippet: snippetParts(h.Snippet)}
		if kd := x.docs[h.DocID]; kd != nil {
			dh.DocSummary = docSummary(kd)
		}
		out = append(out, dh)
	}
	return out, total, nil
}

// snippetParts splits a snippet at HitStart/HitEnd markers.
func snippetParts(s string) []web.SnippetPart {
	var out []web.SnippetPart
	for s != "" {
		i := strings.Index(s, HitStart)
		if i < 0 {
			out = append(out, web.SnippetPart{Text: s})
			break
		}
		if i > 0 {
			out = append(out, web.SnippetPart{Text: s[:i]})
		}
		s = s[i+len(HitStart):]
		j := strings.Index(s, HitEnd)
		if j < 0 {
			j = len(s)
		}
		out = append(out, web.SnippetPart{Text: s[:j], Hit: true})
		s = strings.TrimPrefix(s[j:], HitEnd)
	}
	return out
}
