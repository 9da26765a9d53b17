-- A story merged into another once both were stored (a later article bridged them): its articles'
-- rows in story_members now name the surviving story (the lower id), and its own id is kept here,
-- so a link or a script that names the old id finds the story that holds its articles. An alias
-- always names a story that still exists: when that story merges in turn, its aliases follow it.
CREATE TABLE story_aliases (
    alias_id INTEGER PRIMARY KEY,
    story_id INTEGER NOT NULL
);

CREATE INDEX story_aliases_story ON story_aliases (story_id);
