-- Time expressions (TIMEX3), one row each in text order. Offsets are half-open [start, end)
-- UTF-16 code units into documents.text, like every other layer.
CREATE TABLE time_expressions (
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    type         TEXT    NOT NULL,  -- DATE, TIME, DURATION or SET
    value        TEXT    NOT NULL,  -- TIMEX3 value: 2022-11-02, P2D, XXXX-WXX-3, PAST_REF, ...
    mod          TEXT,              -- Dossier.TimexMod name (Start, Approx, ...), NULL for none
    range_begin  TEXT,              -- for ranges: TIMEX3 value of the first point
    range_end    TEXT,              -- for ranges: TIMEX3 value of the last point
    anchor_kind  TEXT    NOT NULL,  -- Dossier.TimexAnchorKind name: Absolute, ArticleDate, EarlierExpression, Unresolved
    anchor_start INTEGER,           -- span of the earlier expression it was anchored to, if any
    anchor_end   INTEGER,
    anchor_value TEXT,              -- TIMEX3 value of the anchor (article date or earlier expression)
    reason       TEXT    NOT NULL,  -- why the value was chosen, in plain English
    PRIMARY KEY (document_id, ordinal)
);

-- The brief lists dated mentions in date order; TIMEX3 values sort chronologically as text.
CREATE INDEX time_expressions_value ON time_expressions (value);
