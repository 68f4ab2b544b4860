-- Where each image came from (issue 15 §5), as the IPTC digital source type its XMP carries
-- (server/src/storage/digital-source.ts): trainedAlgorithmicMedia for generated images, what the
-- person declared for an upload, null when nothing was declared.
ALTER TABLE assets_with_trash ADD COLUMN digital_source_type text CHECK (digital_source_type IN (
  'digitalCapture', 'computationalCapture', 'negativeFilm', 'positiveFilm', 'print', 'humanEdits',
  'compositeCapture', 'algorithmicallyEnhanced', 'digitalCreation', 'dataDrivenMedia',
  'trainedAlgorithmicMedia', 'algorithmicMedia', 'screenCapture', 'virtualRecording', 'composite',
  'compositeSynthetic', 'compositeWithTrainedAlgorithmicMedia'
));
-- Generated images made before: the database knows their origin (their files carry no XMP).
UPDATE assets_with_trash SET digital_source_type = 'trainedAlgorithmicMedia' WHERE source = 'generated';
-- The view lists the table's columns as they were when it was made: it takes the new one too.
CREATE OR REPLACE VIEW assets AS SELECT * FROM assets_with_trash WHERE deleted_at IS NULL;
