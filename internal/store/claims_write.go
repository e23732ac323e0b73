package store

import (
	"context"
	"fmt"
	"time"
)

// Claim statements, prepared once at Open (hotStatements): a document's
// claims are written row by row through them. (Compiling a multi-row
// INSERT per document cost more; multi-row INSERTs prepared for chunks
// of 16, 4 and 1 rows measured the same as this.)
const (
	sqlDeleteClaims = `DELETE FROM claims WHERE document_id = ?`
	sqlInsertClaim  = `INSERT INTO claims(id, document_id, kind, seq, subject, property, value,
		evidence_start, evidence_end, extractor, credibility, status, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	// sqlInsertClaimDefault leaves credibility and status to their
	// column defaults (6, accepted): what the extraction writes.
	sqlInsertClaimDefault = `INSERT INTO claims(id, document_id, kind, seq, subject, property, value,
		evidence_start, evidence_end, extractor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

func init() {
	hotStatements = append(hotStatements, sqlDeleteClaims, sqlInsertClaim, sqlInsertClaimDefault)
}

// ReplaceClaims replaces every claim of a document with rows, in the
// transaction (a re-extraction replaces that document's claims only).
func (tx *Tx) ReplaceClaims(ctx context.Context, docID string, rows []ClaimRow) error {
	if _, err := tx.execCached(ctx, sqlDeleteClaims, docID); err != nil {
		return fmt.Errorf("store: delete claims of %s: %w", short(docID), err)
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	for i := range rows {
		c := &rows[i]
		status := c.Status
		if status == "" {
			status = "accepted"
		}
		cred := c.Credibility
		if cred == 0 {
			cred = 6
		}
		var err error
		if cred == 6 && status == "accepted" {
			_, err = tx.execCached(ctx, sqlInsertClaimDefault, c.ID, docID, c.Kind, int64(c.Seq), c.Subject, c.Property,
				c.Value, offset(c.EvidenceStart), offset(c.EvidenceEnd), c.Extractor, now)
		} else {
			_, err = tx.execCached(ctx, sqlInsertClaim, c.ID, docID, c.Kind, int64(c.Seq), c.Subject, c.Property, c.Value,
				offset(c.EvidenceStart), offset(c.EvidenceEnd), c.Extractor, int64(cred), status, now)
		}
		if err != nil {
			return fmt.Errorf("store: create claim %s of %s: %w", c.ID, short(docID), err)
		}
	}
	return nil
}

// offset returns an evidence offset as the driver takes it (int64 or
// NULL), sparing database/sql its reflection on *int.
func offset(p *int) any {
	if p == nil {
		return nil
	}
	return int64(*p)
}
