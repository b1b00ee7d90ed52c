/**
 * Daily review's SQL: each reviewed highlight's FSRS card (`review_cards`), the log of answers
 * (`review_log`), the settings row, and the round's draw. The draw is done here, in SQL, so a
 * round on a big library reads index pages and returns a few ids: due cards by the partial index
 * `review_cards_due`, new highlights (no card) by a range of the covering expression index
 * `highlights_by_review_rank` (rank, colour, created_at, document_id, id), then the details of
 * the chosen few only.
 *
 * The draw is a weighted sample without replacement (Efraimidis–Spirakis): each candidate gets
 * the key -ln(u)/w, with u uniform in (0, 1) from a hash of the day's seed and the highlight's id,
 * and w its weight; the smallest keys win. The same seed always draws the same round. Due cards
 * are drawn from the longest overdue few hundred (`duePool`); new ones from all of them, read
 * from a window of the rank index that is provably enough (`drawNew`).
 */
import type { Db } from '../open';
import { prepared } from '../sql';
import type { HighlightColor } from './highlights';
import { tagsOfHighlights } from './tags';

export interface ReviewCardRow {
  highlightId: number;
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: string | null;
  retired: boolean;
}

export interface ReviewLogRow {
  highlightId: number;
  rating: 'keep' | 'soon' | 'later' | 'never';
  reviewedAt: string;
  day: string;
  before: { state: number; due: string; stability: number; difficulty: number } | null;
  after: { state: number; due: string; stability: number; difficulty: number; scheduledDays: number };
}

const CARD_COLUMNS = `highlight_id AS highlightId, due, stability, difficulty, elapsed_days AS elapsedDays,
  scheduled_days AS scheduledDays, learning_steps AS learningSteps, reps, lapses, state,
  last_review AS lastReview, retired`;

type RawCard = Omit<ReviewCardRow, 'retired'> & { retired: number };
const toCard = (row: RawCard): ReviewCardRow => ({ ...row, retired: row.retired === 1 });

export function getReviewCard(db: Db, highlightId: number): ReviewCardRow | undefined {
  const row = prepared(db, `SELECT ${CARD_COLUMNS} FROM review_cards WHERE highlight_id = ?`).get(highlightId) as RawCard | undefined;
  return row && toCard(row);
}

export function saveReviewCard(db: Db, card: ReviewCardRow): void {
  prepared(
    db,
    `INSERT INTO review_cards (highlight_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, retired)
     VALUES (@highlightId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, @retired)
     ON CONFLICT (highlight_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
       reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review, retired = excluded.retired`,
  ).run({ ...card, retired: card.retired ? 1 : 0 });
}

/** Logs an answer: to the highlight itself, or (`promptId`) to one of its recall cards, under the highlight so the day's counts hold it. */
export function insertReviewLog(db: Db, log: ReviewLogRow, promptId: number | null = null): void {
  prepared(
    db,
    `INSERT INTO review_log (highlight_id, prompt_id, rating, reviewed_at, day, state_before, due_before, stability_before, difficulty_before,
       state_after, due_after, stability_after, difficulty_after, scheduled_days_after)
     VALUES (@highlightId, @promptId, @rating, @reviewedAt, @day, @stateBefore, @dueBefore, @stabilityBefore, @difficultyBefore,
       @stateAfter, @dueAfter, @stabilityAfter, @difficultyAfter, @scheduledDaysAfter)`,
  ).run({
    highlightId: log.highlightId,
    promptId,
    rating: log.rating,
    reviewedAt: log.reviewedAt,
    day: log.day,
    stateBefore: log.before?.state ?? null,
    dueBefore: log.before?.due ?? null,
    stabilityBefore: log.before?.stability ?? null,
    difficultyBefore: log.before?.difficulty ?? null,
    stateAfter: log.after.state,
    dueAfter: log.after.due,
    stabilityAfter: log.after.stability,
    difficultyAfter: log.after.difficulty,
    scheduledDaysAfter: log.after.scheduledDays,
  });
}

