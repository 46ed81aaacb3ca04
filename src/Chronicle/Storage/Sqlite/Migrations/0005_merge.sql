-- Migration 4: merging. Origin groups (syndicated copies and near-duplicates), merged events (one happening, many
-- reports) and stories, kept incrementally: what a new article needs to find its candidates is indexed here (LSH band
-- keys, event blocks by day, story features by day), so ingest never re-clusters the archive. Every group, event and
-- story is keyed by the store id of its first member in a content order (the *_order columns: hashes and dates, never
-- arrival), so any ingest order gives the same groups.
CREATE TABLE merge_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    copy_order TEXT NOT NULL,              -- the document hash
    shingles BLOB NOT NULL,                -- sorted 32-bit shingle hashes, little-endian
    origin_id INTEGER NOT NULL,            -- the origin group: its first article by copy_order
    story_order TEXT NOT NULL,             -- yyyy-MM-dd|hash; undated: ~|hash
    story_date TEXT,                       -- yyyy-MM-dd
    story_weights TEXT NOT NULL,           -- JSON object: story feature -> weight
    story_id INTEGER NOT NULL              -- the story: its first article by story_order
);

CREATE INDEX merge_articles_origin ON merge_articles (origin_id);
CREATE INDEX merge_articles_story ON merge_articles (story_id);

CREATE TABLE copy_bands (
    band_key INTEGER NOT NULL,             -- LSH bucket of one band of the MinHash signature
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;

CREATE TABLE story_features (
    feature TEXT NOT NULL,                 -- t:term or a:ACTORCODE
    day INTEGER NOT NULL,                  -- the article's day number
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (feature, day, article_id)
) WITHOUT ROWID;

CREATE TABLE origin_groups (
    id INTEGER PRIMARY KEY,                -- the group's first article
    origin TEXT,                           -- the credited wire agency, else the earliest publisher
    articles INTEGER NOT NULL
);

CREATE TABLE event_merge (
    event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    report_key TEXT NOT NULL,              -- document hash#ordinal
    block TEXT,                            -- actor countries and CAMEO root; null: never compared
    first_day INTEGER,                     -- the report's window as day numbers
    last_day INTEGER,
    published TEXT NOT NULL,               -- ISO 8601 of the article's appearance
    report_order TEXT NOT NULL,            -- published UTC|report_key
    merged_id INTEGER NOT NULL             -- the merged event: its first report by report_order
);

CREATE INDEX event_merge_block ON event_merge (block, last_day) WHERE block IS NOT NULL;
CREATE INDEX event_merge_merged ON event_merge (merged_id);
CREATE INDEX event_merge_article ON event_merge (article_id);

CREATE TABLE merged_events (
    id INTEGER PRIMARY KEY,                -- its first report
    mentions INTEGER NOT NULL,
    origins INTEGER NOT NULL,              -- distinct origins of its reports (syndicated copies count once)
    sources INTEGER NOT NULL,              -- distinct independent sources: whom reports cite, else their origin
    source_list TEXT NOT NULL              -- JSON array of those sources
);

CREATE INDEX merged_events_sources ON merged_events (sources);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,                -- its first article
    title TEXT NOT NULL,
    first_day TEXT,
    last_day TEXT,
    articles INTEGER NOT NULL
);

CREATE INDEX stories_last_day ON stories (last_day);
