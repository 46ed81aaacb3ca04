-- Migration 3: the language layer's reading of each body: sentences, resolved times, quantities, quotes with their
-- speakers and channels, and attributions of claims. Spans are character offsets into articles.body.
CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE times (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,                   -- ISO 8601 day, week, month, year, range or date-time
    grain TEXT NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE quantities (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL NOT NULL,
    max REAL,                              -- upper bound of a range
    unit TEXT,
    approximate INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE TABLE quotes (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_code TEXT,
    via TEXT,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX quotes_speaker ON quotes (speaker COLLATE NOCASE);
CREATE INDEX quotes_speaker_code ON quotes (speaker_code);

CREATE TABLE attributions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    source_code TEXT,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;

CREATE INDEX attributions_source_code ON attributions (source_code);
