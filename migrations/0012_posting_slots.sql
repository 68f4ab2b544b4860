-- Posting schedules: the weekly times a channel posts at (its "queue"), such as Monday,
-- Wednesday and Friday at 09:00 and 18:00. They are wall-clock times in the persona's time
-- zone, so 09:00 stays 09:00 across a daylight-saving change. "Add to queue" schedules an
-- item at the next of these times that no post on the channel holds yet.
-- (0010 was never used: numbers are only an order.)

CREATE TABLE posting_slots (
  channel_integration_id uuid NOT NULL REFERENCES channel_integrations (id) ON DELETE CASCADE,
  -- 1 = Monday ... 7 = Sunday, as the heatmap and recommendations count them.
  weekday                smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  minute_of_day          smallint NOT NULL CHECK (minute_of_day BETWEEN 0 AND 1439),
  PRIMARY KEY (channel_integration_id, weekday, minute_of_day)
);

-- The queue looks up the times a channel's posts already hold from now on.
CREATE INDEX scheduled_posts_channel_run_at_idx ON scheduled_posts (channel_integration_id, run_at)
  WHERE state IN ('pending', 'publishing', 'published');