/** A highlight's answers in the order given (not its prompts'): what recomputing its schedule replays. */
export function reviewAnswersOf(db: Db, highlightId: number): { rating: ReviewLogRow['rating']; reviewedAt: string }[] {
  return prepared(db, 'SELECT rating, reviewed_at AS reviewedAt FROM review_log WHERE highlight_id = ? AND prompt_id IS NULL ORDER BY reviewed_at, id').all(highlightId) as {
    rating: ReviewLogRow['rating'];
    reviewedAt: string;
  }[];
}

/** Every highlight with answers of its own (for recomputing all schedules; prompts' answers are apart). */
export function reviewedHighlightIds(db: Db): number[] {
  return prepared(db, 'SELECT DISTINCT highlight_id FROM review_log WHERE prompt_id IS NULL ORDER BY highlight_id').pluck().all() as number[];
}

/** The article a highlight belongs to; undefined when there is no such highlight. */
export function highlightDocumentId(db: Db, id: number): number | undefined {
  return prepared(db, 'SELECT document_id FROM highlights WHERE id = ?').pluck().get(id) as number | undefined;
}

// ---- settings ----

export function readReviewSettingsJson(db: Db): string | undefined {
  return prepared(db, 'SELECT settings_json FROM review_settings WHERE id = 1').pluck().get() as string | undefined;
}

export function writeReviewSettingsJson(db: Db, json: string): void {
  prepared(db, 'INSERT INTO review_settings (id, settings_json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json').run(json);
}

// ---- the round's draw ----

export interface DrawWeights {
  colors: Record<HighlightColor, number>;
  /** Tag name → weight; a tag's weight covers the tags below it. A highlight's or its article's tags count. */
  tags: Record<string, number>;
  recency: number;
}

export interface DrawWindow {
  /** The seed of the day's draw (31 bits). */
  seed: number;
  /** Recency is measured from here, ISO: the day's start, so the weights hold all day. */
  now: string;
  /** The day's first instant, ISO: cards answered since are not drawn again today. */
  start: string;
  /** The next day's first instant, ISO: cards due before it are due today. */
  end: string;
}

const MOD = 2147483647;
// u in (0, 1): an affine step, a squaring (not linear, so neighbouring ids do not march in step) and
// a second affine step, all modulo 2^31 - 1 so every product stays within SQLite's 64-bit integers.
const X1 = `((h.id * 1103515245 + @seed) % ${MOD})`;
const UNIFORM = `((((${X1} * ${X1}) % ${MOD}) * 48271 + ${X1}) % ${MOD} + 0.5) / ${MOD}.0`;
const COLOR_WEIGHT = `(CASE h.color WHEN 'yellow' THEN @yellow WHEN 'green' THEN @green WHEN 'blue' THEN @blue WHEN 'pink' THEN @pink ELSE @purple END)`;
// A highlight made today weighs 1 + recency; 30 days old, 1 + recency/2; a year old, about 1 + recency/13.
const RECENCY_WEIGHT = `(1.0 + @recency * 30.0 / (30.0 + max(0.0, julianday(@now) - julianday(h.created_at))))`;
// The weighed tags (a weight covers the tags below it), and from them the largest weight among
// each tagged highlight's tags and each tagged article's: small tables, made once per draw and
// joined to the candidates (a subquery per candidate cost four times as much on 100,000).
const TAG_WEIGHTS_CTE = `WITH tw (tag_id, weight) AS (
    SELECT t.id, max(j.value) FROM json_each(@tagWeights) j
    JOIN tags t ON t.name = j.key OR (t.name >= j.key || '/' AND t.name < j.key || '0')
    GROUP BY t.id
  ),
  hw (id, w) AS MATERIALIZED (SELECT ht.highlight_id, max(tw.weight) FROM tw JOIN highlight_tags ht ON ht.tag_id = tw.tag_id GROUP BY ht.highlight_id),
  dw (id, w) AS MATERIALIZED (SELECT dt.document_id, max(tw.weight) FROM tw JOIN document_tags dt ON dt.tag_id = tw.tag_id GROUP BY dt.document_id)`;
const TAG_JOINS = 'LEFT JOIN hw ON hw.id = h.id LEFT JOIN dw ON dw.id = h.document_id';
// The larger of the highlight's and its article's tag weights; 1 when neither has a weighed tag.
const TAG_WEIGHT = 'coalesce(max(hw.w, dw.w), hw.w, dw.w, 1.0)';

