-- PostgreSQL twin of Migrations/Sqlite/0003_mentions.sql: the same tables and columns in PostgreSQL types.
-- Entity mentions: one row per mention, offsets half-open [start, end) UTF-16 code units
-- into documents.text. type is Dossier.EntityType: 0 Person, 1 Organization, 2 Location, 3 Misc.
CREATE TABLE mentions (
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    type        INTEGER NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL,
    text        TEXT    NOT NULL,  -- the covered text, so listings need not slice documents
    PRIMARY KEY (document_id, ordinal)
);

CREATE INDEX mentions_type_text ON mentions (type, text);
