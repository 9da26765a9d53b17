-- Quotes (attributions) and actors (within-document coreference) of the QuoteExtractor.
-- Offsets are half-open [start, end) UTF-16 code units into documents.text.
CREATE TABLE actors (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,          -- index into Document.Actors; quotes.speaker points here
    name        TEXT    NOT NULL,
    kind        INTEGER NOT NULL,          -- Dossier.ActorKind
    PRIMARY KEY (document_id, ordinal)
);

CREATE INDEX actors_name ON actors (name);

CREATE TABLE actor_mentions (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor       INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, actor, start, "end")
);

CREATE TABLE actor_roles (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    actor       INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    affiliation TEXT,
    tense       INTEGER NOT NULL,          -- Dossier.RoleTense
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, actor, ordinal)
);

CREATE TABLE quotes (
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    kind         INTEGER NOT NULL,         -- Dossier.QuoteKind
    cue_start    INTEGER,
    cue_end      INTEGER,
    source_start INTEGER,
    source_end   INTEGER,
    speaker      INTEGER,                  -- actors.ordinal, NULL when unknown
    PRIMARY KEY (document_id, ordinal)
);

-- A quote's content in one or more pieces ("…," he said, "…").
CREATE TABLE quote_spans (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    quote       INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (document_id, quote, ordinal)
);
