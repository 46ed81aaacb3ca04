-- Migration 7: running summaries. A story's size and span (stories) and the counts its title is made of, and a merged
-- event's origins and sources, are tallies (merge_tallies) added to as members join and summed when two join, so no
-- ingest reads a whole story or event back. A report remembers the origin and source it is counted under, to take them
-- back when its origin group is renamed. Stories are indexed under their articles' key terms only (story_features
-- rows of other features stay, harmless).
CREATE TABLE merge_tallies (
    level INTEGER NOT NULL,                -- 1: a merged event (merged_events.id); 2: a story (stories.id)
    root_id INTEGER NOT NULL,
    kind INTEGER NOT NULL,                 -- story: 0 an actor by name, 1 a kind of event; event: 2 an origin, 3 a source
    name TEXT NOT NULL,
    count INTEGER NOT NULL,                -- members counted under the name
    PRIMARY KEY (level, root_id, kind, name)
) WITHOUT ROWID;

CREATE INDEX merge_tallies_top ON merge_tallies (level, root_id, kind, count DESC, name);

ALTER TABLE event_merge ADD COLUMN counted_origin TEXT;   -- the origin name its merged event counts it under
ALTER TABLE event_merge ADD COLUMN counted_source TEXT;   -- whom it cites, else that origin

-- Tallies of what is already stored, as ArchiveMerger counts: an unnamed origin is its first document's hash prefix;
-- a story counts each event once per distinct actor and once for its kind, named without CAMEO's "not specified
-- below" tail and with a lower-case first letter.
UPDATE event_merge SET counted_origin = x.origin, counted_source = coalesce(x.reported_by, x.origin)
FROM (
    SELECT em.event_id, coalesce(g.origin, 'document ' || substr(r.copy_order, 1, 12)) AS origin, e.reported_by
    FROM event_merge em
    JOIN events e ON e.id = em.event_id
    JOIN merge_articles m ON m.article_id = em.article_id
    JOIN merge_articles r ON r.article_id = m.origin_id
    LEFT JOIN origin_groups g ON g.id = m.origin_id
) x
WHERE event_merge.event_id = x.event_id;

INSERT INTO merge_tallies (level, root_id, kind, name, count)
SELECT 1, merged_id, 2, counted_origin, count(*) FROM event_merge WHERE counted_origin IS NOT NULL GROUP BY merged_id, counted_origin;

INSERT INTO merge_tallies (level, root_id, kind, name, count)
SELECT 1, merged_id, 3, counted_source, count(*) FROM event_merge WHERE counted_source IS NOT NULL GROUP BY merged_id, counted_source;

INSERT INTO merge_tallies (level, root_id, kind, name, count)
SELECT 2, story_id, 0, name, count(*)
FROM (
    SELECT m.story_id, e.id, coalesce(e.source_name, e.source) AS name
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
    UNION
    SELECT m.story_id, e.id, coalesce(e.target_name, e.target)
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
)
WHERE name IS NOT NULL
GROUP BY story_id, name;

INSERT INTO merge_tallies (level, root_id, kind, name, count)
SELECT 2, story_id, 1, lower(substr(name, 1, 1)) || substr(name, 2), count(*)
FROM (
    SELECT m.story_id,
        CASE WHEN substr(e.cameo_name, -21) = ', not specified below' THEN substr(e.cameo_name, 1, length(e.cameo_name) - 21) ELSE e.cameo_name END AS name
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
)
GROUP BY story_id, 4;

-- Report candidates are searched by the start of their window within its length class (FindReportCandidatesAsync);
-- only windows longer than 400 days are searched by their end.
DROP INDEX event_merge_block;
CREATE INDEX event_merge_block_start ON event_merge (block, first_day, last_day) WHERE block IS NOT NULL;
CREATE INDEX event_merge_block_long ON event_merge (block, last_day) WHERE block IS NOT NULL AND last_day - first_day > 400;
