-- The version of the pipeline that made each document's layers (Dossier.Pipeline.Version), written
-- with them. NULL for documents stored before this migration: their pipeline is unknown, so
-- `dossier reannotate` counts them as annotated by an older one.
ALTER TABLE documents ADD COLUMN annotation_version TEXT;
