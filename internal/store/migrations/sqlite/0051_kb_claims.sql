-- 0051_kb_claims: claims are read by document (claims_document) or by id
-- (primary key) only; the (subject, property) index was never queried and
-- cost a B-tree insert per claim on the ingest path (engineer G2).

DROP INDEX IF EXISTS claims_subject;
