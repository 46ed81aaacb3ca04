-- Migration 4: what `chronicle watch` remembers between polls and runs. One row per feed: the validators of its last
-- full answer (sent back as If-None-Match / If-Modified-Since), when it is next due, failures in a row (the back-off
-- grows with them). One row per item ingested from a feed, keyed by its guid (else link, else content hash).
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,                   -- the Last-Modified header, verbatim
    last_polled TEXT,                     -- ISO 8601 UTC
    next_poll TEXT,                       -- ISO 8601 UTC; null: due at once
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
) WITHOUT ROWID;

CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    first_seen TEXT NOT NULL,             -- ISO 8601 UTC
    PRIMARY KEY (feed_url, item_key)
) WITHOUT ROWID;
