// Daily review (issue 13). `review_cards` holds each reviewed highlight's FSRS card as ts-fsrs
// needs it (a highlight never reviewed has no row: it is "new"), plus `retired` for Never.
// `review_log` keeps every answer with the card before and after, so the schedule can be
// recomputed from the answers alone when the algorithm or its parameters change. `day` is the
// user's local date when they answered (their time zone then), which the streak and the heat map
// count by. `review_settings` is one row of JSON: the round's size and the weights the user sets.
// `highlights_by_review_rank` lets the round draw new highlights from an index range.
// Times are ISO 8601 UTC with milliseconds, so they sort as text.
export default /* sql */ `
CREATE TABLE review_cards (
  highlight_id   INTEGER PRIMARY KEY REFERENCES highlights (id) ON DELETE CASCADE,
  due            TEXT NOT NULL,
  stability      REAL NOT NULL CHECK (stability >= 0),
  difficulty     REAL NOT NULL CHECK (difficulty >= 0),
  elapsed_days   INTEGER NOT NULL CHECK (elapsed_days >= 0),
  scheduled_days INTEGER NOT NULL CHECK (scheduled_days >= 0),
  learning_steps INTEGER NOT NULL DEFAULT 0 CHECK (learning_steps >= 0),
  reps           INTEGER NOT NULL CHECK (reps >= 0),
  lapses         INTEGER NOT NULL CHECK (lapses >= 0),
  -- ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning.
  state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  last_review    TEXT,
  retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- The round's due cards and the count of them: a range over due among the cards still in review,
-- with last_review (answered today or not) in the index, so neither reads the table.
CREATE INDEX review_cards_due ON review_cards (due, last_review) WHERE retired = 0;

CREATE TABLE review_log (
  id                    INTEGER PRIMARY KEY,
  highlight_id          INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  rating                TEXT NOT NULL CHECK (rating IN ('keep', 'soon', 'later', 'never')),
  reviewed_at           TEXT NOT NULL,
  day                   TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- The card before the answer (NULL: it was new) and after it.
  state_before          INTEGER CHECK (state_before IS NULL OR state_before BETWEEN 0 AND 3),
  due_before            TEXT,
  stability_before      REAL,
  difficulty_before     REAL,
  state_after           INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
  due_after             TEXT NOT NULL,
  stability_after       REAL NOT NULL,
  difficulty_after      REAL NOT NULL,
  scheduled_days_after  INTEGER NOT NULL
) STRICT;

-- A highlight's answers in order (recomputing its schedule), and the answers of a day (stats).
CREATE INDEX review_log_by_highlight ON review_log (highlight_id, reviewed_at);
CREATE INDEX review_log_by_day ON review_log (day);

-- A fixed rank per highlight, a hash of its id (the same expression as REVIEW_RANK in
-- db/repos/review.ts), with the columns the weights read: the day's draw of new highlights
-- reads a range of ranks (rotated by the day's seed) instead of every highlight.
CREATE INDEX highlights_by_review_rank ON highlights (((id * 1103515245 + 12345) % 2147483647), color, created_at, document_id);

CREATE TABLE review_settings (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  settings_json TEXT NOT NULL CHECK (json_valid(settings_json))
) STRICT;
`;
