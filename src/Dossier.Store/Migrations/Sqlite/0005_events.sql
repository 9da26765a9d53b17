-- Events of the EventExtractor: trigger, class, sentence, time and participants.
-- Offsets are half-open [start, end) UTF-16 code units into documents.text.
-- Documents stored before this migration carry no Events layer (documents.layers says so).
CREATE TABLE events (
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,       -- index into Document.Events
    start          INTEGER NOT NULL,       -- the trigger word
    "end"          INTEGER NOT NULL,
    class          INTEGER NOT NULL,       -- Dossier.EventClass
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    time           INTEGER,                -- time_expressions.ordinal, NULL when the event has no time
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE event_participants (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    event       INTEGER NOT NULL,          -- events.ordinal
    ordinal     INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    role        INTEGER NOT NULL,          -- Dossier.ParticipantRole
    actor       INTEGER,                   -- actors.ordinal, NULL when the span is no actor's mention
    PRIMARY KEY (document_id, event, ordinal)
);
