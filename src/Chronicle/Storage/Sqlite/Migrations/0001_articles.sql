-- Migration 1: articles with the provenance of the document each came from, their wire agencies, and FTS5 over
-- title and body. One row per distinct raw document: sha256 is what makes ingest idempotent.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,          -- of the raw bytes of the source document
    source TEXT NOT NULL,                 -- path or URL of the input
    record_offset INTEGER,                -- offset of the record in a container (JSONL line, WARC record, feed item)
    url TEXT,
    fetched TEXT,                         -- ISO 8601 with offset
    document_id TEXT,                     -- the id the input gave the document, if any
    stored TEXT NOT NULL,                 -- ISO 8601 UTC, when this row was written
    title TEXT,
    published_date TEXT,                  -- yyyy-MM-dd; what date filters and spans use
    published_time TEXT,                  -- HH:mm:ss, when the source gives a time
    published_offset_minutes INTEGER,     -- UTC offset, when the source gives a zone
    outlet TEXT,
    byline TEXT,
    section TEXT,
    standfirst TEXT,
    language TEXT,
    paragraphs TEXT NOT NULL,             -- JSON array of strings
    body TEXT NOT NULL                    -- paragraphs joined by a blank line; every analysis offset points into it
);

CREATE INDEX articles_published ON articles (published_date);
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);

CREATE TABLE article_agencies (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    agency TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE INDEX article_agencies_agency ON article_agencies (agency COLLATE NOCASE);

-- External-content FTS5: the text lives once, in articles; triggers keep the index in step.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;

CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
