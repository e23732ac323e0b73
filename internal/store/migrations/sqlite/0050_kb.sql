-- 0050_kb: what the knowledge-base snapshot needs beyond 0001 (engineer G,
-- internal/kb). Claims and curation_actions stay the stored truth; the
-- entity, alias, event, relation, estimate and conflict rows are a
-- snapshot recomputed from them.

ALTER TABLE entities ADD COLUMN documents TEXT NOT NULL DEFAULT '[]';   -- JSON [document id]
ALTER TABLE aliases ADD COLUMN documents TEXT NOT NULL DEFAULT '[]';    -- JSON [document id]
ALTER TABLE aliases ADD COLUMN curated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE aliases ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE event_reports ADD COLUMN credibility INTEGER NOT NULL DEFAULT 6;
ALTER TABLE estimates ADD COLUMN credibility INTEGER NOT NULL DEFAULT 6;

-- Fields on which the reports of one event (scope 'event') or the
-- estimates of one series (scope 'series', owner "entity|property")
-- disagree; vals is JSON [{value, documents, sources}].
CREATE TABLE conflicts (
    id          INTEGER PRIMARY KEY,
    scope       TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    field       TEXT NOT NULL,
    type        TEXT NOT NULL,
    vals        TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX conflicts_owner ON conflicts(scope, owner_id);
