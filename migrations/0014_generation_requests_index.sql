-- AI requests per user per hour (AI_REQUESTS_PER_HOUR) are counted from the runs they record.
CREATE INDEX generation_runs_requested_by_idx ON generation_runs (requested_by, created_at) WHERE requested_by IS NOT NULL;
