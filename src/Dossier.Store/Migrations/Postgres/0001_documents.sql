-- PostgreSQL twin of Migrations/Sqlite/0001_documents.sql: the same tables and columns in PostgreSQL types.
-- Documents and the layers of the foundation: tokens, sentences, paragraphs.
-- Offsets everywhere are half-open [start, end) UTF-16 code units into documents.text.
CREATE TABLE documents (
    id            BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    text          TEXT    NOT NULL,
    location      TEXT    NOT NULL,
    title         TEXT,
    outlet        TEXT,
    url           TEXT,
    published     TEXT,              -- ISO date YYYY-MM-DD, NULL when undated
    ingested_at   TEXT    NOT NULL,  -- ISO 8601 UTC timestamp
    layers        INTEGER NOT NULL,  -- Dossier.Layer flags present
    word_count    INTEGER NOT NULL,
    lead          TEXT    NOT NULL   -- opening of the first sentence, for listings
);

CREATE INDEX documents_published ON documents (published);

-- Tokens are many and always read whole, so each document's tokens are one blob of
-- 9-byte records: start (int32 LE), end (int32 LE), kind (byte).
CREATE TABLE token_layers (
    document_id BIGINT  PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    tokens      BYTEA   NOT NULL
);

CREATE TABLE paragraphs (
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE sentences (
    document_id BIGINT  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    paragraph   INTEGER NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
