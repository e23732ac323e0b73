package kb

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"

	"dossier/internal/model"
)

// Claim kinds.
const (
	ClaimEntity   = "entity"
	ClaimAlias    = "alias"
	ClaimEvent    = "event"
	ClaimRelation = "relation"
	ClaimEstimate = "estimate"
)

// Claim statuses: the zero value is accepted by default (machine claim).
const (
	StatusDefault  = ""
	StatusAccepted = "accepted" // confirmed by an analyst
	StatusRejected = "rejected"
)

// Doc is what the KB needs to know about a document.
type Doc struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Source    string     `json:"source"`
	URL       string     `json:"url,omitempty"`
	Title     string     `json:"title,omitempty"`
	Published model.Date `json:"published"`
}

// DocOf returns the KB view of a document; Source falls back to the URL's
// host, then to the document's name.
func DocOf(d *model.Document) Doc {
	src := strings.TrimSpace(d.Source)
	if src == "" && d.URL != "" {
		if u, err := url.Parse(d.URL); err == nil {
			src = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if src == "" {
		src = d.Name
	}
	pub := d.Published
	return Doc{ID: d.ID, Name: d.Name, Source: src, URL: d.URL, Title: d.Title, Published: pub}
}

// AliasClaim says that a document used Alias for its entity Entity.
type AliasClaim struct {
	Entity string `json:"entity"` // the document entity's name
	Alias  string `json:"alias"`
}

// Claim is one statement a document makes, with its evidence. Exactly one
// of the payload fields is set, according to Kind.
type Claim struct {
	ID        string                   `json:"id"`
	Doc       string                   `json:"doc"` // document ID
	Kind      string                   `json:"kind"`
	Extractor string                   `json:"extractor,omitempty"`
	Seq       int                      `json:"seq"` // position in the document's extraction
	Entity    *model.ExtractedEntity   `json:"entity,omitempty"`
	Alias     *AliasClaim              `json:"alias,omitempty"`
	Event     *model.ExtractedEvent    `json:"event,omitempty"`
	Relation  *model.ExtractedRelation `json:"relation,omitempty"`
	Estimate  *model.ExtractedEstimate `json:"estimate,omitempty"`
}

// Evidence returns the claim's evidence span (zero for entities and
// aliases, whose evidence is their mentions).
func (c *Claim) Evidence() model.Evidence {
	switch {
	case c.Event != nil:
		return c.Event.Evidence
	case c.Relation != nil:
		return c.Relation.Evidence
	case c.Estimate != nil:
		return c.Estimate.Evidence
	}
	return model.Evidence{}
}

// Summary returns a one-line description of what the claim says.
func (c *Claim) Summary() string {
	switch {
	case c.Entity != nil:
		return fmt.Sprintf("%s is a %s", c.Entity.Name, c.Entity.Type)
	case c.Alias != nil:
		return fmt.Sprintf("%q names %s", c.Alias.Alias, c.Alias.Entity)
	case c.Event != nil:
		return fmt.Sprintf("%s %s at %s", c.Event.Date, c.Event.Kind, deref(c.Event.Location))
	case c.Relation != nil:
		return fmt.Sprintf("%s %s %s", c.Relation.Subject, c.Relation.Predicate, c.Relation.Object)
	case c.Estimate != nil:
		return fmt.Sprintf("%s %s %s", c.Estimate.Subject, c.Estimate.Property,
			formatRange(rangeOf(c.Estimate.Min, c.Estimate.Max, c.Estimate.Approx)))
	}
	return c.Kind
}

// Claims turns one document's extraction into claims with stable IDs.
// An entity claim keeps its first mention as evidence (the document text
// holds the others).
func Claims(docID string, x *model.Extraction, extractor string) []Claim {
	var out []Claim
	seen := map[string]int{}
	add := func(c Claim, key string) {
		c.Doc, c.Extractor, c.Seq = docID, extractor, len(out)
		c.ID = claimID(docID, c.Kind, key, seen)
		out = append(out, c)
	}
	for i := range x.Entities {
		e := x.Entities[i]
		aliases := e.Aliases
		e.Aliases = nil
		if len(e.Mentions) > 1 {
			e.Mentions = e.Mentions[:1] // the first mention is the claim's evidence
		}
		add(Claim{Kind: ClaimEntity, Entity: &e}, e.Name+"|"+e.Type)
		for _, a := range aliases {
			add(Claim{Kind: ClaimAlias, Alias: &AliasClaim{Entity: e.Name, Alias: a}}, e.Name+"|"+a)
		}
	}
	for i := range x.Events {
		ev := x.Events[i]
		add(Claim{Kind: ClaimEvent, Event: &ev}, fmt.Sprintf("%d|%d|%s|%s", ev.Start, ev.End, deref(ev.Location), ev.Kind))
	}
	for i := range x.Relations {
		r := x.Relations[i]
		add(Claim{Kind: ClaimRelation, Relation: &r}, fmt.Sprintf("%s|%s|%s|%d", r.Subject, r.Predicate, r.Object, r.Start))
	}
	for i := range x.Estimates {
		e := x.Estimates[i]
		add(Claim{Kind: ClaimEstimate, Estimate: &e}, fmt.Sprintf("%s|%s|%d", e.Subject, e.Property, e.Start))
	}
	return out
}

// claimID derives a short, stable ID; repeats of the same key in one
// document get a counter.
func claimID(doc, kind, key string, seen map[string]int) string {
	k := kind + "|" + key
	n := seen[k]
	seen[k] = n + 1
	if n > 0 {
		k = fmt.Sprintf("%s|#%d", k, n)
	}
	h := sha256.Sum256([]byte(doc + "|" + k))
	return "c" + docPrefix(doc) + hex.EncodeToString(h[:])[:12]
}

// docPrefix keeps a document's claim IDs together in the store's index
// (inserting a document's claims touches a few pages, not one per claim).
func docPrefix(doc string) string {
	var b strings.Builder
	for i := 0; i < len(doc) && b.Len() < 6; i++ {
		if c := doc[i]; c >= '0' && c <= '9' || c >= 'a' && c <= 'z' {
			b.WriteByte(c)
		}
	}
	for b.Len() < 6 {
		b.WriteByte('0')
	}
	return b.String()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
