// Package web owns Dossier's HTTP surface: the server-rendered pages
// (home, group profile, event, document, search, conflicts, curation), the
// JSON API under /api/v1 with its OpenAPI description, the embedded
// templates and static assets, CSRF protection and the security headers.
//
// It reads and curates the knowledge base only through the Data interface
// (data.go), whose view types are shaped for display; internal/web/kbdata
// adapts the store and knowledge base to it. Package web must not import
// ingest, extract, segment or gazetteer, and it never renders ingested HTML
// as HTML: document text is shown as escaped text only.
package web