function weightExpression(withTags: boolean, withRecency: boolean): string {
  return [COLOR_WEIGHT, withTags ? TAG_WEIGHT : null, withRecency ? RECENCY_WEIGHT : null].filter((x) => x !== null).join(' * ');
}

// Never: the few left at weight 0 are due all the same; they come after every weighed one.
const DUE_FLOOR = 1e-6;

/**
 * The SQL of the due draw (exported for the bench and EXPLAIN QUERY PLAN tests): from the
 * `@pool` longest overdue (a range of review_cards_due), the weighted draw. After a long absence
 * thousands may be due: the oldest come first, and the weights choose among them.
 */
export function dueDrawSql(withTags: boolean, withRecency: boolean): string {
  return `${withTags ? TAG_WEIGHTS_CTE : ''}
    SELECT id, -ln(u) / max(w, ${DUE_FLOOR}) AS key FROM (
      SELECT h.id, ${weightExpression(withTags, withRecency)} AS w, ${UNIFORM} AS u
      FROM (
        SELECT r.highlight_id FROM review_cards r
        WHERE r.retired = 0 AND r.due < @end AND (r.last_review IS NULL OR r.last_review < @start)
        ORDER BY r.due LIMIT @pool
      ) p JOIN highlights h ON h.id = p.highlight_id ${withTags ? TAG_JOINS : ''}
    ) ORDER BY key, id LIMIT @limit`;
}

/**
 * A highlight's fixed rank in [0, MOD): a hash of its id, indexed by highlights_by_review_rank
 * (migration 0010 holds the same expression on `id`; if they differ the index is not used, which
 * the EXPLAIN QUERY PLAN test in tests/db/review.test.ts catches).
 * The day's uniform value for a new highlight is its rank rotated by the seed,
 * ((rank + seed) mod MOD + 0.5) / MOD: each day another arc of ranks comes near 1, where the keys
 * -ln(u)/w are smallest, so the best candidates lie in an index range.
 */
export const REVIEW_RANK = `((h.id * 1103515245 + 12345) % ${MOD})`;
const ROTATED = `((${REVIEW_RANK} + @seed) % ${MOD} + 0.5) / ${MOD}.0`;

/**
 * The SQL of the new draw over the highlights whose rank lies in [@lo1, @hi1) or [@lo2, @hi2)
 * (no card yet; a weight of 0 is never drawn). With [0, MOD) it reads every highlight.
 */
export function newDrawSql(withTags: boolean, withRecency: boolean): string {
  return `${withTags ? TAG_WEIGHTS_CTE : ''}
    SELECT id, -ln(u) / w AS key FROM (
      SELECT h.id, ${weightExpression(withTags, withRecency)} AS w, ${ROTATED} AS u
      FROM highlights h INDEXED BY highlights_by_review_rank ${withTags ? TAG_JOINS : ''}
      WHERE ((${REVIEW_RANK} >= @lo1 AND ${REVIEW_RANK} < @hi1) OR (${REVIEW_RANK} >= @lo2 AND ${REVIEW_RANK} < @hi2))
        AND NOT EXISTS (SELECT 1 FROM review_cards r WHERE r.highlight_id = h.id)
    ) WHERE w > 0 ORDER BY key, id LIMIT @limit`;
}

/**
 * The ranks whose rotated value is among the top `width` (u >= 1 - width/MOD), as one or two
 * half-open ranges; the whole space when `width` reaches MOD.
 */
export function rankWindow(seed: number, width: number): { lo1: number; hi1: number; lo2: number; hi2: number } {
  if (width >= MOD) return { lo1: 0, hi1: MOD, lo2: 0, hi2: 0 };
  // (rank + seed) mod MOD >= MOD - width  <=>  rank in [MOD - width - seed, MOD - seed) mod MOD.
  const lo = (((MOD - width - seed) % MOD) + MOD) % MOD;
  const hi = lo + width;
  return hi <= MOD ? { lo1: lo, hi1: hi, lo2: 0, hi2: 0 } : { lo1: lo, hi1: MOD, lo2: 0, hi2: hi - MOD };
}

