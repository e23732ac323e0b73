package web

import (
	"context"

	"dossier/internal/model"
)

// emptyData is a knowledge base with nothing in it.
type emptyData struct{}

func notFound(what, id string) error { return model.Errorf(model.ENOTFOUND, "no %s %q", what, id) }

func (emptyData) Overview(context.Context) (*Overview, error) { return &Overview{}, nil }
func (emptyData) Entities(context.Context, EntityFilter) ([]EntitySummary, int, error) {
	return nil, 0, nil
}
func (emptyData) Profile(_ context.Context, id string) (*Profile, error) {
	return nil, notFound("entity", id)
}
func (emptyData) Events(context.Context, EventFilter) ([]EventSummary, int, error) {
	return nil, 0, nil
}
func (emptyData) Event(_ context.Context, id string) (*EventView, error) {
	return nil, notFound("event", id)
}
func (emptyData) Documents(context.Context, Page) ([]DocSummary, int, error) { return nil, 0, nil }
func (emptyData) Document(_ context.Context, id string) (*DocumentView, error) {
	return nil, notFound("document", id)
}
func (emptyData) Claims(context.Context, ClaimFilter) ([]ClaimView, int, error) { return nil, 0, nil }
func (emptyData) Conflicts(context.Context, ConflictFilter) ([]ConflictView, int, error) {
	return nil, 0, nil
}
func (emptyData) SearchDocuments(context.Context, string, Page) ([]DocHit, int, error) {
	return nil, 0, nil
}
func (emptyData) Sources(context.Context) ([]SourceView, error)            { return nil, nil }
func (emptyData) Actions(context.Context, Page) ([]ActionView, int, error) { return nil, 0, nil }
func (emptyData) Curate(_ context.Context, r CurationRequest) (*ActionView, error) {
	return nil, notFound("target", r.Target)
}
func (emptyData) Undo(_ context.Context, id, _ string) error { return notFound("action", id) }
