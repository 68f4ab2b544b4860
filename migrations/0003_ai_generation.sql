-- AI content generation: the persona brief (versioned), generation runs with their usage, and
-- what each generated item came from.

ALTER TABLE personas
  ADD COLUMN topics        text[] NOT NULL DEFAULT '{}' CHECK (cardinality(topics) <= 30),
  ADD COLUMN avoid         text[] NOT NULL DEFAULT '{}' CHECK (cardinality(avoid) <= 50),
  ADD COLUMN example_posts text[] NOT NULL DEFAULT '{}' CHECK (cardinality(example_posts) <= 10),
  ADD COLUMN brief_version integer NOT NULL DEFAULT 1 CHECK (brief_version > 0);

-- Any change to what goes into the brief is a new brief version, whoever writes the row.
CREATE FUNCTION bump_brief_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.name, NEW.handle, NEW.niche, NEW.voice, NEW.style, NEW.personality, NEW.bio, NEW.aesthetic,
      NEW.platform_strategy, NEW.topics, NEW.avoid, NEW.example_posts)
     IS DISTINCT FROM
     (OLD.name, OLD.handle, OLD.niche, OLD.voice, OLD.style, OLD.personality, OLD.bio, OLD.aesthetic,
      OLD.platform_strategy, OLD.topics, OLD.avoid, OLD.example_posts) THEN
    NEW.brief_version := OLD.brief_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER personas_brief_version BEFORE UPDATE ON personas FOR EACH ROW EXECUTE FUNCTION bump_brief_version();

CREATE TABLE generation_runs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id    uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  plan_id       uuid REFERENCES content_plans (id) ON DELETE CASCADE,
  content_item_id uuid REFERENCES content_items (id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('plan_ideas', 'caption', 'image')),
  state         text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress      integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  provider      text NOT NULL CHECK (provider IN ('openai', 'offline')),
  model         text,
  brief_version integer NOT NULL,
  input_tokens  integer NOT NULL DEFAULT 0 CHECK (input_tokens >= 0),
  output_tokens integer NOT NULL DEFAULT 0 CHECK (output_tokens >= 0),
  latency_ms    integer CHECK (latency_ms >= 0),
  error         text CHECK (length(error) <= 2000),
  requested_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  started_at    timestamptz,
  finished_at   timestamptz,
  CHECK (kind <> 'plan_ideas' OR plan_id IS NOT NULL),
  CHECK (state NOT IN ('succeeded', 'failed', 'cancelled') OR finished_at IS NOT NULL)
);
CREATE INDEX generation_runs_persona_idx ON generation_runs (persona_id, created_at DESC);
-- One plan generation at a time per plan.
CREATE UNIQUE INDEX generation_runs_one_active_plan ON generation_runs (plan_id)
  WHERE kind = 'plan_ideas' AND state IN ('queued', 'running');

ALTER TABLE content_items
  ADD COLUMN hashtags          text[] NOT NULL DEFAULT '{}' CHECK (cardinality(hashtags) <= 60),
  ADD COLUMN image_prompt      text CHECK (length(image_prompt) <= 4000),
  ADD COLUMN generation_run_id uuid REFERENCES generation_runs (id) ON DELETE SET NULL,
  ADD COLUMN brief_version     integer CHECK (brief_version > 0),
  -- Generated items a person has not touched yet; regeneration replaces only these.
  ADD COLUMN untouched         boolean NOT NULL DEFAULT false;
CREATE INDEX content_items_generation_idx ON content_items (plan_id) WHERE untouched;
