-- Migration 6: running story summaries. A story's size and span (stories) and the counts its title is made of
-- (story_tallies) are added to as articles join and summed when stories join, so no ingest reads a story back whole.
-- Stories are indexed under their articles' key terms only (story_features rows of other features stay, harmless).
CREATE TABLE story_tallies (
    story_id INTEGER NOT NULL,             -- the story (stories.id)
    kind INTEGER NOT NULL,                 -- 0: an actor its events involve, by name; 1: a kind of event, by CAMEO name
    name TEXT NOT NULL,
    count INTEGER NOT NULL,                -- events of the story that name the actor, or are of the kind
    PRIMARY KEY (story_id, kind, name)
) WITHOUT ROWID;

CREATE INDEX story_tallies_top ON story_tallies (story_id, kind, count DESC, name);

-- Tallies of the stories already stored, as StoryTitle counts them: each event once per distinct actor and once for
-- its kind, named without CAMEO's "not specified below" tail and with a lower-case first letter.
INSERT INTO story_tallies (story_id, kind, name, count)
SELECT story_id, 0, name, count(*)
FROM (
    SELECT m.story_id, e.id, coalesce(e.source_name, e.source) AS name
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
    UNION
    SELECT m.story_id, e.id, coalesce(e.target_name, e.target)
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
)
WHERE name IS NOT NULL
GROUP BY story_id, name;

INSERT INTO story_tallies (story_id, kind, name, count)
SELECT story_id, 1, lower(substr(name, 1, 1)) || substr(name, 2), count(*)
FROM (
    SELECT m.story_id,
        CASE WHEN substr(e.cameo_name, -21) = ', not specified below' THEN substr(e.cameo_name, 1, length(e.cameo_name) - 21) ELSE e.cameo_name END AS name
    FROM merge_articles m JOIN events e ON e.article_id = m.article_id
)
GROUP BY story_id, 3;
