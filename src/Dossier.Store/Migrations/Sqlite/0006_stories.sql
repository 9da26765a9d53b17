-- The story each document belongs to, as Dossier.Engine's StoryClusterer assigned it. A story's id
-- is the id of the document that started it. A row is written once and never moved, so a story
-- keeps its articles as more arrive.
CREATE TABLE story_members (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL
);

CREATE INDEX story_members_story ON story_members (story_id);
