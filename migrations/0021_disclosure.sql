-- Disclosure policy (issue 15 §5): per persona, a line DoppelCart adds to the caption it
-- publishes: for posts whose media is AI-made (the default), for every post, or never. The
-- caption a post went out with is recorded on its job before the first step that sends it, so a
-- post resumed after a crash looks for, and sends, the same text even if the policy changed.
ALTER TABLE personas
  ADD COLUMN disclosure_mode text NOT NULL DEFAULT 'ai_media' CHECK (disclosure_mode IN ('off', 'ai_media', 'always')),
  ADD COLUMN disclosure_text text NOT NULL DEFAULT 'Made with AI.' CHECK (length(disclosure_text) <= 100);
ALTER TABLE scheduled_posts ADD COLUMN caption_sent text;
