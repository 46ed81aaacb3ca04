-- Migration 6: every event of a dated article has days. An event whose own time could not be read takes its article's
-- day (new events get it on insert), so date filters and ordering read date_first/date_last alone and their indexes serve.
UPDATE events
SET date_first = (SELECT a.published_date FROM articles a WHERE a.id = events.article_id),
    date_last = (SELECT a.published_date FROM articles a WHERE a.id = events.article_id)
WHERE date_first IS NULL;
