-- Migration 8: covering indexes for the actor filters. Timelines (a=RUS&b=PRK) and their monthly counts walk one side's
-- country index and test the other actor, the dates, the quad class and the status: with those columns in the index the
-- walk never reads the events table (the counts over tens of thousands of RUS events read about a third as much).
CREATE INDEX events_source_cover ON events (substr(source, 1, 3), date_first, source, target, date_last, quad_class, status);
CREATE INDEX events_target_cover ON events (substr(target, 1, 3), date_first, target, source, date_last, quad_class, status);
