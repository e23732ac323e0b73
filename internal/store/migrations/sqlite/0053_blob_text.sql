-- 0053_blob_text: a raw input that contains its document's text (a JSON
-- Lines record holds it as a JSON string, a plain-text file may hold it
-- as is) is stored without it: blobs.data is the raw bytes with the text
-- cut out at byte text_at, and the store puts back the text of document
-- text_doc, JSON-escaped when encoding is 'json-text' ('text': as is; '':
-- data is the raw bytes). DocumentRaw checks the result against the hash.
-- About 4 KB less per 4 KB JSON Lines article.

ALTER TABLE blobs ADD COLUMN encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE blobs ADD COLUMN text_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE blobs ADD COLUMN text_doc TEXT;
