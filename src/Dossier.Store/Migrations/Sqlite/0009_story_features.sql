-- What story placement compares of each document (its content words and named entities, each with
-- a count; JSON objects of key to count), written by the placement that first needs them, so later
-- placements read these rows instead of every document's tokens and mentions. `version` is the
-- version of the engine's rules that made them: rows of another version are made again. Replacing a
-- document's layers (`dossier reannotate`) deletes its row. Documents stored before this migration
-- have no row until the next placement makes one.
CREATE TABLE story_features (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    terms       TEXT NOT NULL,
    entities    TEXT NOT NULL
);