/** The largest weight any highlight can have under these weights. */
function maxWeight(weights: DrawWeights): number {
  const tagMax = Math.max(1, ...Object.values(weights.tags));
  // A hair above the product, so SQLite's own rounding of the same product never exceeds it.
  return Math.max(...Object.values(weights.colors)) * tagMax * (1 + weights.recency) * (1 + 1e-9);
}

/** How many of the longest overdue the due draw chooses among, for a round of `limit`. */
export const duePool = (limit: number) => Math.max(200, 20 * limit);

function drawParams(weights: DrawWeights, window: DrawWindow, limit: number) {
  return { ...weights.colors, recency: weights.recency, tagWeights: JSON.stringify(weights.tags), ...window, limit, pool: duePool(limit) };
}

const withTagsOf = (weights: DrawWeights) => Object.keys(weights.tags).length > 0;

/** Up to `limit` due cards (not retired, due before the day ends, not answered today), by weighted draw. */
export function drawDue(db: Db, weights: DrawWeights, window: DrawWindow, limit: number): number[] {
  if (limit <= 0) return [];
  const rows = prepared(db, dueDrawSql(withTagsOf(weights), weights.recency > 0)).all(drawParams(weights, window, limit)) as { id: number }[];
  return rows.map((r) => r.id);
}

/**
 * Up to `limit` highlights never reviewed, by weighted draw: the same as drawing over all of
 * them, read from a window of ranks. A highlight outside the window has u < 1 - width/MOD, so its
 * key is at least -ln(1 - width/MOD) / (the largest weight); when the window's `limit`-th key is
 * below that bound, no highlight outside can take its place. Otherwise the window grows fourfold
 * (at worst to every highlight). It starts at about 64 candidates per slot.
 */
export function drawNew(db: Db, weights: DrawWeights, window: DrawWindow, limit: number): number[] {
  if (limit <= 0) return [];
  const wMax = maxWeight(weights);
  if (wMax <= 0) return [];
  const statement = prepared(db, newDrawSql(withTagsOf(weights), weights.recency > 0));
  const total = Math.max(1, highlightCount(db));
  let width = Math.min(MOD, Math.ceil((MOD / total) * 64 * limit));
  for (;;) {
    const rows = statement.all({ ...drawParams(weights, window, limit), ...rankWindow(window.seed, width) }) as { id: number; key: number }[];
    if (width >= MOD) return rows.map((r) => r.id);
    const bound = -Math.log((MOD - width - 0.5) / MOD) / wMax;
    if (rows.length === limit && rows[limit - 1]!.key <= bound) return rows.map((r) => r.id);
    width = Math.min(MOD, width * 4);
  }
}

function highlightCount(db: Db): number {
  return prepared(db, 'SELECT count(*) FROM highlights').pluck().get() as number;
}

export interface ReviewItemRow {
  highlightId: number;
  documentId: number;
  documentTitle: string;
  documentByline: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  comment: string | null;
  color: HighlightColor;
  colorMeaning: string;
  tags: string[];
  due: string | null;
  reps: number;
  lapses: number;
}

