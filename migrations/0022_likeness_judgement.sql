-- A vision model's judgement of an image's likeness to its persona's references (issue 15 §2),
-- taken when the image is stored and an API key is set: the score, its reasons, the model, and
-- which references it was judged against (a key of their ids). When the references change the
-- judgement no longer applies, and the perceptual comparison stands in for it.
ALTER TABLE assets_with_trash ADD COLUMN likeness_judgement jsonb CHECK (likeness_judgement IS NULL OR jsonb_typeof(likeness_judgement) = 'object');
CREATE OR REPLACE VIEW assets AS SELECT * FROM assets_with_trash WHERE deleted_at IS NULL;
