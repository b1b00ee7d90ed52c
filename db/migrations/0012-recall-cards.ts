// Cards for active recall (issue 13): a highlight turned into a cloze (words of its quote hidden)
// or a question and answer. Each prompt keeps its own text: a cloze the quote as it was when the
// card was made, with the hidden ranges as [start, end) UTF-16 offsets into it (checked by the
// contract: inside the text, in order, not overlapping, at least one), so a later edit of the
// highlight cannot make its ranges point at other words. `recall_schedules` is the prompt's FSRS
// card, the same columns as review_cards (a prompt without one has never been answered: it is due
// from when it was made). review_log gains `prompt_id`: an answer to a prompt is logged under its
// highlight (so the day's count, the streak and the heat map count it) and names the prompt (so
// recomputing replays a prompt's answers apart from its highlight's). All cascade with the
// highlight; deleting a prompt deletes its schedule and its answers.
export default /* sql */ `
CREATE TABLE recall_prompts (
  id            INTEGER PRIMARY KEY,
  highlight_id  INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('cloze', 'question')),
  -- cloze: the quote and its hidden ranges, JSON [[start, end], …]; question: NULL.
  cloze_text    TEXT CHECK (cloze_text IS NULL OR length(cloze_text) BETWEEN 1 AND 20000),
  cloze_ranges  TEXT CHECK (cloze_ranges IS NULL OR (json_valid(cloze_ranges) AND json_type(cloze_ranges) = 'array' AND json_array_length(cloze_ranges) >= 1)),
  -- question: the question and its answer; cloze: NULL.
  question      TEXT CHECK (question IS NULL OR length(question) BETWEEN 1 AND 1000),
  answer        TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
  created_at    TEXT NOT NULL,
  CHECK ((kind = 'cloze' AND cloze_text IS NOT NULL AND cloze_ranges IS NOT NULL AND question IS NULL AND answer IS NULL)
      OR (kind = 'question' AND question IS NOT NULL AND answer IS NOT NULL AND cloze_text IS NULL AND cloze_ranges IS NULL))
) STRICT;

CREATE INDEX recall_prompts_by_highlight ON recall_prompts (highlight_id, id);

CREATE TABLE recall_schedules (
  prompt_id      INTEGER PRIMARY KEY REFERENCES recall_prompts (id) ON DELETE CASCADE,
  due            TEXT NOT NULL,
  stability      REAL NOT NULL CHECK (stability >= 0),
  difficulty     REAL NOT NULL CHECK (difficulty >= 0),
  elapsed_days   INTEGER NOT NULL CHECK (elapsed_days >= 0),
  scheduled_days INTEGER NOT NULL CHECK (scheduled_days >= 0),
  learning_steps INTEGER NOT NULL DEFAULT 0 CHECK (learning_steps >= 0),
  reps           INTEGER NOT NULL CHECK (reps >= 0),
  lapses         INTEGER NOT NULL CHECK (lapses >= 0),
  state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  last_review    TEXT,
  retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

ALTER TABLE review_log ADD COLUMN prompt_id INTEGER REFERENCES recall_prompts (id) ON DELETE CASCADE;

-- A prompt's answers in order (recomputing it), and the cascade when a prompt is deleted.
CREATE INDEX review_log_by_prompt ON review_log (prompt_id, reviewed_at) WHERE prompt_id IS NOT NULL;
`;
