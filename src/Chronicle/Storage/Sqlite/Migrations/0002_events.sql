-- Migration 2: what the pipeline read in each article: actor mentions and coded events with their evidence.
-- Spans are character offsets into articles.body. Dates are ISO values as coded (day, month, year, week or range);
-- date_first/date_last are the calendar days they cover, for range filters and timelines.
CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor TEXT NOT NULL,
    code TEXT,
    type TEXT NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX mentions_code ON mentions (code);
CREATE INDEX mentions_actor ON mentions (actor COLLATE NOCASE);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    key TEXT NOT NULL,                     -- the coder's id: document id and ordinal
    source TEXT,
    source_name TEXT,
    target TEXT,
    target_name TEXT,
    cameo TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    plover TEXT NOT NULL,
    plover_mode TEXT,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    date TEXT,
    date_first TEXT,
    date_last TEXT,
    location TEXT,
    reported_by TEXT,
    reported_by_name TEXT,
    status TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,                -- the sentence
    source_start INTEGER, source_end INTEGER,
    verb_start INTEGER NOT NULL, verb_end INTEGER NOT NULL,
    target_start INTEGER, target_end INTEGER,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL
);

CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_source ON events (substr(source, 1, 3), date_first);
CREATE INDEX events_target ON events (substr(target, 1, 3), date_first);
CREATE INDEX events_date ON events (date_first);
CREATE INDEX events_root ON events (cameo_root, date_first);
