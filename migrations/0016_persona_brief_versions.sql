-- Every version of a persona's brief, whole (issue 15): what it said, which fields changed, who
-- changed it and when, and the version a restore brought back. personas.brief_version (bumped by
-- the trigger of 0003) stays the current version's number; the persona service writes the row of
-- each new version in the same transaction as the change (modules/persona/brief-versions).
CREATE TABLE persona_brief_versions (
  persona_id     uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  version        integer NOT NULL CHECK (version > 0),
  brief          jsonb NOT NULL CHECK (jsonb_typeof(brief) = 'object'),
  changed_fields text[] NOT NULL DEFAULT '{}',
  restored_from  integer CHECK (restored_from > 0 AND restored_from < version),
  actor_user_id  uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_process  text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (persona_id, version)
);

-- Personas made before versions were kept start their history with the brief they have now; as
-- the first kept version, every field counts as changed (as for a new persona's first version).
INSERT INTO persona_brief_versions (persona_id, version, brief, changed_fields, actor_user_id, created_at)
SELECT id, brief_version,
       jsonb_build_object(
         'name', name, 'handle', handle, 'niche', niche, 'voice', voice, 'style', style,
         'personality', personality, 'bio', bio, 'aesthetic', aesthetic,
         'platformStrategy', platform_strategy, 'topics', to_jsonb(topics), 'avoid', to_jsonb(avoid),
         'examplePosts', to_jsonb(example_posts)),
       ARRAY['name', 'handle', 'niche', 'voice', 'style', 'personality', 'bio', 'aesthetic',
             'platformStrategy', 'topics', 'avoid', 'examplePosts'],
       user_id, updated_at
FROM personas;
