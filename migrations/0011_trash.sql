-- Trash: deleting a content item, plan or asset stamps deleted_at instead of removing the
-- row; it can be restored for 30 days, then the hourly purge removes it for good (and its
-- stored file, for an asset).
--
-- Each table is renamed to <name>_with_trash and a view with the old name shows only the
-- rows that are not in the trash. Every query the app already runs reads and writes the view,
-- so a trashed row is invisible everywhere (lists, loaders, counts, analytics, publishing)
-- by construction, not by a filter each query must remember. The views are simple, so
-- PostgreSQL updates, inserts (with the table's defaults), locks and deletes through them.
-- Foreign keys follow the renamed tables: an item keeps pointing at its trashed plan or
-- image, and shows them again once they are restored.
--
-- A later migration that adds a column to one of these tables alters <name>_with_trash and
-- recreates the view (CREATE OR REPLACE VIEW keeps dependants; SELECT * is expanded here).

ALTER TABLE content_items RENAME TO content_items_with_trash;
ALTER TABLE content_items_with_trash ADD COLUMN deleted_at timestamptz;
CREATE INDEX content_items_trash_idx ON content_items_with_trash (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE VIEW content_items AS SELECT * FROM content_items_with_trash WHERE deleted_at IS NULL;

ALTER TABLE content_plans RENAME TO content_plans_with_trash;
ALTER TABLE content_plans_with_trash ADD COLUMN deleted_at timestamptz;
CREATE INDEX content_plans_trash_idx ON content_plans_with_trash (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE VIEW content_plans AS SELECT * FROM content_plans_with_trash WHERE deleted_at IS NULL;

ALTER TABLE assets RENAME TO assets_with_trash;
ALTER TABLE assets_with_trash ADD COLUMN deleted_at timestamptz;
CREATE INDEX assets_trash_idx ON assets_with_trash (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE VIEW assets AS SELECT * FROM assets_with_trash WHERE deleted_at IS NULL;
