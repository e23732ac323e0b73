-- 0054_relation_credibility: a claim's computed credibility lives in the
-- snapshot row that rates it (event_reports, estimates and now relations),
-- no longer rewritten on the claims rows at every rebuild (engineer E);
-- FindClaims reads it from there (no claim_id index: it would cost every
-- rebuild; see store.claimRatings). Relation rows take the value their
-- claims hold today, so a store is right before its next rebuild.

ALTER TABLE relations ADD COLUMN credibility INTEGER NOT NULL DEFAULT 6;
UPDATE relations SET credibility = COALESCE((SELECT c.credibility FROM claims c WHERE c.id = relations.claim_id), 6);
