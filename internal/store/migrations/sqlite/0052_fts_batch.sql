-- 0052_fts_batch: new documents are added to documents_fts by the store at
-- the end of each write transaction, in one statement for all of them
-- (Tx.indexNewDocuments), instead of by a trigger per row. FTS5 flushes its
-- pending terms to a new index segment at every statement that writes to
-- it, so the trigger wrote one segment per document and merged them again;
-- one statement per batch writes one. The delete and update triggers stay.

DROP TRIGGER IF EXISTS documents_fts_ai;
