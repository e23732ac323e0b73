-- 0001_init: the core schema. Portable SQL: TEXT, INTEGER, REAL, BLOB;
-- dates are ISO 8601 strings; JSON is stored as TEXT. Later migrations
-- (0002_..., 0003_...) add tables; never edit an applied file.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    url         TEXT NOT NULL DEFAULT '',
    grade       TEXT NOT NULL DEFAULT 'F' CHECK (grade IN ('A','B','C','D','E','F')),
    created_at  TEXT NOT NULL
);

-- Raw input bytes, content-addressed by SHA-256 (hex).
CREATE TABLE blobs (
    hash        TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    data        BLOB NOT NULL
);

-- A converted document; id is the hex SHA-256 of its raw bytes.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    input           TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    source_id       INTEGER REFERENCES sources(id),
    title           TEXT NOT NULL DEFAULT '',
    author          TEXT NOT NULL DEFAULT '',
    published       TEXT,            -- ISO 8601 at its precision, NULL when unknown
    published_after TEXT,            -- lower bound when published is unknown
    format          TEXT NOT NULL,
    text            TEXT NOT NULL,
    chars           INTEGER NOT NULL,
    blocks          TEXT NOT NULL DEFAULT '[]',  -- JSON [{kind,start,end}]
    credits         TEXT NOT NULL DEFAULT '[]',  -- JSON ["..."]
    blob_hash       TEXT NOT NULL REFERENCES blobs(hash),
    fetched_at      TEXT NOT NULL,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE INDEX documents_published ON documents(published);

-- Full-text search over title and text (SQLite FTS5, external content).
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- Sentences with byte offsets [start_off, end_off) into documents.text.
CREATE TABLE sentences (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    para        INTEGER NOT NULL DEFAULT 0,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);

-- Entities of the knowledge base (groups, organisations, people, places).
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('armed_group','organization','person','location')),
    ref         TEXT NOT NULL DEFAULT '',   -- gazetteer reference
    country     TEXT NOT NULL DEFAULT '',
    lat         REAL,
    lon         REAL,
    created_at  TEXT NOT NULL
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE aliases (
    entity_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    norm        TEXT NOT NULL,               -- normalised form for lookup
    PRIMARY KEY (entity_id, norm)
);
CREATE INDEX aliases_norm ON aliases(norm);

-- A surface form of an entity in a document.
CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id   TEXT REFERENCES entities(id) ON DELETE SET NULL,
    surface     TEXT NOT NULL,
    start_off   INTEGER NOT NULL,
    end_off     INTEGER NOT NULL,
    extractor   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

-- Claims: everything the knowledge base knows, each traced to evidence.
-- kind: entity, alias, event, relation, estimate; value is the claim's
-- JSON payload.
CREATE TABLE claims (
    id              TEXT PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    seq             INTEGER NOT NULL DEFAULT 0,
    subject         TEXT NOT NULL DEFAULT '',
    property        TEXT NOT NULL DEFAULT '',
    value           TEXT NOT NULL DEFAULT '{}',
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    extractor       TEXT NOT NULL DEFAULT '',
    credibility     INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
    status          TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('accepted','rejected')),
    created_at      TEXT NOT NULL
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_subject ON claims(subject, property);

-- Incidents and each document's report of one.
CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    date            TEXT,
    kind            TEXT NOT NULL DEFAULT 'other',
    location_id     TEXT REFERENCES entities(id) ON DELETE SET NULL,
    location        TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    perpetrator_id  TEXT REFERENCES entities(id) ON DELETE SET NULL,
    attribution     TEXT NOT NULL DEFAULT '',
    killed_min      INTEGER,
    killed_max      INTEGER,
    injured_min     INTEGER,
    injured_max     INTEGER,
    lat             REAL,
    lon             REAL
);
CREATE INDEX events_date ON events(date);

CREATE TABLE event_reports (
    event_id    TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    claim_id    TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, claim_id)
);

CREATE TABLE relations (
    id          TEXT PRIMARY KEY,
    subject_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    predicate   TEXT NOT NULL,
    object_id   TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    claim_id    TEXT REFERENCES claims(id) ON DELETE CASCADE
);
CREATE INDEX relations_subject ON relations(subject_id);

-- Estimates over time: fighters, attacks... as a series, never overwritten.
CREATE TABLE estimates (
    id          TEXT PRIMARY KEY,
    subject_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    property    TEXT NOT NULL,
    min_value   REAL,
    max_value   REAL,
    approx      INTEGER NOT NULL DEFAULT 0,
    as_of       TEXT,
    claim_id    TEXT REFERENCES claims(id) ON DELETE CASCADE
);
CREATE INDEX estimates_subject ON estimates(subject_id, property);

-- Analyst decisions, replayed over the automatic result; undo is itself
-- an action (undone_by points to it), nothing is deleted.
CREATE TABLE curation_actions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    target      TEXT NOT NULL,
    arg         TEXT NOT NULL DEFAULT '',
    who         TEXT NOT NULL,
    why         TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    undone_by   INTEGER REFERENCES curation_actions(id)
);
