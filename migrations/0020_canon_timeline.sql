-- Canon and life timeline (issue 15 §4): dated facts of a persona's life (people, pets, places,
-- work, possessions, events) and story arcs whose beats fall on dates. Plan generation gives each
-- idea what the persona knows as of its date; the continuity check refuses captions that
-- contradict the canon as of theirs (modules/canon).
CREATE TABLE persona_canon_facts (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id  uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('person', 'pet', 'place', 'work', 'possession', 'event')),
  -- The name the persona uses for it: "Miso", "Berlin", "Rotterdam marathon".
  subject     text NOT NULL CHECK (length(subject) BETWEEN 1 AND 80),
  -- What it is to the persona, one word or two: "dog", "sister", "home", "employer", "bike".
  descriptor  text NOT NULL DEFAULT '' CHECK (length(descriptor) <= 40),
  -- The fact in words, as prompts and the timeline show it: "Adopted Miso, a shiba inu".
  statement   text NOT NULL CHECK (length(statement) BETWEEN 1 AND 300),
  -- True from (an event: on) and until, inclusive; null is open-ended.
  valid_from  date,
  valid_until date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
  CHECK (kind <> 'event' OR valid_from IS NOT NULL)
);
CREATE INDEX persona_canon_facts_persona_idx ON persona_canon_facts (persona_id, valid_from);

CREATE TABLE persona_story_arcs (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  persona_id  uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persona_story_arcs_persona_idx ON persona_story_arcs (persona_id);

CREATE TABLE persona_arc_beats (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  arc_id     uuid NOT NULL REFERENCES persona_story_arcs (id) ON DELETE CASCADE,
  position   smallint NOT NULL CHECK (position BETWEEN 0 AND 49),
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  on_date    date NOT NULL,
  UNIQUE (arc_id, position)
);

-- Which beat or fact a generated idea uses (null when none).
ALTER TABLE content_items_with_trash
  ADD COLUMN canon_fact_id uuid REFERENCES persona_canon_facts (id) ON DELETE SET NULL,
  ADD COLUMN arc_beat_id   uuid REFERENCES persona_arc_beats (id) ON DELETE SET NULL;
CREATE OR REPLACE VIEW content_items AS SELECT * FROM content_items_with_trash WHERE deleted_at IS NULL;

ALTER TABLE content_item_overrides DROP CONSTRAINT content_item_overrides_kind_check;
ALTER TABLE content_item_overrides ADD CONSTRAINT content_item_overrides_kind_check CHECK (kind IN ('voice', 'image', 'canon'));
-- A continuity override has no score: it keeps the caption and what it contradicted.
ALTER TABLE content_item_overrides ALTER COLUMN score DROP NOT NULL, ALTER COLUMN threshold DROP NOT NULL;
ALTER TABLE content_item_overrides ADD COLUMN detail text NOT NULL DEFAULT '';
