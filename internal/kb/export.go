package kb

import (
	"encoding/json"
	"io"

	"dossier/internal/model"
)

// ExportKB is the cross-document shape of FORMAT.md ("kb-json").
type ExportKB struct {
	Entities  []ExportEntity   `json:"entities"`
	Events    []ExportEvent    `json:"events"`
	Estimates []ExportEstimate `json:"estimates"`
}

// ExportEntity is one entity of the kb-json export.
type ExportEntity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Documents []string `json:"documents"`
}

// ExportEvent is one incident of the kb-json export.
type ExportEvent struct {
	ID          string         `json:"id"`
	Date        model.Date     `json:"date"`
	Location    *string        `json:"location"`
	Country     *string        `json:"country"`
	Perpetrator *string        `json:"perpetrator"`
	Kind        string         `json:"kind"`
	Reports     []ExportReport `json:"reports"`
	Conflicts   []string       `json:"conflicts"`
	Details     []Conflict     `json:"conflict_details,omitempty"`
}

// ExportReport is one document's report of an incident.
type ExportReport struct {
	Document    string       `json:"document"`
	Date        model.Date   `json:"date"`
	Location    *string      `json:"location"`
	Perpetrator *string      `json:"perpetrator"`
	Kind        string       `json:"kind"`
	Killed      *model.Range `json:"killed"`
	Injured     *model.Range `json:"injured"`
	Attribution *string      `json:"attribution"`
	Evidence    string       `json:"evidence"`
	Claim       string       `json:"claim"`
	Credibility int          `json:"credibility"`
}

// ExportEstimate is one estimate series of the kb-json export.
type ExportEstimate struct {
	Subject  string        `json:"subject"`
	Property string        `json:"property"`
	Series   []ExportPoint `json:"series"`
}

// ExportPoint is one estimate in a series.
type ExportPoint struct {
	Min         *float64   `json:"min"`
	Max         *float64   `json:"max"`
	Approx      bool       `json:"approx,omitempty"`
	AsOf        model.Date `json:"as_of"`
	Document    string     `json:"document"`
	Source      string     `json:"source"`
	Evidence    string     `json:"evidence"`
	Credibility int        `json:"credibility"`
}

// Export returns the kb-json view of the KB.
func (k *KB) Export() *ExportKB {
	out := &ExportKB{Entities: []ExportEntity{}, Events: []ExportEvent{}, Estimates: []ExportEstimate{}}
	for _, e := range k.Entities {
		out.Entities = append(out.Entities, k.exportEntity(e))
	}
	for _, e := range k.Events {
		out.Events = append(out.Events, exportEvent(e))
	}
	for _, s := range k.Series {
		ex := ExportEstimate{Subject: k.name(s.Entity), Property: s.Property, Series: []ExportPoint{}}
		for _, p := range s.Points {
			ex.Series = append(ex.Series, ExportPoint{Min: p.Range.Min, Max: p.Range.Max, Approx: p.Range.Approx,
				AsOf: p.AsOf, Document: p.Document, Source: p.Source, Evidence: p.Evidence.Text, Credibility: p.Credibility})
		}
		out.Estimates = append(out.Estimates, ex)
	}
	return out
}

// WriteJSON writes the kb-json export, indented.
func (k *KB) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(k.Export())
}

func (k *KB) exportEntity(e *Entity) ExportEntity {
	x := ExportEntity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: []string{}, Documents: []string{}}
	for _, a := range e.Aliases {
		if !a.Removed {
			x.Aliases = append(x.Aliases, a.Text)
		}
	}
	for _, d := range e.Documents {
		x.Documents = append(x.Documents, k.docName(d))
	}
	return x
}

func exportEvent(e *Event) ExportEvent {
	x := ExportEvent{ID: e.ID, Date: e.Date, Location: opt(e.Location), Country: opt(e.Country),
		Perpetrator: opt(e.Perpetrator), Kind: e.Kind, Conflicts: []string{}, Details: e.Conflicts}
	for _, c := range e.Conflicts {
		x.Conflicts = append(x.Conflicts, c.Field)
	}
	for _, r := range e.Reports {
		x.Reports = append(x.Reports, ExportReport{Document: r.Document, Date: r.Date, Location: opt(r.Location),
			Perpetrator: opt(r.Perpetrator), Kind: r.Kind, Killed: r.Killed, Injured: r.Injured,
			Attribution: opt(r.Attribution), Evidence: r.Evidence.Text, Claim: r.Claim, Credibility: r.Credibility})
	}
	return x
}

// name returns an entity's name by ID.
func (k *KB) name(id string) string {
	if e := k.byID[id]; e != nil {
		return e.Name
	}
	return id
}

// docName returns a document's name by ID.
func (k *KB) docName(id string) string {
	if d := k.docs[id]; d != nil {
		return d.Name
	}
	return id
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
