/**
 * The words the three full-text indexes hold (fts5vocab tables, migrations 0003 and 0006), for
 * finding spelling variants of a typed word. Terms are stored as the tokenizer folds them
 * (lower case, accents removed), so lookups take folded words.
 */
import type { Db } from '../open';

const VOCABS = ['documents_vocab', 'highlights_vocab', 'notes_vocab'] as const;

/** Indexed terms from `low` (inclusive) to `high` (exclusive), with how many rows hold each, summed over the indexes. */
export function termsBetween(db: Db, low: string, high: string): Map<string, number> {
  const terms = new Map<string, number>();
  for (const table of VOCABS) {
    for (const { term, doc } of db.prepare(`SELECT term, doc FROM ${table} WHERE term >= ? AND term < ?`).all(low, high) as { term: string; doc: number }[]) {
      terms.set(term, (terms.get(term) ?? 0) + doc);
    }
  }
  return terms;
}
