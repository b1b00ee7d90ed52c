/**
 * The words the three full-text indexes hold (fts5vocab tables, migrations 0003 and 0006), for
 * finding spelling variants of a typed word. Terms are stored as the tokenizer folds them
 * (lower case, accents removed), so lookups take folded words.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

const VOCABS = ['documents_vocab', 'highlights_vocab', 'notes_vocab'] as const;

/**
 * Indexed terms in any of the ranges (`low` inclusive, `high` exclusive), with how many rows hold
 * each, summed over the indexes. One statement for all of them: a search looks this up for each
 * long word it is given, and six small statements cost more to run one by one than their scans.
 */
export function termsBetween(db: Db, ...ranges: (readonly [low: string, high: string])[]): Map<string, number> {
  const terms = new Map<string, number>();
  if (ranges.length === 0) return terms;
  const sql = VOCABS.flatMap((table) => ranges.map(() => `SELECT term, doc FROM ${table} WHERE term >= ? AND term < ?`)).join(' UNION ALL ');
  const params = VOCABS.flatMap(() => ranges.flatMap(([low, high]) => [low, high]));
  for (const { term, doc } of prepared(db, sql).all(...params) as { term: string; doc: number }[]) terms.set(term, (terms.get(term) ?? 0) + doc);
  return terms;
}