/** The details of the drawn highlights, in the order of `ids`. */
export function reviewItems(db: Db, ids: readonly number[]): ReviewItemRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT h.id AS highlightId, h.document_id AS documentId, d.title AS documentTitle, d.byline AS documentByline, h.exact, h.prefix, h.suffix, h.comment, h.color,
       c.meaning AS colorMeaning, r.due, coalesce(r.reps, 0) AS reps, coalesce(r.lapses, 0) AS lapses
     FROM json_each(?) j JOIN highlights h ON h.id = j.value
     JOIN documents d ON d.id = h.document_id JOIN color_meanings c ON c.color = h.color
     LEFT JOIN review_cards r ON r.highlight_id = h.id
     ORDER BY j.key`,
  ).all(JSON.stringify(ids)) as Omit<ReviewItemRow, 'tags'>[];
  const tags = tagsOfHighlights(db, ids);
  return rows.map((row) => ({ ...row, tags: tags.get(row.highlightId) ?? [] }));
}

// ---- figures ----

/** Cards due by `end` that were not answered since `start` and are not retired. */
export function countDue(db: Db, start: string, end: string): number {
  return prepared(db, 'SELECT count(*) FROM review_cards r WHERE r.retired = 0 AND r.due < ? AND (r.last_review IS NULL OR r.last_review < ?)')
    .pluck()
    .get(end, start) as number;
}

/** Answers given on `day` to highlights that were new then (no card before); prompts' answers are not new highlights. */
export function countNewAnswersOn(db: Db, day: string): number {
  return prepared(db, 'SELECT count(*) FROM review_log WHERE day = ? AND state_before IS NULL AND prompt_id IS NULL').pluck().get(day) as number;
}

export function countAnswersOn(db: Db, day: string): number {
  return prepared(db, 'SELECT count(*) FROM review_log WHERE day = ?').pluck().get(day) as number;
}

/** Answers per day from `fromDay` to `toDay` inclusive; days without answers are absent. */
export function answersPerDay(db: Db, fromDay: string, toDay: string): { day: string; count: number }[] {
  return prepared(db, 'SELECT day, count(*) AS count FROM review_log WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day').all(fromDay, toDay) as {
    day: string;
    count: number;
  }[];
}

/** Whether any answer was given on `day` (one seek of review_log_by_day). */
export function answeredOn(db: Db, day: string): boolean {
  return prepared(db, 'SELECT 1 FROM review_log WHERE day = ? LIMIT 1').get(day) !== undefined;
}

// ---- export ----

export interface ReviewExportRow {
  highlightId: number;
  exact: string;
  comment: string | null;
  documentTitle: string;
  prefix: string;
  suffix: string;
}

/** Every highlight still in review (not retired), by article then reading order, with tags. */
export function highlightsForReviewExport(db: Db): (ReviewExportRow & { tags: string[] })[] {
  const rows = prepared(
    db,
    `SELECT h.id AS highlightId, h.exact, h.comment, d.title AS documentTitle, h.prefix, h.suffix
     FROM highlights h JOIN documents d ON d.id = h.document_id
     WHERE NOT EXISTS (SELECT 1 FROM review_cards r WHERE r.highlight_id = h.id AND r.retired = 1)
     ORDER BY h.document_id, h.start_offset, h.end_offset, h.id`,
  ).all() as ReviewExportRow[];
  const tags = tagsOfHighlights(
    db,
    rows.map((r) => r.highlightId),
  );
  return rows.map((row) => ({ ...row, tags: tags.get(row.highlightId) ?? [] }));
}

/** A highlight's review state, or one of its recall cards' (`promptId`), as the Markdown export writes it. */
export interface ReviewStateRow {
  highlightId: number;
  /** The recall card's id and kind; null for the highlight's own state. */
  promptId: number | null;
  kind: 'cloze' | 'question' | null;
  documentId: number;
  due: string;
  state: number;
  reps: number;
  lapses: number;
  retired: boolean;
}

/**
 * The review states of the given articles' highlights and of their recall cards, by article, then
 * highlight, the highlight's own state before its cards' (never answered: none).
 */
export function reviewStatesOfDocuments(db: Db, documentIds: readonly number[]): ReviewStateRow[] {
  if (documentIds.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT r.highlight_id AS highlightId, NULL AS promptId, NULL AS kind, h.document_id AS documentId, r.due, r.state, r.reps, r.lapses, r.retired
     FROM json_each(@ids) j JOIN highlights h ON h.document_id = j.value JOIN review_cards r ON r.highlight_id = h.id
     UNION ALL
     SELECT p.highlight_id, p.id, p.kind, h.document_id, s.due, s.state, s.reps, s.lapses, s.retired
     FROM json_each(@ids) j JOIN highlights h ON h.document_id = j.value JOIN recall_prompts p ON p.highlight_id = h.id JOIN recall_schedules s ON s.prompt_id = p.id
     ORDER BY documentId, highlightId, promptId NULLS FIRST`,
  ).all({ ids: JSON.stringify(documentIds) }) as (Omit<ReviewStateRow, 'retired'> & { retired: number })[];
  return rows.map((row) => ({ ...row, retired: row.retired === 1 }));
}
