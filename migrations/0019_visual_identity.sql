-- Visual identity lock (issue 15 §2). A persona's written look is part of its brief (versioned
-- like the other fields); its reference images (3 to 8 of its own assets, in order) are what
-- every image is compared with; below image_threshold an image is flagged. Each image keeps a
-- perceptual fingerprint of its pixels (modules/look/image-fingerprint.ts), taken when it is
-- stored, so comparing it with the references never reads files again.
ALTER TABLE personas ADD COLUMN look text NOT NULL DEFAULT '' CHECK (length(look) <= 2000);
ALTER TABLE personas ADD COLUMN image_threshold integer NOT NULL DEFAULT 70 CHECK (image_threshold BETWEEN 0 AND 100);

ALTER TABLE assets_with_trash ADD COLUMN fingerprint jsonb CHECK (fingerprint IS NULL OR jsonb_typeof(fingerprint) = 'object');
-- The reference images a generated image was made from (its provenance).
ALTER TABLE assets_with_trash ADD COLUMN reference_ids uuid[] NOT NULL DEFAULT '{}';
CREATE OR REPLACE VIEW assets AS SELECT * FROM assets_with_trash WHERE deleted_at IS NULL;

CREATE TABLE persona_reference_images (
  persona_id uuid NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
  asset_id   uuid NOT NULL REFERENCES assets_with_trash (id) ON DELETE CASCADE,
  position   smallint NOT NULL CHECK (position BETWEEN 0 AND 7),
  PRIMARY KEY (persona_id, asset_id),
  UNIQUE (persona_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX persona_reference_images_asset_idx ON persona_reference_images (asset_id);

-- An image override records the image it let through; a voice override, the caption.
ALTER TABLE content_item_overrides DROP CONSTRAINT content_item_overrides_kind_check;
ALTER TABLE content_item_overrides ADD CONSTRAINT content_item_overrides_kind_check CHECK (kind IN ('voice', 'image'));
ALTER TABLE content_item_overrides ADD COLUMN asset_id uuid REFERENCES assets_with_trash (id) ON DELETE SET NULL;
ALTER TABLE content_item_overrides ALTER COLUMN caption SET DEFAULT '';

-- The look is a brief field: changing it is a new brief version, and kept versions hold it.
CREATE OR REPLACE FUNCTION bump_brief_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.name, NEW.handle, NEW.niche, NEW.voice, NEW.style, NEW.personality, NEW.bio, NEW.aesthetic,
      NEW.platform_strategy, NEW.topics, NEW.avoid, NEW.example_posts, NEW.look)
     IS DISTINCT FROM
     (OLD.name, OLD.handle, OLD.niche, OLD.voice, OLD.style, OLD.personality, OLD.bio, OLD.aesthetic,
      OLD.platform_strategy, OLD.topics, OLD.avoid, OLD.example_posts, OLD.look) THEN
    NEW.brief_version := OLD.brief_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
UPDATE persona_brief_versions SET brief = brief || '{"look": ""}'::jsonb WHERE NOT brief ? 'look';
