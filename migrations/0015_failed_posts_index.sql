-- /metrics reports how many posts failed in the last hour (an alert figure) at every scrape:
-- a partial index keeps that a small range read however many posts have ever been published.
CREATE INDEX scheduled_posts_failed_idx ON scheduled_posts (updated_at) WHERE state = 'failed';
