-- How many times publishing has asked the platform whether a post's media are processed.
-- The waits between polls grow with it, and a post parked between polls (its lease runs
-- until the next one, held by no worker) keeps its count when another worker takes it up.
ALTER TABLE scheduled_posts ADD COLUMN status_polls integer NOT NULL DEFAULT 0;
